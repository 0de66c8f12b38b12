import { useState, type FormEvent } from 'react';
import { MAX_SANDBOX_ORIGINS, parseSandboxOrigin } from '@preceptor/shared/scenario/sandboxOrigins.ts';
import type { Translate } from '../../i18n/messages.ts';
import { addSandboxOrigin, removeSandboxOrigin, trainingSandboxOrigins } from '../sandboxOrigins.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';

/**
 * The hospital's training sandbox origins: the only pages whose scenario attempts the background
 * records (see progress/sandboxRelay.ts). Exact origins, checked as they are typed.
 */
export function SandboxOrigins({ t }: { t: Translate }) {
  const local = useStorageItem(trainingSandboxOrigins);
  const managed = useHospitalPolicy()?.policy.sandboxOrigins;
  // the hospital's list replaces the local one (progress/sandboxOrigins.ts relayOrigins): shown, not editable
  const origins = managed ?? local;
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const check = parseSandboxOrigin(typed);
    if (!check.ok) return setProblem(t(`sandboxOriginProblem.${check.problem}`));
    const added = await addSandboxOrigin(check.origin);
    if (added === 'duplicate') return setProblem(t('sandboxOriginDuplicate', { origin: check.origin }));
    if (added === 'too-many') return setProblem(t('sandboxOriginTooMany', { max: MAX_SANDBOX_ORIGINS }));
    setProblem('');
    setTyped('');
    setStatus(t('sandboxOriginAdded', { origin: check.origin }));
  }

  async function remove(origin: string) {
    await removeSandboxOrigin(origin);
    setStatus(t('sandboxOriginRemoved', { origin }));
  }

  return (
    <section className="panel" aria-labelledby="sandbox-origins-h" data-panel="sandbox-origins">
      <h2 id="sandbox-origins-h">{t('sandboxOriginsHeading')}</h2>
      <p className="muted" id="sandbox-origins-hint">{t('sandboxOriginsHint')}</p>
      {managed && <p data-region="sandbox-origins-managed"><strong>{t('setByHospital')}</strong></p>}
      {origins !== undefined && origins.length === 0 && <p data-region="no-sandbox-origins">{t('sandboxOriginsNone')}</p>}
      {origins !== undefined && origins.length > 0 && (
        <ul className="tours" aria-label={t('sandboxOriginsListLabel')} data-region="sandbox-origins">
          {origins.map((origin) => (
            <li key={origin} className="row" data-origin={origin}>
              <code>{origin}</code>
              {!managed && <button type="button" className="danger" data-action="remove-sandbox-origin" onClick={() => void remove(origin)} aria-label={`${t('sandboxOriginRemove')} ${origin}`}>
                {t('sandboxOriginRemove')}
              </button>}
            </li>
          ))}
        </ul>
      )}
      {!managed && <form onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor="sandbox-origin-input">{t('sandboxOriginAddLabel')}</label>
        <div className="row">
          <input
            id="sandbox-origin-input"
            name="sandboxOrigin"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://train.hospital.local"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-invalid={problem !== ''}
            aria-describedby={problem ? 'sandbox-origin-problem' : 'sandbox-origins-hint'}
          />
          <button type="submit" data-action="add-sandbox-origin" style={{ flex: 'none', whiteSpace: 'nowrap' }}>{t('sandboxOriginAdd')}</button>
        </div>
      </form>}
      {problem && (
        <p className="error" role="alert" id="sandbox-origin-problem">
          {problem}
        </p>
      )}
      <p className="status" role="status">{status}</p>
    </section>
  );
}
