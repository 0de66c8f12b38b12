import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type ReactNode } from 'react';
import { normaliseFingerprint } from '@preceptor/shared/record/bundleSigning.ts';
import { chainIssueText } from './ImportView.tsx';
import { useTrainerText } from './trainerMessages.ts';
import { LearnerFilters, NO_FILTER, Pager, LearnerLabel, TrainerSection, dateTime, filterLearners, learnerName, type LearnerFilter } from './trainerUi.tsx';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { useDashboard } from './useDashboard.ts';
import { RoleName, useRosterRoles } from './rosterRows.tsx';
import { Data } from '../ui/Data.tsx';

const PAGE_SIZE = 50;

export function LearnersView(): ReactNode {
  const { t, lang } = useTrainerText();
  const roles = useRosterRoles();
  const { db, model, refresh } = useDashboard();
  const id = useId();
  const keys = useLiveQuery(() => db.trustedKeys.orderBy('fingerprint').toArray(), [db]);
  const [fingerprint, setFingerprint] = useState('');
  const [label, setLabel] = useState('');
  const [learnerId, setLearnerId] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [filter, setFilter] = useState<LearnerFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const labelInput = useRef<HTMLInputElement>(null);

  async function register(e: React.FormEvent) {
    e.preventDefault();
    const normalised = normaliseFingerprint(fingerprint);
    if (!normalised) {
      setMessage({ ok: false, text: t('learners.invalidFingerprint') });
      return;
    }
    await db.trustedKeys.put({ fingerprint: normalised, label: label.trim(), registeredAt: Date.now(), ...(learnerId.trim() ? { learner: learnerId.trim() } : {}) });
    setMessage({ ok: true, text: t('learners.registered', { fingerprint: normalised }) });
    setFingerprint('');
    setLabel('');
    setLearnerId('');
    await refresh();
  }

  const learners = model ? filterLearners(model.learners, filter) : [];
  const pages = Math.max(1, Math.ceil(learners.length / PAGE_SIZE));
  const current = Math.min(page, pages);

  return (
    <TrainerSection heading={t('learners.heading')}>
      <p className="tr-hint">{t('learners.explain')}</p>

      <form className="tr-card tr-form" onSubmit={register} aria-labelledby={`${id}-reg`} data-form="register-key">
        <h3 id={`${id}-reg`}>{t('learners.register')}</h3>
        <div className="tr-fields">
          <label htmlFor={`${id}-fp`}>{t('learners.fingerprint')}</label>
          <input id={`${id}-fp`} name="fingerprint" value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} aria-describedby={`${id}-fp-hint`} autoComplete="off" spellCheck={false} required />
          <span id={`${id}-fp-hint`} className="tr-hint">{t('learners.fingerprintHint')}</span>
          <label htmlFor={`${id}-label`}>{t('learners.label')}</label>
          <input id={`${id}-label`} ref={labelInput} name="label" value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${id}-label-hint`} maxLength={60} />
          <span id={`${id}-label-hint`} className="tr-hint">{t('learners.labelHint')}</span>
          <label htmlFor={`${id}-learner`}>{t('learners.learnerId')}</label>
          <input id={`${id}-learner`} name="learner" value={learnerId} onChange={(e) => setLearnerId(e.target.value)} autoComplete="off" spellCheck={false} />
          <span />
        </div>
        <button type="submit" className="tr-button--primary">{t('learners.add')}</button>
        <p role={message && !message.ok ? 'alert' : 'status'} className={message?.ok === false ? 'tr-bad' : 'tr-ok'}>
          {message?.text ?? ''}
        </p>
      </form>

      <details className="tr-details" open={(keys?.length ?? 0) > 0}>
        <summary>{t('learners.keys', { count: keys?.length ?? 0 })}</summary>
        {keys && keys.length === 0 && <p className="tr-hint">{t('learners.noKeys')}</p>}
        {keys && keys.length > 0 && (
          <table className="tr-table" data-table="trusted-keys">
            <caption className="sr-only">{t('learners.keys', { count: keys.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('learners.fingerprint')}</th>
                <th scope="col">{t('learners.label')}</th>
                <th scope="col">{t('matrix.learner')}</th>
                <th scope="col">{t('learners.registeredAt')}</th>
                <th scope="col"><span className="sr-only">{t('learners.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.fingerprint} data-fingerprint={k.fingerprint}>
                  <th scope="row"><code>{k.fingerprint}</code></th>
                  <td>{k.label}</td>
                  <td><code>{k.learner ?? '—'}</code></td>
                  <td>{dateTime(k.registeredAt, lang)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('learners.removeFor', { fingerprint: k.fingerprint })}
                      onClick={async () => {
                        await db.trustedKeys.delete(k.fingerprint);
                        await refresh();
                      }}
                    >
                      {t('learners.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>

      {model && model.learners.length > 0 && (
        <>
          <LearnerFilters learners={model.learners} filter={filter} onChange={(f) => (setFilter(f), setPage(1))} t={t} lang={lang} />
          <table className="tr-table" data-table="learners">
            <caption>{t('learners.caption', { count: learners.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.learner')}</th>
                <th scope="col">{t('learners.label')}</th>
                <th scope="col">{t('matrix.role')}</th>
                <th scope="col">{t('matrix.department')}</th>
                <th scope="col">{t('import.col.key')}</th>
                <th scope="col">{t('learners.chain')}</th>
                <th scope="col" className="num">{t('learners.exports')}</th>
              </tr>
            </thead>
            <tbody>
              {learners.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((l) => (
                <tr key={l.learner} data-learner={l.learner} data-key-status={l.keyStatus}>
                  <th scope="row"><LearnerLabel learner={l} t={t} withDepartment={false} /></th>
                  <td>{l.label}</td>
                  <td>
                    <RoleName roleId={l.role} roles={roles} />
                  </td>
                  <td><Data>{learnerDepartment(l)}</Data></td>
                  <td data-source={l.signed ? (l.fromLrs ? 'signed lrs' : 'signed') : 'lrs'}>
                    {!l.signed ? (
                      <span className="tr-warn" title={t('lrs.read.unsignedHint')}>⚠ {t('lrs.read.unsigned')}</span>
                    ) : (
                      <>
                        <code>{l.latestKey}</code>{' '}
                        {l.keyStatus === 'trusted' ? (
                          <span className="tr-ok">✔ {t('key.trusted')}</span>
                        ) : (
                          <>
                            <span className="tr-warn" title={t('key.unknownHint')}>⚠ {t('key.unknown')}</span>{' '}
                            <button
                              type="button"
                              className="tr-button--small"
                              aria-label={t('learners.trustFor', { learner: learnerName(l), fingerprint: l.latestKey })}
                              onClick={() => {
                                setFingerprint(l.latestKey);
                                setLearnerId(l.learner);
                                setMessage(undefined);
                                labelInput.current?.focus();
                              }}
                            >
                              {t('learners.trust')}
                            </button>
                          </>
                        )}
                        {l.exporter === 'sandbox' && (
                          <>
                            {' · '}
                            <span data-exporter="sandbox" title={t('learners.fromSandboxHint')}>{t('learners.fromSandbox')}</span>
                          </>
                        )}
                        {l.fromLrs && (
                          <>
                            {' · '}
                            <span title={t('lrs.read.unsignedHint')}>{t('lrs.read.unsigned')}</span>
                          </>
                        )}
                      </>
                    )}
                  </td>
                  <td data-chain-issues={l.chain.issues.length}>
                    {!l.signed ? (
                      '—'
                    ) : l.chain.issues.some((i) => i.kind !== 'gap') ? (
                      <span className="tr-warn">⚠ {l.chain.issues.filter((i) => i.kind !== 'gap').map((issue) => chainIssueText(t, issue)).join(t('sep.clause'))}</span>
                    ) : l.chain.forked ? (
                      <span className="tr-warn">⚠ {t('learners.chainForked')}</span>
                    ) : l.chain.missingEarlier > 0 ? (
                      t('learners.chainMissing', { sequence: l.chain.latestSequence, missing: l.chain.missingEarlier })
                    ) : (
                      t('learners.chainOk', { sequence: l.chain.latestSequence })
                    )}
                  </td>
                  <td className="num">{l.chain.bundles}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={current} pages={pages} onPage={setPage} t={t} />
        </>
      )}
    </TrainerSection>
  );
}
