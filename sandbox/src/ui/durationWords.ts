import { isoDurationMs } from '@preceptor/shared/record/statementFacts.ts';
import type { Lang } from '../i18n.ts';

/**
 * A duration as people say it: "12 秒", "2 分 5 秒", "1 小时 3 分", "2 天 4 小时" / "12 s",
 * "2 min 5 s", "1 h 3 min", "2 d 4 h" — two units at most, the smaller dropped when zero;
 * under a second reads "不到 1 秒" / "under 1 s". The one place trainer views and
 * people's CSVs turn a duration into words (never `PT12.71S`).
 */
export function durationWords(ms: number, lang: Lang): string {
  const zh = lang === 'zh-CN';
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const total = Math.round(ms / 1000);
  if (total === 0) return zh ? '不到 1 秒' : 'under 1 s';
  const units: [number, string, string][] = [
    [86_400, '天', 'd'],
    [3_600, '小时', 'h'],
    [60, '分', 'min'],
    [1, '秒', 's'],
  ];
  const first = units.findIndex(([size]) => total >= size);
  const parts: string[] = [];
  let rest = total;
  for (const [size, zhUnit, enUnit] of units.slice(first, first + 2)) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n} ${zh ? zhUnit : enUnit}`);
  }
  return parts.join(' ');
}

/** A statement's ISO 8601 duration in words (`PT125.4S` → "2 分 5 秒"); '' when absent or unreadable. */
export function durationWordsOf(duration: string | undefined, lang: Lang): string {
  const ms = duration === undefined ? undefined : isoDurationMs(duration);
  return ms === undefined ? '' : durationWords(ms, lang);
}
