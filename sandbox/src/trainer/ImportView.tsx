import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import type { ChainIssue } from '@preceptor/shared/trainer/learnerKeys.ts';
import type { FileOutcome, Rejection } from './importBundles.ts';
import type { ImportLogRow } from './trainerDb.ts';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { ProgressBar, TrainerSection, dateTime } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

/** A rejection in words: the file, then what was wrong and where. */
export function rejectionText(t: TrainerT, rejection: Pick<Rejection, 'code' | 'file' | 'line' | 'path' | 'detail'>): string {
  const key = `reason.${rejection.code}` as Parameters<TrainerT>[0];
  return t(key, { file: rejection.file ?? '', line: rejection.line ?? '', path: rejection.path ?? '', detail: rejection.detail ?? '' }).replace(/\s+/g, ' ').trim();
}

/** A chain notice in words (gaps, forks, bogus predecessors). */
export function chainIssueText(t: TrainerT, issue: ChainIssue): string {
  switch (issue.kind) {
    case 'gap':
      return issue.from === issue.to ? t('chain.gap', { from: issue.from }) : t('chain.gapRange', { from: issue.from, to: issue.to });
    case 'fork':
      return issue.samePredecessor ? t('chain.forkPredecessor', { files: issue.files.join(', ') }) : t('chain.fork', { sequence: issue.sequence, files: issue.files.join(', ') });
    case 'bogus-predecessor':
      return issue.sequence === 1 ? t('chain.bogusFirst', { file: issue.file }) : t('chain.bogus', { sequence: issue.sequence, file: issue.file });
  }
}

type Imported = Extract<FileOutcome, { status: 'imported' }>;

/** Statements of an imported file whose ids another learner key also holds (both kept). */
function sharedText(t: TrainerT, o: Imported): string {
  return t('import.shared', { count: o.shared, learner: o.sharedFirst?.learner.slice(0, 8) ?? '', line: o.sharedFirst?.line ?? '' });
}

/** Files dropped: plain files, and the .zip files inside dropped folders (recursively). */
async function filesFromDrop(event: DragEvent): Promise<File[]> {
  const items = [...event.dataTransfer.items];
  const entries = items.map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...event.dataTransfer.files];
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      if (!inFolder || file.name.toLowerCase().endsWith('.zip')) out.push(file);
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, true);
    }
  };
  for (const entry of entries) await walk(entry, false);
  return out;
}

export function ImportView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { db, model, importState, importFiles, cancelImport } = useDashboard();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const history = useLiveQuery(() => db.importLog.orderBy('seq').reverse().limit(50).toArray(), [db]);
  const quarantine = useLiveQuery(() => db.quarantine.orderBy('seq').reverse().limit(200).toArray(), [db]);
  const quarantineCount = useLiveQuery(() => db.quarantine.count(), [db]);
  const { progress, outcomes, result, running: busy } = importState;
  const summary: { text: string; imported?: number; rejected?: number; added?: number; seconds?: number } =
    result === undefined
      ? { text: '' }
      : 'error' in result
        ? { text: result.error }
        : { text: t('import.done', { imported: result.imported, rejected: result.rejected, seconds: result.seconds.toFixed(1) }), ...result };

  const rejected = outcomes.filter((o): o is Extract<FileOutcome, { status: 'rejected' }> => o.status === 'rejected');
  const sharing = outcomes.filter((o): o is Imported => o.status === 'imported' && o.shared > 0);
  const shown = outcomes.slice(0, 200);
  const chained = (model?.learners ?? []).filter((l) => l.chain.issues.length > 0);

  return (
    <TrainerSection heading={t('import.heading')}>
      <p className="tr-hint">{t('import.hint')}</p>
      <div
        className={`tr-dropzone${dragging ? ' tr-dropzone--over' : ''}`}
        data-region="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={async (e) => {
          e.preventDefault();
          setDragging(false);
          await importFiles(await filesFromDrop(e));
        }}
      >
        <p aria-hidden="true" className="tr-dropzone__text">{t('import.dropzone')}</p>
        <div className="tr-row">
          <input
            id={`${id}-files`}
            className="tr-file-input"
            type="file"
            multiple
            accept=".zip,application/zip"
            disabled={busy}
            data-action="import-files"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void importFiles(files);
            }}
          />
          <label className="tr-button tr-button--primary" htmlFor={`${id}-files`}>
            {t('import.chooseFiles')}
          </label>
          <input
            id={`${id}-folder`}
            className="tr-file-input"
            type="file"
            multiple
            disabled={busy}
            data-action="import-folder"
            {...({ webkitdirectory: '' } as Record<string, string>)}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])].filter((f) => f.name.toLowerCase().endsWith('.zip'));
              e.target.value = '';
              void importFiles(files);
            }}
          />
          <label className="tr-button" htmlFor={`${id}-folder`}>
            {t('import.chooseFolder')}
          </label>
          {busy && (
            <button type="button" onClick={cancelImport}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      </div>

      {progress && (
        <ProgressBar
          label={t('import.progress')}
          value={progress.filesDone}
          max={progress.filesTotal}
          text={t('import.progressText', { done: progress.filesDone, total: progress.filesTotal, added: progress.statementsAdded, rejected: progress.rejected })}
        />
      )}
      <p
        role="status"
        className="tr-status-line"
        data-region="import-summary"
        data-imported={summary.imported}
        data-rejected={summary.rejected}
        data-added={summary.added}
        data-seconds={summary.seconds}
      >
        {summary.text}
      </p>

      <FileProblems region="import-errors" heading={t('import.errorsHeading', { count: rejected.length })} files={rejected} say={(o) => rejectionText(t, o.rejection)} />
      <FileProblems region="import-warnings" heading={t('import.warningsHeading', { count: sharing.length })} files={sharing} say={(o) => sharedText(t, o)} />

      {chained.length > 0 && (
        <div className="tr-notices" data-region="chain-notices">
          <h3>{t('import.chainHeading', { count: chained.length })}</h3>
          <p className="tr-hint">{t('import.chainHint')}</p>
          <ul>
            {chained.slice(0, 50).map((l) => (
              <li key={l.learner} data-learner={l.learner}>
                <code>{l.learner.slice(0, 8)}</code>
                {l.label ? ` (${l.label})` : ''} · {l.chain.issues.map((issue) => chainIssueText(t, issue)).join(t('sep.clause'))}
              </li>
            ))}
          </ul>
        </div>
      )}

      {shown.length > 0 && (
        <table className="tr-table" data-table="import-results">
          <caption>{t('import.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.file')}</th>
              <th scope="col">{t('import.col.result')}</th>
              <th scope="col">{t('import.col.learner')}</th>
              <th scope="col">{t('import.col.key')}</th>
              <th scope="col" className="num">{t('import.col.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o, i) => (
              <tr key={`${o.fileName}-${i}`} data-file={o.fileName} data-result={o.status}>
                <td><code>{o.fileName}</code></td>
                {o.status === 'imported' ? (
                  <>
                    <td><span className="tr-ok">✔ {t('import.imported')}</span></td>
                    <td><code>{o.learner.slice(0, 8)}</code></td>
                    <td>
                      <code>{o.keyFingerprint}</code>{' '}
                      {o.keyStatus === 'trusted' ? <span className="tr-ok">{t('key.trusted')}</span> : <span className="tr-warn" title={t('key.unknownHint')}>⚠ {t('key.unknown')}</span>}
                    </td>
                    <td className="num">
                      {o.added} / {o.duplicates} / {o.conflicts}
                      {o.shared > 0 && <span className="tr-warn" title={sharedText(t, o)}> ⚠ {o.shared}</span>}
                    </td>
                  </>
                ) : (
                  <>
                    <td><span className="tr-bad">✘ {t('import.rejected')}</span></td>
                    <td colSpan={3}>{rejectionText(t, o.rejection)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <QuarantineList rows={quarantine ?? []} count={quarantineCount ?? 0} t={t} lang={lang} />
      <ImportHistory rows={history ?? []} t={t} lang={lang} />
    </TrainerSection>
  );
}

function QuarantineList({ rows, count, t, lang }: { rows: { id: string; fileName: string; line: number; storedBundle: number; storedLine: number; detectedAt: number }[]; count: number; t: TrainerT; lang: 'zh-CN' | 'en' }): ReactNode {
  if (count === 0) return null;
  return (
    <details className="tr-details" data-region="quarantine" open>
      <summary>{t('import.quarantine', { count })}</summary>
      <p className="tr-hint">{t('import.quarantineHint')}</p>
      <table className="tr-table">
        <caption className="sr-only">{t('import.quarantine', { count })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.statement')}</th>
            <th scope="col">{t('import.col.file')}</th>
            <th scope="col">{t('import.col.when')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.id}-${i}`}>
              <td><code>{r.id}</code></td>
              <td><code>{r.fileName}</code> : {r.line}</td>
              <td>{dateTime(r.detectedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function ImportHistory({ rows, t, lang }: { rows: ImportLogRow[]; t: TrainerT; lang: 'zh-CN' | 'en' }): ReactNode {
  return (
    <details className="tr-details" data-region="import-history">
      <summary>{t('import.history')}</summary>
      {rows.length === 0 ? (
        <p className="tr-hint">{t('import.noHistory')}</p>
      ) : (
        <table className="tr-table">
          <caption className="sr-only">{t('import.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.col.when')}</th>
              <th scope="col">{t('import.col.file')}</th>
              <th scope="col">{t('import.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq}>
                <td>{dateTime(r.at, lang)}</td>
                <td><code>{r.fileName}</code></td>
                <td>
                  {r.outcome === 'imported'
                    ? `✔ ${t('import.imported')} · ${r.added ?? 0} / ${r.duplicates ?? 0} / ${r.conflicts ?? 0}`
                    : `✘ ${rejectionText(t, { code: (r.code ?? 'internal-error') as Rejection['code'], ...r.where })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** Files the import refused or warns about, one line each: the file's name, then why. */
function FileProblems<T extends { fileName: string }>({ region, heading, files, say }: { region: string; heading: string; files: T[]; say: (file: T) => string }): ReactNode {
  if (files.length === 0) return null;
  return (
    <div className="tr-problems" role="alert" data-region={region}>
      <h3>{heading}</h3>
      <ul>
        {files.map((o, i) => (
          <li key={`${o.fileName}-${i}`} data-file={o.fileName}>
            <code>{o.fileName}</code> · {say(o)}
          </li>
        ))}
      </ul>
    </div>
  );
}
