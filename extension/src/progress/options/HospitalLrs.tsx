import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { useLanguage } from '../../ui/useLanguage.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { clearLocalLrs, localLrs, saveLocalLrs } from '../lrs/lrsSettings.ts';
import type { LrsSendOutcome, LrsStatus } from '../protocol.ts';

/** how often the open page asks the background for the outbox's counts */
const REFRESH_MS = 1500;

/**
 * The hospital LRS: where the learner's statements go (the policy's LRS, read-only; without a
 * policy, the learner's own), what waits in the outbox, what was sent, the last error, the
 * statements the LRS refused, and "Send now". Passwords and tokens are never shown.
 */
export function HospitalLrs({ t }: { t: Translate }) {
  const { language } = useLanguage();
  const [status, setStatus] = useState<LrsStatus | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LrsSendOutcome | undefined>(undefined);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let alive = true;
    const refresh = () => void sendMessage('lrsStatus', undefined).then((s) => alive && setStatus(s), () => undefined);
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const time = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(language) : t('lrsNever'));

  function outcomeText(result: LrsSendOutcome): string {
    switch (result.outcome) {
      case 'sent':
        return result.problems > 0 ? t('lrsOutcome.sent-problems', { accepted: result.accepted, problems: result.problems }) : t('lrsOutcome.sent', { accepted: result.accepted });
      case 'stopped':
        return t('lrsOutcome.stopped', { accepted: result.accepted, message: result.stopped?.message ?? '' });
      case 'waiting':
        return t('lrsOutcome.waiting', { time: time(result.until) });
      default:
        return t(`lrsOutcome.${result.outcome}`);
    }
  }

  async function sendNow() {
    setBusy(true);
    setOutcome(undefined);
    setFailure('');
    try {
      const { result, status: after } = await sendMessage('lrsSendNow', undefined);
      setStatus(after);
      setOutcome(result);
    } catch (error) {
      setFailure(t('lrsSendFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const configured = status?.configured;
  const managed = configured?.source === 'policy';
  return (
    <section className="panel" aria-labelledby="lrs-h" data-panel="hospital-lrs">
      <h2 id="lrs-h">{t('lrsHeading')}</h2>
      <p className="muted">{t('lrsHint')}</p>
      {status && !configured && <p data-region="lrs-none">{t('lrsNotConfigured')}</p>}
      {configured && (
        <>
          {managed && <p data-region="lrs-managed">{t('lrsManaged')}</p>}
          <table aria-labelledby="lrs-h" data-region="lrs-status">
            <tbody>
              <tr>
                <th scope="row">{t('lrsEndpoint')}</th>
                <td>
                  <code data-field="endpoint">{configured.endpoint}</code>
                </td>
              </tr>
              <tr>
                <th scope="row">{t('lrsCredentials')}</th>
                <td>{t(`lrsCredentials.${configured.credentials}`)}</td>
              </tr>
              <tr>
                <th scope="row">{t('lrsQueued')}</th>
                <td data-field="queued">{status.queued}</td>
              </tr>
              <tr>
                <th scope="row">{t('lrsSent')}</th>
                <td data-field="sent">{status.sent}</td>
              </tr>
              <tr>
                <th scope="row">{t('lrsLastSuccess')}</th>
                <td data-field="last-success">{time(status.lastSuccessAt)}</td>
              </tr>
              <tr>
                <th scope="row">{t('lrsLastError')}</th>
                <td data-field="last-error" className={status.lastError ? 'error' : undefined}>
                  {status.lastError
                    ? `${time(status.lastError.at)} — ${status.lastError.status !== undefined ? t('lrsErrorStatus', { status: status.lastError.status, message: status.lastError.message }) : status.lastError.message}`
                    : t('lrsNone')}
                </td>
              </tr>
              {status.lastError && status.nextAttemptAt && (
                <tr>
                  <th scope="row">{t('lrsNextAttempt')}</th>
                  <td data-field="next-attempt">{time(status.nextAttemptAt)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p style={{ marginTop: 8 }}>
            <button type="button" className="primary" data-action="lrs-send-now" onClick={() => void sendNow()} disabled={busy}>
              {busy ? t('lrsSending') : t('lrsSendNow')}
            </button>
          </p>
        </>
      )}
      <p className="status" role="status" data-region="lrs-outcome">
        {outcome ? outcomeText(outcome) : ''}
      </p>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      {status && status.problemCount > 0 && <LrsProblems t={t} status={status} />}
      {status && !managed && <LocalLrsForm t={t} />}
    </section>
  );
}

function LrsProblems({ t, status }: { t: Translate; status: LrsStatus }) {
  return (
    <div className="problems" data-region="lrs-problems">
      <h3 id="lrs-problems-h" style={{ fontSize: '1em', margin: '0 0 4px' }}>
        {t('lrsProblemsHeading', { count: status.problemCount })}
      </h3>
      <p className="muted">{t('lrsProblemsHint')}</p>
      <table aria-labelledby="lrs-problems-h">
        <thead>
          <tr>
            <th scope="col">{t('lrsProblemId')}</th>
            <th scope="col">{t('lrsProblemStatus')}</th>
            <th scope="col">{t('lrsProblemMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {status.problems.map((p) => (
            <tr key={p.id} data-problem={p.id}>
              <td>
                <code>{p.id}</code>
              </td>
              <td>{p.status}</td>
              <td style={{ wordBreak: 'break-word' }}>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.problemCount > status.problems.length && <p className="muted">{t('lrsProblemsMore', { shown: status.problems.length })}</p>}
    </div>
  );
}

/** The learner's own LRS, only without a hospital policy (the policy's is read-only). */
function LocalLrsForm({ t }: { t: Translate }) {
  const saved = useStorageItem(localLrs);
  const [endpoint, setEndpoint] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState('');
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (saved === undefined) return;
    setEndpoint(saved?.endpoint ?? '');
    setUsername(saved?.username ?? '');
  }, [saved]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    const result = await saveLocalLrs({ endpoint, username, password, token });
    if (result.saved) {
      setProblem('');
      setPassword('');
      setToken('');
      return setSaid(t('lrsSaved'));
    }
    if (result.reason === 'managed') return setProblem(t('lrsManaged'));
    setProblem(result.field === 'endpoint' ? t('lrsInvalidEndpoint') : t('lrsInvalid', { field: result.field, message: result.message }));
  }

  async function clear() {
    setSaid('');
    const result = await clearLocalLrs();
    if (!result.saved) return setProblem(t('lrsManaged'));
    setProblem('');
    setSaid(t('lrsCleared'));
  }

  const secretHint = saved ? 'lrs-secret-kept' : undefined;
  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="lrs-local-h" data-region="lrs-local">
      <h3 id="lrs-local-h" style={{ fontSize: '1em', margin: '12px 0 4px' }}>
        {t('lrsLocalHeading')}
      </h3>
      <label htmlFor="lrs-endpoint">{t('lrsEndpoint')}</label>
      <input
        id="lrs-endpoint"
        name="endpoint"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://lrs.hospital.local/xAPI/"
        value={endpoint}
        onChange={(e) => setEndpoint(e.target.value)}
        aria-invalid={problem !== ''}
        aria-describedby={problem ? 'lrs-local-problem' : undefined}
      />
      <label htmlFor="lrs-username">{t('lrsUsername')}</label>
      <input id="lrs-username" name="username" autoComplete="off" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor="lrs-password">{t('lrsPassword')}</label>
      <input id="lrs-password" name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={secretHint} />
      <label htmlFor="lrs-token">{t('lrsToken')}</label>
      <input id="lrs-token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} aria-describedby={secretHint} />
      {saved && (
        <p className="muted" id="lrs-secret-kept">
          {t('lrsSecretKept')}
        </p>
      )}
      <p className="row" style={{ justifyContent: 'flex-start', marginTop: 8 }}>
        <button type="submit" data-action="lrs-save">
          {t('lrsSave')}
        </button>
        {saved && (
          <button type="button" className="danger" data-action="lrs-clear" onClick={() => void clear()}>
            {t('lrsClear')}
          </button>
        )}
      </p>
      {problem && (
        <p className="error" role="alert" id="lrs-local-problem">
          {problem}
        </p>
      )}
      <p className="status" role="status">
        {said}
      </p>
    </form>
  );
}
