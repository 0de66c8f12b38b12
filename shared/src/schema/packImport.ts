import { ContentPack } from './contentPack.ts';
import { fieldProblems, formatPath, type FieldProblem } from './fieldProblems.ts';
import { patientDataProblems } from '../authoring/packDataScan.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import { jsonSyntaxWords } from '../i18n/jsonSyntaxWords.ts';
import { placedWords, problemWords } from '../i18n/schemaIssues.ts';

export type PackImportResult =
  | { ok: true; pack: ContentPack }
  | { ok: false; fileName: string; problems: FieldProblem[] };

/** Parse a pack file a mentor or IT member chose; never throws, always names the file. */
export function parsePackFile(fileName: string, text: string): PackImportResult {
  let json: unknown;
  // a byte-order mark (Windows Notepad writes one) is not part of the JSON
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (!found) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, fileName, problems: [{ path: '', message: `not valid JSON: ${detail}` }] };
    }
    const words = jsonSyntaxWords(found);
    return { ok: false, fileName, problems: [{ path: '', message: placedWords(words, 'en'), words }] };
  }
  return parsePackValue(fileName, json);
}

/**
 * The one gate for every pack a person brings in or sends out (import, editor validation,
 * publish): the schema, then no text that looks like patient data (DESIGN.md safety rule 3).
 */
export function parsePackValue(fileName: string, value: unknown): PackImportResult {
  const tooDeep = nestedTooDeep(value);
  if (tooDeep !== undefined) {
    // where it starts (the 64 levels below read as noise)
    const words = problemWords(tooDeep.path.slice(0, 2), 'nestedTooDeep', { limit: MAX_NESTING });
    return { ok: false, fileName, problems: [{ path: formatPath(tooDeep.path), message: `nested more than ${MAX_NESTING} levels deep: a content pack has about 8`, words }] };
  }
  // the input lets the words say what was found ("应为文字，这里是数字"); problems never copy it
  const parsed = ContentPack.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, fileName, problems: [...fieldProblems(parsed.error), ...patientDataProblems(value)] };
  const data = patientDataProblems(parsed.data);
  if (data.length > 0) return { ok: false, fileName, problems: data };
  return { ok: true, pack: parsed.data };
}

/** Packs nest about 8 levels; far deeper input would overflow the stack of the recursive checks after the schema. */
const MAX_NESTING = 64;

/** The path where `value` first nests deeper than MAX_NESTING, found without recursion. */
function nestedTooDeep(value: unknown): { path: (string | number)[] } | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: item, path } = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (path.length >= MAX_NESTING) return { path };
    if (Array.isArray(item)) item.forEach((child, i) => stack.push({ value: child, path: [...path, i] }));
    else for (const [key, child] of Object.entries(item)) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

/** Installing is by pack id: a newer import replaces the older one, other packs stay as they are. */
export function installPack(installed: readonly ContentPack[], pack: ContentPack): ContentPack[] {
  const others = installed.filter((p) => p.id !== pack.id);
  return [...others, pack].sort((a, b) => a.id.localeCompare(b.id));
}
