import type { Language } from '../schema/localizedText.ts';
import { csvDocument, csvUtcTime } from './csvCells.ts';
import { itemProgress, type ItemStatus } from './itemProgress.ts';
import { pickLanguage, statementFact } from './statementFacts.ts';
import type { IncomingStatement } from './statementValidation.ts';

/** The human-readable part of a bundle: one row per training item the learner has touched. */

const HEADERS: Record<Language, string[]> = {
  'zh-CN': ['内容包', '类型', '内容编号', '名称', '状态', '尝试次数', '首次开始 (UTC)', '最近活动 (UTC)', '完成时间 (UTC)', '用时（秒）', '最高得分 (%)'],
  en: ['Pack', 'Type', 'Item id', 'Title', 'Status', 'Attempts', 'First started (UTC)', 'Last activity (UTC)', 'Completed at (UTC)', 'Duration (s)', 'Best score (%)'],
};

const STATUS: Record<Language, Record<ItemStatus, string>> = {
  'zh-CN': { completed: '已完成', failed: '未通过', 'in-progress': '进行中', 'not-started': '未开始' },
  en: { completed: 'completed', failed: 'failed', 'in-progress': 'in progress', 'not-started': 'not started' },
};

const KIND: Record<Language, Record<string, string>> = {
  'zh-CN': { tour: '导览', scenario: '情景演练', quiz: '测验', question: '题目', other: '其他' },
  en: { tour: 'tour', scenario: 'scenario', quiz: 'quiz', question: 'question', other: 'other' },
};

/** The last path segment of an activity IRI, decoded: `…/tours/registration-basics` → `registration-basics`. */
export function activityShortId(iri: string): string {
  const segment = iri.replace(/\/+$/, '').split('/').pop() ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Display names per activity id, from the statements' own definitions (content titles only). */
export function activityNames(statements: Iterable<IncomingStatement>): Map<string, Record<string, string>> {
  const names = new Map<string, Record<string, string>>();
  for (const s of statements) if (s.object.definition?.name) names.set(s.object.id, s.object.definition.name);
  return names;
}

export function learnerSummaryCsv(statements: readonly IncomingStatement[], language: Language): string {
  const names = activityNames(statements);
  const progress = itemProgress(statements.map(statementFact)).sort((a, b) => a.pack.localeCompare(b.pack) || a.firstAt - b.firstAt);
  const rows = progress.map((p) => [
    p.pack ? activityShortId(p.pack) : '',
    KIND[language][p.kind] ?? p.kind,
    activityShortId(p.item),
    pickLanguage(names.get(p.item), language) ?? '',
    STATUS[language][p.status],
    p.attempts,
    csvUtcTime(p.firstAt),
    csvUtcTime(p.lastAt),
    csvUtcTime(p.completedAt),
    p.durationMs === undefined ? '' : Math.round(p.durationMs / 1000),
    p.bestScaled === undefined ? '' : Math.round(p.bestScaled * 100),
  ]);
  return csvDocument(HEADERS[language], rows);
}
