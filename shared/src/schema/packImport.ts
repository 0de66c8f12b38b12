import { ContentPack } from './contentPack.ts';
import { fieldProblems, type FieldProblem } from './fieldProblems.ts';
import { patientDataProblems } from '../authoring/packDataScan.ts';

export type PackImportResult =
  | { ok: true; pack: ContentPack }
  | { ok: false; fileName: string; problems: FieldProblem[] };

/** Parse a pack file a mentor or IT member chose; never throws, always names the file. */
export function parsePackFile(fileName: string, text: string): PackImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName, problems: [{ path: '', message: `not valid JSON: ${detail}` }] };
  }
  return parsePackValue(fileName, json);
}

/**
 * The one gate for every pack a person brings in or sends out (import, editor validation,
 * publish): the schema, then no text that looks like patient data (DESIGN.md safety rule 3).
 */
export function parsePackValue(fileName: string, value: unknown): PackImportResult {
  const parsed = ContentPack.safeParse(value);
  if (!parsed.success) return { ok: false, fileName, problems: [...fieldProblems(parsed.error), ...patientDataProblems(value)] };
  const data = patientDataProblems(parsed.data);
  if (data.length > 0) return { ok: false, fileName, problems: data };
  return { ok: true, pack: parsed.data };
}

/** Installing is by pack id: a newer import replaces the older one, other packs stay as they are. */
export function installPack(installed: readonly ContentPack[], pack: ContentPack): ContentPack[] {
  const others = installed.filter((p) => p.id !== pack.id);
  return [...others, pack].sort((a, b) => a.id.localeCompare(b.id));
}
