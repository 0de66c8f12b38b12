// Progress's runtime messages (options page -> background: count, signed export; content script ->
// background: relayed sandbox attempts) and the shapes they carry. A contract: imports no
// implementation (extension/test/importGraph.test.ts).

import { z } from 'zod';
import { SandboxRelayMessage } from '@preceptor/shared/scenario/relayMessage.ts';
import { message } from '../messaging/messageSpec.ts';
import { Nothing } from '../messaging/fields.ts';
import type { OutboxStatus, SendResult } from '@preceptor/shared/record/lrsOutbox.ts';

/** How many stored records of each kind an export left out (the trainer's import would refuse them). */
export type SkippedCounts = Partial<Record<'invalid' | 'too-large' | 'other-learner', number>>;

/**
 * What the options page needs to save the signed bundle. The bytes come in chunks
 * (`progressBundleChunk`, base64: messages are JSON and one holds at most 64 MiB; a long log does not).
 */
export interface ProgressBundleDownload {
  exportId: string;
  fileName: string;
  byteLength: number;
  chunkCount: number;
  statementCount: number;
  skipped: SkippedCounts;
  sequence: number;
  keyFingerprint: string;
}

export type ProgressBundleChunkReply = { base64: string } | { refused: 'unknown-export' };

export interface ExportRecord {
  sequence: number;
  manifestSha256: string;
  exportedAt: string;
  statementCount: number;
  fileName: string;
}

export interface SigningKeyInfo {
  fingerprint: string;
  createdAt: string;
  lastExport: ExportRecord | null;
}

/** How many statements a relayed scenario attempt added (0 when refused or already recorded). */
export type RelayReply = number;

/** A relayed attempt is small; anything near this size is not one. */
export const MAX_RELAY_MESSAGE_CHARS = 64 * 1024;

/**
 * The hospital LRS as the options page shows it: where statements go (never the password or
 * token, only which kind of credentials), and the outbox (shared/src/record/lrsOutbox.ts).
 */
export interface LrsStatus extends OutboxStatus {
  configured: { source: 'policy' | 'local'; endpoint: string; credentials: 'basic' | 'token' | 'none' } | null;
}

/** What one send run did: the outbox's answer, or `busy` (another run holds the sender) / `no-lrs`. */
export type LrsSendOutcome = SendResult | { outcome: 'busy' | 'no-lrs' };

/**
 * The learner's link to an LMS course (cmi5 registration, docs/lms.cmi5.md "Safety design"): the
 * registration the LMS's launcher page shows, pasted by the learner in the popup. A UUID and nothing
 * else: it names no endpoint, token or content.
 */
export const LmsRegistration = z.uuid();
export interface LmsLink {
  registration: string;
  /** when it was linked (ISO): it applies to tours and quizzes started from then on */
  linkedAt: string;
}

export const PROGRESS_MESSAGES = {
  /** popup -> background: link tours and quizzes started from now on to this LMS registration; never from a page */
  linkLmsCourse: message<LmsLink>()({ from: ['popup'], data: z.object({ registration: LmsRegistration }).strict() }),
  /** popup -> background: back to a fresh registration per tour run and quiz attempt */
  unlinkLmsCourse: message<null>()({ from: ['popup'], data: Nothing }),

  /** the hospital LRS's settings in force and the outbox's counts (options page) */
  lrsStatus: message<LrsStatus>()({ from: ['options'], data: Nothing }),
  /** "Send now": one send run at once, past any backoff wait; answers when it is over */
  lrsSendNow: message<{ result: LrsSendOutcome; status: LrsStatus }>()({ from: ['options'], data: Nothing }),
  countStatements: message<number>()({ from: ['options'], data: Nothing }),
  exportProgressBundle: message<ProgressBundleDownload>()({ from: ['options'], data: Nothing }),
  /** one chunk of the bundle just built; the last one handed over enters the export chain */
  progressBundleChunk: message<ProgressBundleChunkReply>()({ from: ['options'], data: z.object({ exportId: z.uuid(), index: z.number().int().min(0).max(10_000) }).strict() }),
  signingKeyInfo: message<SigningKeyInfo>()({ from: ['options'], data: Nothing }),
  /**
   * content script -> background: an attempt result the page posted. The sender's page must be a
   * configured training sandbox origin (progress/sandboxRelay.ts), checked on the sender URL.
   */
  relayScenarioAttempt: message<RelayReply>()({ from: ['content'], data: SandboxRelayMessage, maxChars: MAX_RELAY_MESSAGE_CHARS }),
};
