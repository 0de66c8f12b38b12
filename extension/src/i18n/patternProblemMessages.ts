import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** Words for refused URL and entry patterns in packs: shared by the pages' and the authoring panel's dictionaries. */
export const patternProblemMessages = defineMessages({
  patternUrlTooManyStars: ['网址规则中的 * 最多 {limit} 个', 'use at most {limit} * in a URL pattern'],
  patternRegexTooLong: ['输入规则最多 {limit} 个字符', 'use at most {limit} characters in a pattern'],
  patternRegexBackreference: ['不支持反向引用（\\1、\\k<名称>）：输入规则按 RE2 语法、以线性时间运行', 'backreferences (\\1, \\k<name>) are not supported: patterns run on RE2, in linear time'],
  patternRegexLookaround: ['不支持先行或后行断言（(?=、(?!、(?<=、(?<!）：输入规则按 RE2 语法、以线性时间运行', 'lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: patterns run on RE2, in linear time'],
  patternRegexTooComplex: ['输入规则过于复杂：请减小重复次数（{n,m}）', 'the pattern is too complex: use smaller repetition counts ({n,m})'],
  patternRegexSyntax: ['不是有效的正则表达式（RE2 语法）：{detail}', 'not a valid regular expression (RE2 syntax): {detail}'],
});
