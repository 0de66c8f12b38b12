import type { XapiStatement } from './xapiStatement.ts';

export const PROGRESS_EXPORT_FORMAT = 'preceptor.progress-export/1';

/** What a learner hands to a trainer: statements only, no page content, no profile text. */
export interface ProgressExport {
  format: typeof PROGRESS_EXPORT_FORMAT;
  exportedAt: string;
  learnerId: string;
  statementCount: number;
  statements: XapiStatement[];
}

export function buildProgressExport(statements: readonly XapiStatement[], learnerId: string, exportedAt: Date): ProgressExport {
  const sorted = [...statements].sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
  return {
    format: PROGRESS_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    learnerId,
    statementCount: sorted.length,
    statements: sorted,
  };
}

/** preceptor-progress-20261126-0930.json, in the learner's local time. */
export function progressExportFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `preceptor-progress-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
