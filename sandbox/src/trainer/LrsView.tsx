import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { forwardStatements, type ForwardIssue, type ForwardProgress, type ForwardReport } from '@preceptor/shared/trainer/lrsForwarding.ts';
import { sharedStatementIds, storedStatements } from './lrsSource.ts';
import { readSettings, storedStatementCount, writeSettings } from './trainerDb.ts';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { LrsReadPanel } from './LrsReadPanel.tsx';
import { ProgressBar, TrainerSection } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

/** What the settings form and the send button both accept as an LRS endpoint. */
function isLrsEndpoint(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}

function reportText(t: TrainerT, report: ForwardReport): string {
  const shared = report.shared > 0 ? ` ${t('lrs.sharedDone', { count: report.shared, ids: report.sharedList.length })}` : '';
  if (!report.stopped) return t('lrs.done', { accepted: report.accepted, conflicts: report.conflicts, rejected: report.rejected }) + shared;
  return t(`lrs.stopped.${report.stopped.reason}`, { status: report.stopped.status ?? '', message: report.stopped.message }) + shared;
}

export function LrsView(): ReactNode {
  const { t } = useTrainerText();
  const { db } = useDashboard();
  const id = useId();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const total = useLiveQuery(() => storedStatementCount(db), [db]) ?? 0;
  const [endpoint, setEndpoint] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState('');
  const [endpointError, setEndpointError] = useState('');
  const [progress, setProgress] = useState<ForwardProgress | undefined>(undefined);
  const [report, setReport] = useState<ForwardReport | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    if (!settings) return;
    setEndpoint(settings.lrs.endpoint);
    setUsername(settings.lrs.username);
    setPassword(settings.lrs.password);
  }, [settings]);

  const validEndpoint = isLrsEndpoint(endpoint.trim());

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!validEndpoint) {
      setEndpointError(t('lrs.invalidEndpoint'));
      return;
    }
    setEndpointError('');
    await writeSettings(db, { lrs: { endpoint: endpoint.trim(), username, password } });
    setSaved(t('lrs.saved'));
  }

  async function send() {
    const lrs = (await readSettings(db)).lrs;
    if (!isLrsEndpoint(lrs.endpoint)) {
      setEndpointError(t('lrs.invalidEndpoint'));
      return;
    }
    abort.current = new AbortController();
    setSending(true);
    setReport(undefined);
    const count = await storedStatementCount(db);
    setProgress({ total: count, accepted: 0, conflicts: 0, rejected: 0, shared: 0, retries: 0 });
    try {
      // ids two learners hold are kept for each, but an LRS needs unique ids: sent for neither
      const withheld = await sharedStatementIds(db);
      setReport(await forwardStatements({ settings: lrs, statements: storedStatements(db), total: count, withheld, onProgress: setProgress, signal: abort.current.signal }));
    } finally {
      setSending(false);
      abort.current = undefined;
    }
  }

  return (
    <TrainerSection heading={t('lrs.heading')}>
      <form className="tr-card tr-form" onSubmit={save} data-form="lrs-settings" aria-labelledby={`${id}-settings`}>
        <h3 id={`${id}-settings`}>{t('lrs.settingsHeading')}</h3>
        <div className="tr-fields">
          <label htmlFor={`${id}-endpoint`}>{t('lrs.endpoint')}</label>
          <input
            id={`${id}-endpoint`}
            name="endpoint"
            type="text"
            inputMode="url"
            value={endpoint}
            onChange={(e) => (setEndpoint(e.target.value), setSaved(''))}
            placeholder={t('lrs.endpointHint')}
            aria-invalid={endpointError ? true : undefined}
            aria-describedby={`${id}-endpoint-error`}
            autoComplete="off"
            spellCheck={false}
          />
          <span id={`${id}-endpoint-error`} className="tr-bad">{endpointError}</span>
          <label htmlFor={`${id}-user`}>{t('lrs.username')}</label>
          <input id={`${id}-user`} name="username" value={username} onChange={(e) => (setUsername(e.target.value), setSaved(''))} autoComplete="off" spellCheck={false} />
          <span />
          <label htmlFor={`${id}-pass`}>{t('lrs.password')}</label>
          <input id={`${id}-pass`} name="password" type="password" value={password} onChange={(e) => (setPassword(e.target.value), setSaved(''))} autoComplete="off" />
          <span className="tr-hint">{t('lrs.credentialsNote')}</span>
        </div>
        <div className="tr-row">
          <button type="submit">{t('lrs.save')}</button>
          <span role="status" className="tr-ok">{saved}</span>
        </div>
      </form>

      <LrsReadPanel />

      <div className="tr-card" role="group" aria-labelledby={`${id}-forward`} data-region="lrs-forward">
        <h3 id={`${id}-forward`}>{t('lrs.forwardHeading')}</h3>
        <p className="tr-hint">{t('lrs.explain')}</p>
        <div className="tr-row">
          <button type="button" className="tr-button--primary" data-action="forward" onClick={send} disabled={sending || total === 0 || !settings?.lrs.endpoint}>
            {t('lrs.send', { count: total })}
          </button>
          {sending && (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('lrs.stop')}
            </button>
          )}
        </div>
        {progress && (
          <ProgressBar
            label={t('lrs.progress')}
            value={progress.accepted + progress.conflicts + progress.rejected + progress.shared}
            max={progress.total}
            text={t('lrs.progressText', { ...progress })}
          />
        )}
        <p role="status" data-region="lrs-result" className={report?.stopped || report?.conflicts || report?.rejected || report?.shared ? 'tr-warn' : 'tr-ok'}>
          {report ? reportText(t, report) : ''}
        </p>
        {report && report.conflictList.length > 0 && <StatementProblems name="lrs-conflicts" caption={t('lrs.conflicts')} rows={report.conflictList} message={(c) => c.message} />}
        {report && report.rejectedList.length > 0 && <StatementProblems name="lrs-rejected" caption={t('lrs.rejected')} rows={report.rejectedList} message={(c) => `HTTP ${c.status} · ${c.message}`} />}
        {report && report.sharedList.length > 0 && (
          <StatementProblems name="lrs-shared" caption={t('lrs.shared')} rows={report.sharedList.map((id) => ({ id, status: 0, message: '' }))} message={() => t('lrs.sharedWhy')} />
        )}
      </div>
    </TrainerSection>
  );
}

/** Statements the LRS would not take, first 500: id, and why. */
function StatementProblems({ name, caption, rows, message }: { name: string; caption: string; rows: readonly ForwardIssue[]; message: (row: ForwardIssue) => string }): ReactNode {
  const { t } = useTrainerText();
  return (
    <table className="tr-table" data-table={name}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lrs.col.id')}</th>
          <th scope="col">{t('lrs.col.message')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 500).map((row) => (
          <tr key={row.id}>
            <th scope="row"><code>{row.id}</code></th>
            <td>{message(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
