import { useId, useState } from 'react';
import type { PackImportResult } from '@preceptor/shared/schema/packImport.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';
import { installContentPack } from '../installedPacks.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { MAX_PACK_FILE_BYTES, megabytes, type PackFileStage } from '../packFile.ts';
import { readPackFile } from '../readPackFile.ts';

/** Choose a pack file; it is parsed with zod, and only a valid pack is installed. */
export function PackImport({ language, t }: { language: Language; t: Translate }) {
  const inputId = useId();
  const [stage, setStage] = useState<PackFileStage | undefined>(undefined);
  const [result, setResult] = useState<PackImportResult | undefined>(undefined);
  /** a failure that is not the pack's fault (too large to read, storage full): the installed packs are unchanged */
  const [failure, setFailure] = useState('');
  const busy = stage !== undefined;

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(undefined);
    setFailure('');
    const outcome = await readPackFile(file, { language, t, onStage: setStage, save: installContentPack });
    if (outcome.kind === 'failed') setFailure(outcome.message);
    else if (outcome.kind === 'invalid') setResult(outcome.result);
    else if (outcome.saved === 'held-by-feed') setFailure(t('importHeldByFeed', { id: outcome.pack.id }));
    else setResult({ ok: true, pack: outcome.pack });
  }

  return (
    <section className="panel" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{t('importHeading')}</h2>
      <p className="muted">{t('importHint', { limit: megabytes(MAX_PACK_FILE_BYTES) })}</p>
      <label htmlFor={inputId}>{t('chooseFile')}</label>
      <input id={inputId} type="file" accept="application/json,.json" onChange={onFile} disabled={busy} data-action="import-pack" />
      {stage && (
        <progress
          data-region="import-progress"
          style={{ width: '100%', maxWidth: '24rem' }}
          aria-labelledby={`${inputId}-stage`}
          max={1}
          // checking has no measurable progress: an indeterminate bar
          {...(stage.kind === 'reading' ? { value: stage.fraction } : {})}
        />
      )}
      <div role="status" aria-live="polite">
        {stage && (
          <p id={`${inputId}-stage`} data-stage={stage.kind}>
            {stage.kind === 'reading'
              ? t('importReading', { percent: Math.round(stage.fraction * 100) })
              : t(stage.kind === 'checking' ? 'importChecking' : 'importSaving')}
          </p>
        )}
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
                <code>{result.fileName}</code> · <code>{problem.path || t('fieldDocument')}</code>: {problemMessage(problem, t, language)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
