// 我是谁: the trainee's staff identity and consent for the hand-in (issue 15). Remembered in this
// origin's localStorage (learnerIdentity.ts); the role also goes into her scenario statements.

import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES } from '@preceptor/shared/schema/learnerProfile.ts';
import { STAFF_DEPARTMENTS, STAFF_DEPARTMENT_GROUPS, type StaffDepartmentGroup } from '@preceptor/shared/hospital/staffDepartments.ts';
import { sandboxIdentityProblems, type SandboxIdentity, type SandboxIdentityField } from '@preceptor/shared/record/sandboxHandIn.ts';
import type { SigningKeySummary } from '@preceptor/shared/record/signingKeyStore.ts';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Panel } from '../ui/Panel.tsx';
import { saveIdentity, useIdentity } from './learnerIdentity.ts';

const FIELD_ORDER: readonly SandboxIdentityField[] = ['displayName', 'staffNumber', 'department', 'role'];
const GROUPS = Object.keys(STAFF_DEPARTMENT_GROUPS) as StaffDepartmentGroup[];

export function IdentityPanel({ keySummary }: { keySummary: SigningKeySummary | null }): ReactNode {
  const { t, lang } = useI18n();
  const stored = useIdentity();
  const [draft, setDraft] = useState<SandboxIdentity>(stored);
  const [consent, setConsent] = useState(stored.identityConsentAt !== undefined);
  const [errors, setErrors] = useState<SandboxIdentityField[]>([]);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const base = useId();
  const ids: Record<SandboxIdentityField | 'consent', string> = {
    displayName: `${base}-name`,
    staffNumber: `${base}-staff`,
    department: `${base}-dept`,
    role: `${base}-role`,
    consent: `${base}-consent`,
  };

  // another tab saved: show what is stored now
  useEffect(() => {
    setDraft(stored);
    setConsent(stored.identityConsentAt !== undefined);
  }, [stored]);

  const set = (field: SandboxIdentityField, value: string): void => {
    setDraft((d) => ({ ...d, [field]: value }));
    setStatus(null);
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    // consent keeps the time it was first given; unticking withdraws it
    const consentedAt = consent ? (stored.identityConsentAt ?? new Date().toISOString()) : undefined;
    const next: SandboxIdentity = { ...draft, identityConsentAt: consentedAt };
    if (!consentedAt) delete next.identityConsentAt;
    const missing = sandboxIdentityProblems(next);
    setErrors(missing);
    if (missing.length > 0) {
      setStatus({ tone: 'error', text: t('who.notSaved') });
      document.getElementById(ids[FIELD_ORDER.find((f) => missing.includes(f))!])?.focus();
      return;
    }
    try {
      saveIdentity(next);
      setStatus({ tone: 'ok', text: t('who.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('who.saveFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const fieldProps = (field: SandboxIdentityField, extraDescribedBy = '') => {
    const describedBy = [errors.includes(field) ? `${ids[field]}-error` : '', extraDescribedBy].filter(Boolean).join(' ');
    return { id: ids[field], 'aria-invalid': errors.includes(field) ? true : undefined, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
  };
  const fieldError = (field: SandboxIdentityField) =>
    errors.includes(field) ? (
      <p className="field-error" id={`${ids[field]}-error`} data-error={field}>
        {t(`who.required.${field}`)}
      </p>
    ) : null;
  const required = consent;
  const consentedAt = stored.identityConsentAt;
  const department = draft.department ?? '';

  return (
    <Panel title={t('who.title')} panel="who-i-am" className="identity-panel">
      <form onSubmit={save} noValidate aria-describedby={`${base}-intro`}>
        <p id={`${base}-intro`} className="field-hint" style={{ margin: '0 0 6px' }}>{t('who.intro')}</p>
        <div className="form-grid">
          <div className="form-row">
            <FieldLabel htmlFor={ids.displayName} required={required}>{t('who.name')}</FieldLabel>
            <div className="form-field">
              <input {...fieldProps('displayName')} name="identityName" className="input" value={draft.displayName ?? ''} maxLength={40} autoComplete="name" required={required} onChange={(e) => set('displayName', e.target.value)} />
              {fieldError('displayName')}
            </div>
          </div>
          <div className="form-row">
            <FieldLabel htmlFor={ids.staffNumber} required={required}>{t('who.staffNumber')}</FieldLabel>
            <div className="form-field">
              <input {...fieldProps('staffNumber')} name="staffNumber" className="input mono" value={draft.staffNumber ?? ''} maxLength={20} autoComplete="off" spellCheck={false} required={required} onChange={(e) => set('staffNumber', e.target.value)} />
              {fieldError('staffNumber')}
            </div>
          </div>
          <div className="form-row">
            <FieldLabel htmlFor={ids.department} required={required}>{t('who.department')}</FieldLabel>
            <div className="form-field">
              <select {...fieldProps('department')} name="department" className="input" value={department} required={required} onChange={(e) => set('department', e.target.value)}>
                <option value="">{t('who.chooseDepartment')}</option>
                {GROUPS.map((g) => (
                  <optgroup key={g} label={STAFF_DEPARTMENT_GROUPS[g][lang === 'en' ? 'en' : 'zh']}>
                    {STAFF_DEPARTMENTS.filter((d) => d.group === g).map((d) => (
                      <option key={d.zh} value={d.zh}>{lang === 'en' ? d.en : d.zh}</option>
                    ))}
                  </optgroup>
                ))}
                {/* a value stored earlier that is not on the list any more: kept, not lost */}
                {department && !STAFF_DEPARTMENTS.some((d) => d.zh === department) ? <option value={department}>{department}</option> : null}
              </select>
              {fieldError('department')}
            </div>
          </div>
          <div className="form-row">
            <FieldLabel htmlFor={ids.role} required>{t('who.role')}</FieldLabel>
            <div className="form-field">
              <select {...fieldProps('role', `${base}-role-hint`)} name="learnerRole" className="input" value={draft.role ?? ''} required onChange={(e) => set('role', e.target.value)}>
                <option value="">{t('who.chooseRole')}</option>
                {BUILT_IN_ROLES.map((r) => (
                  <option key={r} value={r}>{BUILT_IN_ROLE_TITLES[r][lang]}</option>
                ))}
              </select>
              {fieldError('role')}
              <p className="field-hint" id={`${base}-role-hint`}>{t('who.roleHint')}</p>
            </div>
          </div>
          <div className="form-row--wide identity-consent" data-region="identity-consent">
            <label className="radio">
              <input id={ids.consent} type="checkbox" name="identityConsent" checked={consent} aria-describedby={`${ids.consent}-state`} onChange={(e) => { setConsent(e.target.checked); setStatus(null); }} />
              <span>{t('who.consent')}</span>
            </label>
            <p className="field-hint" id={`${ids.consent}-state`} data-consented={consentedAt ?? ''}>
              {consent ? (consentedAt ? t('who.consentedAt', { time: new Date(consentedAt).toLocaleString(lang) }) : t('who.consentPending')) : t('who.notConsented')}
            </p>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" data-action="save-identity">{t('who.save')}</button>
          <span role="status" className={status?.tone === 'error' ? 'field-error' : 'field-ok'} data-identity-status={status?.tone ?? ''}>{status?.text ?? ''}</span>
          {keySummary ? (
            <span className="form-actions__summary" data-key-fingerprint={keySummary.fingerprint}>
              {t('who.key', { fingerprint: keySummary.fingerprint })}
              {keySummary.lastExport ? ` ${t('who.lastExport', { sequence: keySummary.lastExport.sequence, time: new Date(keySummary.lastExport.exportedAt).toLocaleString(lang) })}` : ''}
            </span>
          ) : null}
        </div>
      </form>
    </Panel>
  );
}
