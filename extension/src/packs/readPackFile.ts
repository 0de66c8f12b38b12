import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { parsePackFile, type PackImportResult } from '@preceptor/shared/schema/packImport.ts';
import { setValidationLanguage } from '@preceptor/shared/schema/zodLanguage.ts';
import { MAX_PACK_FILE_BYTES, isQuotaError, megabytes, nextPaint, readPackText, type PackFileStage } from './packFile.ts';

/** The failure words a page gives: the options page speaks of installed packs, the editor of the packs in it. */
export type PackFileTranslate = (key: 'importTooLarge' | 'importStorageFull' | 'importNotSaved', vars: Record<string, string | number>) => string;

export type PackFileOutcome<Saved> =
  /** valid, and `save` took it: what `save` answered */
  | { kind: 'saved'; pack: ContentPack; saved: Saved }
  /** not a valid pack: each problem with its field path, under the file's name */
  | { kind: 'invalid'; result: Extract<PackImportResult, { ok: false }> }
  /** not the pack's fault (too large, storage full, a write that failed): nothing stored changed; the sentence names the file */
  | { kind: 'failed'; message: string };

/**
 * One pack file chosen by a mentor or a learner, as the options page's import and the editor's
 * "Import JSON" take it: a file over the limit is refused before a byte is read; otherwise it is
 * read with progress, checked (zod and patient-data patterns, in the page's language), and only a
 * valid pack is handed to `save`. `onStage` follows along and hears `undefined` when it is over.
 */
export async function readPackFile<Saved>(
  file: File,
  options: { language: Language; t: PackFileTranslate; onStage(stage: PackFileStage | undefined): void; save(pack: ContentPack): Promise<Saved> },
): Promise<PackFileOutcome<Saved>> {
  const { t, onStage } = options;
  if (file.size > MAX_PACK_FILE_BYTES) {
    return { kind: 'failed', message: t('importTooLarge', { file: file.name, size: megabytes(file.size), limit: megabytes(MAX_PACK_FILE_BYTES) }) };
  }
  onStage({ kind: 'reading', fraction: 0 });
  try {
    const text = await readPackText(file, (fraction) => onStage({ kind: 'reading', fraction }));
    onStage({ kind: 'checking' });
    await nextPaint();
    setValidationLanguage(options.language);
    const parsed = parsePackFile(file.name, text);
    if (!parsed.ok) return { kind: 'invalid', result: parsed };
    onStage({ kind: 'saving' });
    return { kind: 'saved', pack: parsed.pack, saved: await options.save(parsed.pack) };
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'failed', message: t('importStorageFull', { file: file.name }) };
    return { kind: 'failed', message: t('importNotSaved', { file: file.name, message: error instanceof Error ? error.message : String(error) }) };
  } finally {
    onStage(undefined);
  }
}
