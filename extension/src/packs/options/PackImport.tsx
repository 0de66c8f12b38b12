import { useId, useState } from 'react';
import { parsePackFile, type PackImportResult } from '@preceptor/shared/schema/packImport.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { setValidationLanguage } from '@preceptor/shared/schema/zodLanguage.ts';
import type { Translate } from '../../i18n/messages.ts';
import { installContentPack } from '../installedPacks.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

/** Larger than any real pack (600 tours are about 8 MB); reading a bigger file would hang the page. */
const MAX_PACK_FILE_BYTES = 32 * 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Choose a pack file; it is parsed with zod, and only a valid pack is installed. */
export function PackImport({ language, t }: { language: Language; t: Translate }) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PackImportResult | undefined>(undefined);
  /** a failure that is not the pack's fault (too large to read, storage full): the installed packs are unchanged */
  const [failure, setFailure] = useState('');

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(undefined);
    setFailure('');
    if (file.size > MAX_PACK_FILE_BYTES) {
      setFailure(t('importTooLarge', { file: file.name, size: megabytes(file.size), limit: megabytes(MAX_PACK_FILE_BYTES) }));
      return;
    }
    setBusy(true);
    try {
      setValidationLanguage(language);
      const parsed = parsePackFile(file.name, await file.text());
      if (parsed.ok && (await installContentPack(parsed.pack)) === 'held-by-feed') return setFailure(t('importHeldByFeed', { id: parsed.pack.id }));
      setResult(parsed);
    } catch (error) {
      setFailure(t('importNotSaved', { file: file.name, message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{t('importHeading')}</h2>
      <p className="muted">{t('importHint')}</p>
      <label htmlFor={inputId}>{t('chooseFile')}</label>
      <input id={inputId} type="file" accept="application/json,.json" onChange={onFile} disabled={busy} data-action="import-pack" />
      <div role="status" aria-live="polite">
        {busy && <p>{t('importing')}</p>}
        {result?.ok && (
          <p className="status">{t('importOk', { title: result.pack.title[language], id: result.pack.id, version: result.pack.version })}</p>
        )}
      </div>
      {failure && (
        <p className="error" role="alert" data-region="import-failure">
          {failure}
        </p>
      )}
      {result && !result.ok && (
        <div className="problems" role="alert" data-region="import-problems">
          <p className="error">{t('importFailed', { file: result.fileName, count: result.problems.length })}</p>
          <ul>
            {result.problems.map((problem, i) => (
              <li key={i}>
                <code>{result.fileName}</code> · <code>{problem.path || t('fieldDocument')}</code>: {problemMessage(problem, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
