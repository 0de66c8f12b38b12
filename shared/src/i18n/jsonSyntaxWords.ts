import type { JsonSyntaxError, JsonSyntaxKind } from '../schema/jsonSyntax.ts';
import { defineMessages, pairText } from './messagePairs.ts';
import type { ProblemWords } from './schemaIssues.ts';

/** A JSON syntax error as people read it: "第 12 行第 5 列：缺少引号…" / "line 12, column 5: missing quote…". */
export const JSON_SYNTAX_MESSAGES = defineMessages({
  where: ['第 {line} 行第 {column} 列', 'line {line}, column {column}'],
  notJson: ['不是有效的 JSON：{what}', 'not valid JSON: {what}'],
  empty: ['文件是空的', 'the file is empty'],
  'unexpected-end': ['文件在这里就结束了：可能没有下载完整，或缺少“}”或“]”', 'the file ends here: it may be cut off, or a “}” or “]” is missing'],
  'missing-quote': ['缺少引号：从这里开始的文字没有结束的“"”', 'missing quote: the text starting here has no closing “"”'],
  'property-name': ['这里应为用双引号括起的字段名（如“"title"”），却是“{found}”', 'a field name in double quotes (like “"title"”) should come here, not “{found}”'],
  'trailing-comma': ['多余的逗号：最后一项后面不能再写“,”', 'extra comma: nothing may follow the last item’s “,”'],
  'missing-colon': ['字段名后面缺少冒号“:”', 'missing “:” after the field name'],
  'missing-comma': ['缺少逗号“,”（或括号不配对），这里是“{found}”', 'missing “,” (or unbalanced brackets) before “{found}”'],
  'unexpected-character': ['这里不该出现“{found}”（JSON 的文字要用双引号，不能用单引号）', 'unexpected “{found}” (JSON text takes double quotes, not single ones)'],
  'control-character': ['文字中间有换行或控制字符：换行请写成“\\n”', 'a line break or control character inside text: write a line break as “\\n”'],
  'bad-escape': ['反斜杠“\\”后面的转义写法不对', 'invalid escape after “\\”'],
  'bad-number': ['数字写法不对（如多余的前导 0 或小数点）', 'malformed number (a leading 0 or a stray decimal point)'],
  'extra-content': ['JSON 在前面已经结束，这里还有多余的“{found}”', 'the JSON already ended; “{found}” here is extra'],
});

export function jsonSyntaxWords(error: JsonSyntaxError): ProblemWords {
  const where = (language: 'zh-CN' | 'en') => pairText(JSON_SYNTAX_MESSAGES, language, 'where', { line: error.line, column: error.column });
  const what = (language: 'zh-CN' | 'en') =>
    pairText(JSON_SYNTAX_MESSAGES, language, 'notJson', { what: pairText(JSON_SYNTAX_MESSAGES, language, error.kind satisfies JsonSyntaxKind, { found: printable(error.found) }) });
  return { where: { 'zh-CN': where('zh-CN'), en: where('en') }, what: { 'zh-CN': what('zh-CN'), en: what('en') } };
}

/** A found character as it can be shown (a control character by its code). */
function printable(ch: string | undefined): string {
  if (ch === undefined) return '';
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
}
