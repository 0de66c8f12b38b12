import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type ReactNode } from 'react';
import { PULL_DEFAULTS, type PullProgress, type RefusedStatement } from '@preceptor/shared/trainer/lrsPull.ts';
import { readFromLrs, type LrsReadResult } from './lrsImport.ts';
import { readSettings } from './trainerDb.ts';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { ProgressBar, dateTime } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

/** "Read statements from the LRS": the saved endpoint, from where the last read ended. */

function outcomeText(t: TrainerT, { pull, stored }: LrsReadResult): string {
  const counts = { read: pull.read, learners: stored.perLearner.length, added: stored.added, duplicates: stored.duplicates, conflicts: stored.conflicts, refused: pull.refused };
  if (pull.stopped) {
    const why = t(`lrs.read.stopped.${pull.stopped.reason}`, { status: pull.stopped.status ?? '', message: pull.stopped.message, origin: globalThis.location?.origin ?? '' });
    return `${why} ${pull.read > 0 ? t('lrs.read.kept', counts) : t('lrs.read.unchanged')}`;
  }
  const done = pull.read === 0 ? t('lrs.read.nothingNew') : t('lrs.read.done', counts);
  return pull.limitReached ? `${done} ${t('lrs.read.limit', { max: PULL_DEFAULTS.maxStatements })}` : done;
}

export function LrsReadPanel(): ReactNode {
  const { t, lang } = useTrainerText();
  const { db, refresh } = useDashboard();
  const id = useId();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const [progress, setProgress] = useState<PullProgress | undefined>(undefined);
  const [result, setResult] = useState<LrsReadResult | { error: string } | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);
  const endpoint = settings?.lrs.endpoint ?? '';
  const last = endpoint ? settings?.lrsPull[endpoint] : undefined;

  async function read() {
    abort.current = new AbortController();
    setReading(true);
    setResult(undefined);
    setProgress({ read: 0, refused: 0, pages: 0, retries: 0 });
    try {
      setResult(await readFromLrs(db, { onProgress: setProgress, signal: abort.current.signal }));
    } catch (e) {
      // a failure while storing: the transaction left the store as it was
      setResult({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      setReading(false);
      abort.current = undefined;
      await refresh();
    }
  }

  const warn = result !== undefined && ('error' in result || result.pull.stopped !== undefined || result.pull.refused > 0 || result.stored.conflicts > 0 || result.pull.limitReached);
  return (
    <div className="tr-card" role="group" aria-labelledby={`${id}-h`} data-region="lrs-read">
      <h3 id={`${id}-h`}>{t('lrs.read.heading')}</h3>
      <p className="tr-hint">{t('lrs.read.explain')}</p>
      {endpoint ? (
        <p>
          {t('lrs.read.from', { endpoint })}
          <br />
          {last ? t('lrs.read.last', { at: dateTime(last.at, lang), since: dateTime(last.since, lang) }) : t('lrs.read.never')}
        </p>
      ) : (
        <p className="tr-hint">{t('lrs.read.noEndpoint')}</p>
      )}
      <div className="tr-row">
        <button type="button" className="tr-button--primary" data-action="lrs-read" onClick={read} disabled={reading || !endpoint}>
          {t('lrs.read.button')}
        </button>
        {reading && (
          <button type="button" data-action="lrs-read-cancel" onClick={() => abort.current?.abort()}>
            {t('lrs.read.cancel')}
          </button>
        )}
      </div>
      {progress && (
        <ProgressBar
          label={t('lrs.read.progress')}
          value={progress.read}
          // the total is unknown until the LRS has no more: the bar fills up to this read's limit
          max={reading ? PULL_DEFAULTS.maxStatements : Math.max(1, progress.read)}
          text={t('lrs.read.progressText', { ...progress })}
        />
      )}
      <p role="status" data-region="lrs-read-result" className={warn ? 'tr-warn' : 'tr-ok'}>
        {result === undefined ? '' : 'error' in result ? result.error : outcomeText(t, result)}
      </p>
      {result && !('error' in result) && result.pull.refusedList.length > 0 && <RefusedStatements rows={result.pull.refusedList} t={t} />}
    </div>
  );
}

/** Statements the dashboard would not take from the LRS, first 500: where and why. */
function RefusedStatements({ rows, t }: { rows: readonly RefusedStatement[]; t: TrainerT }): ReactNode {
  return (
    <table className="tr-table" data-table="lrs-read-refused">
      <caption>{t('lrs.read.refused')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lrs.read.col.position')}</th>
          <th scope="col">{t('lrs.col.id')}</th>
          <th scope="col">{t('lrs.read.col.path')}</th>
          <th scope="col">{t('lrs.read.col.message')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 500).map((row) => (
          <tr key={row.position}>
            <td className="num">{row.position}</td>
            <th scope="row"><code>{row.id || '—'}</code></th>
            <td><code>{row.path || '—'}</code></td>
            <td>{row.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
