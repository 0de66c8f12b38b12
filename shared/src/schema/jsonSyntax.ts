/**
 * Where and why a text is not valid JSON, found by our own scan (run only after JSON.parse has
 * failed): engines word and place their errors differently ("Unexpected end of JSON input" has
 * no position at all), and people need a line, a column and a reason in their own language.
 */
export type JsonSyntaxKind =
  | 'empty'
  | 'unexpected-end'
  | 'missing-quote'
  | 'property-name'
  | 'trailing-comma'
  | 'missing-colon'
  | 'missing-comma'
  | 'unexpected-character'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'extra-content';

export interface JsonSyntaxError {
  kind: JsonSyntaxKind;
  /** 1-based line and column (a column counts characters, a tab is one) */
  line: number;
  column: number;
  /** 0-based offset in the text */
  offset: number;
  /** the character found there, for `unexpected-character` */
  found?: string;
}

type Frame = { kind: 'object' | 'array'; state: 'first' | 'afterComma' | 'afterValue' | 'afterKey' };

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const at = (kind: JsonSyntaxKind, offset: number, found?: string): JsonSyntaxError => ({ kind, offset, ...lineAndColumn(text, offset), ...(found === undefined ? {} : { found }) });
  let i = skipSpace(text, 0);
  if (i >= text.length) return at('empty', i);
  const stack: Frame[] = [];
  let expectValue = true;
  while (true) {
    i = skipSpace(text, i);
    const top = stack[stack.length - 1];
    if (expectValue) {
      if (i >= text.length) return at('unexpected-end', i);
      const ch = text[i]!;
      if (top?.kind === 'object' && top.state !== 'afterKey') {
        // a property name is due
        if (ch === '}' && top.state === 'afterComma') return at('trailing-comma', i);
        if (ch === '}' && top.state === 'first') { stack.pop(); i++; expectValue = false; continue; }
        if (ch !== '"') return at('property-name', i, ch);
        const end = scanString(text, i);
        if (typeof end !== 'number') return at(end.kind, end.offset);
        i = skipSpace(text, end);
        if (i >= text.length) return at('unexpected-end', i);
        if (text[i] !== ':') return at('missing-colon', i, text[i]);
        i++;
        top.state = 'afterKey';
        continue;
      }
      if (top?.kind === 'array' && ch === ']') {
        if (top.state === 'afterComma') return at('trailing-comma', i);
        if (top.state === 'first') { stack.pop(); i++; expectValue = false; continue; }
      }
      if (ch === '{') { stack.push({ kind: 'object', state: 'first' }); i++; continue; }
      if (ch === '[') { stack.push({ kind: 'array', state: 'first' }); i++; continue; }
      if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return at(end.kind, end.offset);
        i = end;
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        const end = scanNumber(text, i);
        if (end < 0) return at('bad-number', i);
        i = end;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return at('unexpected-character', i, ch);
      expectValue = false;
      if (top) top.state = 'afterValue';
      continue;
    }
    // after a value: a comma, the container's end, or the end of the text
    if (!top) return i >= text.length ? undefined : at('extra-content', i, text[i]);
    if (i >= text.length) return at('unexpected-end', i);
    const ch = text[i]!;
    if (ch === ',') { top.state = 'afterComma'; expectValue = true; i++; continue; }
    if ((top.kind === 'object' && ch === '}') || (top.kind === 'array' && ch === ']')) {
      stack.pop();
      i++;
      const parent = stack[stack.length - 1];
      if (parent) parent.state = 'afterValue';
      continue;
    }
    return at('missing-comma', i, ch);
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** The offset after the closing quote, or what is wrong where. */
function scanString(text: string, start: number): number | { kind: JsonSyntaxKind; offset: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    // a line break inside a string: most often the closing quote is missing
    if (c === 0x0a || c === 0x0d) return { kind: 'missing-quote', offset: start };
    if (c < 0x20) return { kind: 'control-character', offset: i };
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { kind: 'bad-escape', offset: i };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) return { kind: 'bad-escape', offset: i };
      i += 2;
      continue;
    }
    i++;
  }
  // the file ends inside a text: cut off, more likely than a missing quote
  return { kind: 'unexpected-end', offset: text.length };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The offset after a number, or -1 when it is malformed (01, 1., -, .5). */
function scanNumber(text: string, start: number): number {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match || match[0].length === 0) return -1;
  const end = start + match[0].length;
  const after = text[end];
  if (after !== undefined && /[0-9.eE+\-]/.test(after)) return -1;
  return end;
}

/** 1-based line and column of an offset (\n, \r\n and \r end a line). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
