import { useEffect, useId, useState } from 'react';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES, type LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Role } from '@preceptor/shared/schema/contentPack.ts';
import type { Translate } from '../../i18n/messages.ts';
import { saveLearnerProfile } from '../learnerProfile.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** the "another department" choice of the packs' list (never a department id: ids have no spaces) */
const OTHER = ' other';

type Field = 'role' | 'department' | 'displayName' | 'staffNumber';
type FieldErrors = Partial<Record<Field, string>>;

/**
 * Role, department and language (what decides which tours a learner is offered), and who the
 * learner is: name and staff number, handed to the trainer with the progress file only when the
 * learner ticks the consent line (kept with its time; untick to withdraw).
 */
export function ProfileForm({ profile, packRoles, packDepartments = [], headingHidden = false, onLanguageChange, t }: {
  profile: LearnerProfile;
  packRoles: Role[];
  /** departments the installed packs' checklists name: the list when the hospital's policy has none */
  packDepartments?: readonly string[];
  /** the heading is read by screen readers only (a disclosure's summary already shows it) */
  headingHidden?: boolean;
  /** the language picked before saving: onboarding speaks it at once */
  onLanguageChange?(language: Language): void;
  t: Translate;
}) {
  const [role, setRole] = useState(profile.role ?? '');
  const [department, setDepartment] = useState(profile.department ?? '');
  const [language, setLanguage] = useState<Language>(profile.language);
  // with only the packs' list, a department it does not name is typed in ("another department")
  const [otherDepartment, setOtherDepartment] = useState(profile.department !== undefined && !packDepartments.includes(profile.department));
  const [displayName, setDisplayName] = useState(profile.displayName ?? '');
  const [staffNumber, setStaffNumber] = useState(profile.staffNumber ?? '');
  const [consent, setConsent] = useState(profile.identityConsentAt !== undefined);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const ids = { role: useId(), department: useId(), language: useId(), displayName: useId(), staffNumber: useId(), consent: useId() };
  useEffect(() => setSaved(false), [role, department, language, displayName, staffNumber, consent]);
  // the hospital's policy: settings it locked are shown read-only, its department list is a select
  const policy = useHospitalPolicy()?.policy;
  // (a locked department or role not chosen yet is chosen once: the policy has no value for a person)
  const locked = new Set((policy?.lockedSettings ?? []).filter((setting) => setting === 'language' || profile[setting] !== undefined));
  const departments = policy?.departments;
  const packList = !departments && packDepartments.length > 0 ? packDepartments : undefined;
  const lockedNote = (id: string) => (
    <p className="muted" id={`${id}-locked`} data-region="locked-note" style={{ margin: '2px 0 0' }}>
      {t('setByHospital')}
    </p>
  );
  const describedBy = (setting: 'language', id: string) => (locked.has(setting) ? { 'aria-describedby': `${id}-locked` } : {});

  function fieldErrors(): FieldErrors {
    const found: FieldErrors = {};
    if (!role) found.role = t('roleRequired');
    if (consent) {
      if (!department.trim()) found.department = t('departmentRequired');
      if (!displayName.trim()) found.displayName = t('displayNameRequired');
      if (!staffNumber.trim()) found.staffNumber = t('staffNumberRequired');
    }
    return found;
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const found = fieldErrors();
    setErrors(found);
    const first = (['role', 'department', 'displayName', 'staffNumber'] as const).find((field) => found[field]);
    if (first) {
      setSaved(false);
      document.getElementById(ids[first])?.focus();
      return;
    }
    const next: LearnerProfile = { learnerId: profile.learnerId, language };
    if (role) next.role = role;
    if (department.trim()) next.department = department.trim();
    if (displayName.trim()) next.displayName = displayName.trim();
    if (staffNumber.trim()) next.staffNumber = staffNumber.trim();
    // consent keeps the time it was first given; unticking withdraws it
    if (consent) next.identityConsentAt = profile.identityConsentAt ?? new Date().toISOString();
    await saveLearnerProfile(next);
    setSaved(true);
  }

  /** aria wiring for a field: its error (when there is one) and the hospital's lock note */
  const fieldProps = (field: Field, locked = false) => {
    const described = [errors[field] ? `${ids[field]}-error` : '', locked ? `${ids[field]}-locked` : ''].filter(Boolean).join(' ');
    return { 'aria-invalid': errors[field] ? true : undefined, ...(described ? { 'aria-describedby': described } : {}) };
  };
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p className="error" id={`${ids[field]}-error`} data-error={field} style={{ margin: '2px 0 0' }}>
        {errors[field]}
      </p>
    ) : null;
  const consentedAt = profile.identityConsentAt;

  return (
    <form onSubmit={save} aria-labelledby={`${ids.role}-h`} noValidate>
      <h2 id={`${ids.role}-h`} className={headingHidden ? 'sr-only' : undefined}>{t('profileHeading')}</h2>
      <label htmlFor={ids.role}>
        {t('role')} <span className="muted required">{t('roleRequiredMark')}</span>
      </label>
      <select id={ids.role} name="role" value={role} required aria-required="true" disabled={locked.has('role')} {...fieldProps('role', locked.has('role'))}
        onChange={(e) => { setRole(e.target.value); if (e.target.value) setErrors(({ role: _fixed, ...rest }) => rest); }}>
        <option value="">{t('chooseRole')}</option>
        {BUILT_IN_ROLES.map((id) => (
          <option key={id} value={id}>{BUILT_IN_ROLE_TITLES[id][language]}</option>
        ))}
        {packRoles.map((r) => (
          <option key={r.id} value={r.id}>{r.title[language]}</option>
        ))}
      </select>
      {fieldError('role')}
      {locked.has('role') && lockedNote(ids.role)}
      <label htmlFor={ids.department}>{t('department')}</label>
      {departments ? (
        <select id={ids.department} name="department" value={department} disabled={locked.has('department')} {...fieldProps('department', locked.has('department'))}
          onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('chooseDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>{d.name[language]}</option>
          ))}
          {/* a department typed before the hospital's list came: kept, not lost */}
          {department && !departments.some((d) => d.id === department) && <option value={department}>{department}</option>}
        </select>
      ) : packList ? (
        <>
          <select id={ids.department} name="department" value={otherDepartment ? OTHER : department} disabled={locked.has('department')} {...fieldProps('department', locked.has('department'))}
            onChange={(e) => {
              const other = e.target.value === OTHER;
              setOtherDepartment(other);
              setDepartment(other ? '' : e.target.value);
            }}>
            <option value="">{t('chooseDepartment')}</option>
            {packList.map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
            <option value={OTHER}>{t('departmentOther')}</option>
          </select>
          {otherDepartment && (
            <>
              <label htmlFor={`${ids.department}-other`}>{t('departmentOtherLabel')}</label>
              <input id={`${ids.department}-other`} name="departmentOther" value={department} maxLength={60} readOnly={locked.has('department')}
                placeholder={t('departmentPlaceholder')} onChange={(e) => setDepartment(e.target.value)} />
            </>
          )}
        </>
      ) : (
        <input id={ids.department} name="department" value={department} maxLength={60} readOnly={locked.has('department')} {...fieldProps('department', locked.has('department'))}
          placeholder={t('departmentPlaceholder')} onChange={(e) => setDepartment(e.target.value)} />
      )}
      {fieldError('department')}
      {locked.has('department') && lockedNote(ids.department)}
      <div className="field-pair">
        <div>
          <label htmlFor={ids.displayName}>{t('displayName')}</label>
      <input id={ids.displayName} name="displayName" value={displayName} maxLength={40} autoComplete="name" {...fieldProps('displayName')} onChange={(e) => setDisplayName(e.target.value)} />
          {fieldError('displayName')}
        </div>
        <div>
          <label htmlFor={ids.staffNumber}>{t('staffNumber')}</label>
      <input id={ids.staffNumber} name="staffNumber" value={staffNumber} maxLength={20} autoComplete="off" spellCheck={false} {...fieldProps('staffNumber')} onChange={(e) => setStaffNumber(e.target.value)} />
          {fieldError('staffNumber')}
        </div>
      </div>
      <p className="muted" style={{ margin: '4px 0 0' }}>{t('identityHint')}</p>
      <div className="consent" data-region="identity-consent">
        <input id={ids.consent} type="checkbox" name="identityConsent" checked={consent} aria-describedby={`${ids.consent}-state`} onChange={(e) => setConsent(e.target.checked)} />
        <label htmlFor={ids.consent}>{t('identityConsent')}</label>
      </div>
      <p className="muted" id={`${ids.consent}-state`} data-consented={consentedAt ?? ''} style={{ margin: '2px 0 0' }}>
        {consent
          ? consentedAt
            ? t('identityConsentedAt', { time: new Date(consentedAt).toLocaleString(language) })
            : t('identityConsentPending')
          : consentedAt
            ? t('identityWithdrawPending')
            : t('identityNotConsented')}
      </p>
      <label htmlFor={ids.language}>{t('language')}</label>
      <select id={ids.language} name="language" value={language} disabled={locked.has('language')} {...describedBy('language', ids.language)}
        onChange={(e) => {
          const picked = Language.parse(e.target.value);
          setLanguage(picked);
          onLanguageChange?.(picked);
        }}>
        {Language.options.map((l) => (
          <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>
        ))}
      </select>
      {locked.has('language') && lockedNote(ids.language)}
      <div className="row" style={{ marginTop: 8 }}>
        <span className={saved ? 'status' : 'error'} role="status">{saved ? t('saved') : Object.keys(errors).length > 0 ? t('notSavedFixFields') : ''}</span>
        <button type="submit" className="primary">{t('save')}</button>
      </div>
    </form>
  );
}
