import { useId, useRef, useState, type ReactNode } from 'react';
import { backupDashboard, backupFileName, checkBackup, restoreDashboard, RestoreError, type BackupProgress } from './dashboardBackup.ts';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { downloadBlob, ProgressBar, TrainerSection } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function progressText(t: TrainerT, p: BackupProgress): string {
  return t('backup.progress', { done: p.done, total: p.total ?? '…' });
}

/** Backup of the dashboard's store to a file, and restore from one (the current store backed up first). */
export function BackupView(): ReactNode {
  const { t } = useTrainerText();
  const { db, refresh } = useDashboard();
  const id = useId();
  const [busy, setBusy] = useState<'backup' | 'restore' | undefined>(undefined);
  const [progress, setProgress] = useState<BackupProgress | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<{ file: File; bundles: number } | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  async function backUp(): Promise<void> {
    const fileName = backupFileName();
    const blob = await backupDashboard(db, setProgress);
    downloadBlob(fileName, blob);
    setMessage(t('backup.done', { file: fileName, size: sizeText(blob.size) }));
  }

  async function runBackup() {
    setBusy('backup');
    setProblem('');
    try {
      await backUp();
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  }

  function explain(file: string, e: unknown): string {
    if (e instanceof RestoreError) return t(`restore.error.${e.problem.code}`, { file, detail: e.problem.detail });
    return t('restore.error.other', { file, detail: e instanceof Error ? e.message : String(e) });
  }

  async function choose(file: File | undefined) {
    setMessage('');
    setProblem('');
    setPending(undefined);
    if (!file) return;
    try {
      const { bundles } = await checkBackup(db, file, file.name);
      setPending({ file, bundles });
    } catch (e) {
      setProblem(explain(file.name, e));
      if (input.current) input.current.value = '';
    }
  }

  async function restore() {
    if (!pending) return;
    const { file, bundles } = pending;
    setPending(undefined);
    setBusy('restore');
    try {
      await backUp(); // the current store first: a restore never loses what was there
      setProgress(undefined);
      await restoreDashboard(db, file, file.name, setProgress);
      setMessage(t('restore.done', { file: file.name, bundles }));
      await refresh();
    } catch (e) {
      setProblem(explain(file.name, e));
    } finally {
      setBusy(undefined);
      setProgress(undefined);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <>
      <TrainerSection heading={t('backup.heading')}>
        <p className="tr-hint">{t('backup.hint')}</p>
        <div className="tr-row">
          <button type="button" className="tr-button" onClick={() => void runBackup()} disabled={busy !== undefined} data-action="backup">
            {t('backup.download')}
          </button>
        </div>
      </TrainerSection>
      <TrainerSection heading={t('restore.heading')}>
        <p className="tr-hint">{t('restore.hint')}</p>
        <div className="tr-row">
          <label htmlFor={`${id}-file`}>{t('restore.file')}</label>
          <input id={`${id}-file`} ref={input} type="file" accept=".json,application/json" disabled={busy !== undefined} onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
        {pending && (
          <div className="tr-notices" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>{t('restore.confirm', { file: pending.file.name, bundles: pending.bundles })}</p>
            <div className="tr-row">
              <button type="button" className="tr-button" onClick={() => void restore()} data-action="restore">
                {t('restore.start')}
              </button>
              <button type="button" className="tr-button" onClick={() => setPending(undefined)}>
                {t('restore.cancel')}
              </button>
            </div>
          </div>
        )}
      </TrainerSection>
      {busy && progress && <ProgressBar label={t(busy === 'backup' ? 'backup.working' : 'restore.working')} value={progress.done} max={progress.total ?? progress.done + 1} text={progressText(t, progress)} />}
      <p className="tr-ok" role="status" aria-live="polite">
        {message}
      </p>
      {problem && (
        <p className="tr-problems" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
