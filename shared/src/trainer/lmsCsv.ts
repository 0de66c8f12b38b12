import { csvDocument, csvUtcTime, type CsvValue } from '../record/csvCells.ts';
import type { ItemStatus } from '../record/itemProgress.ts';
import type { ActivityKind } from '../record/statementFacts.ts';

/**
 * CSV files a hospital's LMS can import. Two shapes:
 *
 * 1. `generic-completion` — one row per learner × required item, every status, machine headers:
 *
 *    | column            | from                                                             |
 *    |-------------------|------------------------------------------------------------------|
 *    | learner_id        | opaque learner id (xAPI actor.account.name)                      |
 *    | staff_id          | the staff number (工号) the learner handed in with consent, else  |
 *    |                   | the label the trainer gave the learner's registered key           |
 *    | learner_name      | the name the learner handed in with consent                       |
 *    | organisation      | actor.account.homePage                                            |
 *    | role, department  | the learner's latest statement's context extensions (department: |
 *    |                   | the one handed in with the identity when there is one)            |
 *    | pack_id           | content pack id                                                   |
 *    | item_type         | tour / scenario / quiz                                            |
 *    | item_id           | activity IRI                                                      |
 *    | item_title        | activity name in the chosen language                             |
 *    | status            | completed / failed / in-progress / not-started                   |
 *    | completed_at_utc  | first completion (quiz: first pass), ISO 8601 UTC                 |
 *    | duration_minutes  | shortest completed attempt                                        |
 *    | score_percent     | best scaled score × 100                                           |
 *    | attempts          | distinct registrations                                            |
 *    | key_fingerprint   | the signing key of the learner's latest bundle                    |
 *    | key_trusted       | true when the trainer registered that key                         |
 *
 * 2. `external-training` — completions only, in the shape of SAP SuccessFactors Learning's
 *    "external learning event" record (columns named as that import names them; rename the
 *    header row if your LMS's template differs):
 *
 *    | column                | from                                                         |
 *    |-----------------------|--------------------------------------------------------------|
 *    | Student ID            | staff_id if registered, else the opaque learner id           |
 *    | Description           | item title (pack id / item id)                               |
 *    | Completion Date       | completed_at, ISO 8601 UTC                                   |
 *    | Completion Time Zone  | `UTC` (every time in these files is UTC)                     |
 *    | Grade                 | quiz: PASS and score %; tour / scenario: COMPLETE            |
 *    | Credit Hours          | empty: the hospital assigns credit                           |
 *    | Total Hours           | duration in hours, 2 decimals                                |
 *    | Instructor Name       | empty (self-paced, in-app)                                   |
 *    | Comments              | `Preceptor <item type>; learner <id>; key <fingerprint> trusted|unverified` |
 *
 * Every cell goes through csvCells (BOM, CRLF, quoting, formula neutralising).
 */

export interface LmsCompletionRecord {
  learnerId: string;
  staffId?: string;
  /** the name the learner handed in with consent */
  learnerName?: string;
  organisation: string;
  role: string;
  department: string;
  pack: string;
  itemKind: ActivityKind;
  itemId: string;
  itemTitle: string;
  status: ItemStatus;
  completedAt?: number;
  durationMs?: number;
  bestScaled?: number;
  attempts: number;
  keyFingerprint: string;
  keyTrusted: boolean;
}

export interface LmsColumn {
  header: string;
  value: (record: LmsCompletionRecord) => CsvValue;
}

export type LmsProfileId = 'generic-completion' | 'external-training';

export interface LmsProfile {
  id: LmsProfileId;
  columns: LmsColumn[];
  /** which records become rows */
  includes: (record: LmsCompletionRecord) => boolean;
}

const minutes = (ms: number | undefined) => (ms === undefined ? '' : Math.round((ms / 60_000) * 10) / 10);
const percent = (scaled: number | undefined) => (scaled === undefined ? '' : Math.round(scaled * 100));

export const LMS_PROFILES: Record<LmsProfileId, LmsProfile> = {
  'generic-completion': {
    id: 'generic-completion',
    includes: () => true,
    columns: [
      { header: 'learner_id', value: (r) => r.learnerId },
      { header: 'staff_id', value: (r) => r.staffId ?? '' },
      { header: 'learner_name', value: (r) => r.learnerName ?? '' },
      { header: 'organisation', value: (r) => r.organisation },
      { header: 'role', value: (r) => r.role },
      { header: 'department', value: (r) => r.department },
      { header: 'pack_id', value: (r) => r.pack },
      { header: 'item_type', value: (r) => r.itemKind },
      { header: 'item_id', value: (r) => r.itemId },
      { header: 'item_title', value: (r) => r.itemTitle },
      { header: 'status', value: (r) => r.status },
      { header: 'completed_at_utc', value: (r) => csvUtcTime(r.completedAt) },
      { header: 'duration_minutes', value: (r) => minutes(r.durationMs) },
      { header: 'score_percent', value: (r) => percent(r.bestScaled) },
      { header: 'attempts', value: (r) => r.attempts },
      { header: 'key_fingerprint', value: (r) => r.keyFingerprint },
      { header: 'key_trusted', value: (r) => r.keyTrusted },
    ],
  },
  'external-training': {
    id: 'external-training',
    includes: (r) => r.status === 'completed' && r.completedAt !== undefined,
    columns: [
      { header: 'Student ID', value: (r) => r.staffId || r.learnerId },
      { header: 'Description', value: (r) => `${r.itemTitle} (${r.pack}/${shortId(r.itemId)})` },
      { header: 'Completion Date', value: (r) => csvUtcTime(r.completedAt) },
      { header: 'Completion Time Zone', value: () => 'UTC' },
      { header: 'Grade', value: (r) => (r.itemKind === 'quiz' ? `PASS${r.bestScaled === undefined ? '' : ` ${percent(r.bestScaled)}%`}` : 'COMPLETE') },
      { header: 'Credit Hours', value: () => '' },
      { header: 'Total Hours', value: (r) => (r.durationMs === undefined ? '' : (r.durationMs / 3_600_000).toFixed(2)) },
      { header: 'Instructor Name', value: () => '' },
      { header: 'Comments', value: (r) => `Preceptor ${r.itemKind}; learner ${r.learnerId}; key ${r.keyFingerprint} ${r.keyTrusted ? 'trusted' : 'unverified'}` },
    ],
  },
};

function shortId(iri: string): string {
  const segment = iri.replace(/\/+$/, '').split('/').pop() ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function lmsCsv(profileId: LmsProfileId, records: readonly LmsCompletionRecord[]): string {
  const profile = LMS_PROFILES[profileId];
  const rows = records.filter(profile.includes).map((r) => profile.columns.map((c) => c.value(r)));
  return csvDocument(
    profile.columns.map((c) => c.header),
    rows,
  );
}
