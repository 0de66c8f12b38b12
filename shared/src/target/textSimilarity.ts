import { normalizeText } from './elementSignals.ts';

/**
 * Text as a person reads a label: case, spacing, punctuation, required-field stars and hotkey
 * hints (`保存(S)`, `新建患者 (F2)`, `[Alt+P]`) do not change what it says.
 */
export function comparableText(text: string | null | undefined): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[(（[【]\s*(?:(?:alt|ctrl|shift|cmd)\s*\+\s*)*(?:f\d{1,2}|[a-z0-9])\s*[)）\]】]/gi, '')
    .replace(/[\s:：*＊·•.。,，、;；!！?？'"“”‘’()（）[\]【】<>《》\-_/\\|~～]+/g, '');
}

/**
 * Similarity in [0, 1] of two short labels. Character bigrams catch English and word order;
 * single characters catch Chinese rewordings such as 患者姓名 -> 患者名称 where bigrams break.
 */
export function textSimilarity(a: string | undefined, b: string | undefined): number {
  const x = comparableText(a);
  const y = comparableText(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // 执行 / 不执行, 审核 / 取消审核: one word apart, opposite meaning
  if (NEGATION.test(long.replace(short, '')) && long.includes(short)) return 0.1;
  const chars = diceOf(Array.from(x), Array.from(y));
  // the same characters in another order: 补打发票 -> 发票补打
  if (chars === 1 && x.length >= 3) return 0.9;
  const bigrams = x.length >= 2 && y.length >= 2 ? diceOf(bigramsOf(x), bigramsOf(y)) : 0;
  // a qualifier added or dropped (新开 -> 新开医嘱, 打印报告 -> 打印) — but also 打印 -> 打印预览,
  // a different button: worth more than shared characters, never close to the same words
  const contained = short.length >= 2 && long.includes(short) ? 0.65 + 0.2 * (short.length / long.length) : 0;
  return Math.min(0.95, Math.max(bigrams, 0.85 * chars, contained));
}

const NEGATION = /^(不|未|非|无|取消|撤销|撤回|反)$/;

function bigramsOf(s: string): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function diceOf(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}
