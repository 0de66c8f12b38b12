// Progress's runtime messages (options page -> background: count, signed export; content script ->
// background: relayed sandbox attempts) and the shapes they carry. A contract: imports no
// implementation (extension/test/importGraph.test.ts).

import { z } from 'zod';
import { SandboxRelayMessage } from '@preceptor/shared/scenario/relayMessage.ts';
import { message } from '../messaging/messageSpec.ts';
import { Nothing } from '../messaging/fields.ts';

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

export const PROGRESS_MESSAGES = {
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
