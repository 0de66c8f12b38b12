import { useEffect, useId, useState } from 'react';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES, type LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Role } from '@preceptor/shared/schema/contentPack.ts';
import type { Translate } from '../../i18n/messages.ts';
import { saveLearnerProfile } from '../learnerProfile.ts';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** Role, department and language: what decides which tours a learner is offered. */
export function ProfileForm({ profile, packRoles, t }: { profile: LearnerProfile; packRoles: Role[]; t: Translate }) {
  const [role, setRole] = useState(profile.role ?? '');
  const [department, setDepartment] = useState(profile.department ?? '');
  const [language, setLanguage] = useState<Language>(profile.language);
  const [displayName, setDisplayName] = useState(profile.displayName ?? '');
  const [staffNumber, setStaffNumber] = useState(profile.staffNumber ?? '');
  const [saved, setSaved] = useState(false);
  const ids = { role: useId(), department: useId(), language: useId(), displayName: useId(), staffNumber: useId() };
  useEffect(() => setSaved(false), [role, department, language, displayName, staffNumber]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const next: LearnerProfile = { learnerId: profile.learnerId, language };
    if (role) next.role = role;
    if (department.trim()) next.department = department.trim();
    if (displayName.trim()) next.displayName = displayName.trim();
    if (staffNumber.trim()) next.staffNumber = staffNumber.trim();
    await saveLearnerProfile(next);
    setSaved(true);
  }

  return (
    <form onSubmit={save} aria-labelledby={`${ids.role}-h`}>
      <h2 id={`${ids.role}-h`}>{t('profileHeading')}</h2>
      <label htmlFor={ids.role}>{t('role')}</label>
      <select id={ids.role} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
        <option value="">{t('chooseRole')}</option>
        {BUILT_IN_ROLES.map((id) => (
          <option key={id} value={id}>{BUILT_IN_ROLE_TITLES[id][language]}</option>
        ))}
        {packRoles.map((r) => (
          <option key={r.id} value={r.id}>{r.title[language]}</option>
        ))}
      </select>
      <label htmlFor={ids.department}>{t('department')}</label>
      <input id={ids.department} name="department" value={department} maxLength={60}
        placeholder={t('departmentPlaceholder')} onChange={(e) => setDepartment(e.target.value)} />
      <label htmlFor={ids.displayName}>{t('displayName')}</label>
      <input id={ids.displayName} name="displayName" value={displayName} maxLength={40} onChange={(e) => setDisplayName(e.target.value)} />
      <label htmlFor={ids.staffNumber}>{t('staffNumber')}</label>
      <input id={ids.staffNumber} name="staffNumber" value={staffNumber} maxLength={20} onChange={(e) => setStaffNumber(e.target.value)} />
      <label htmlFor={ids.language}>{t('language')}</label>
      <select id={ids.language} name="language" value={language} onChange={(e) => setLanguage(Language.parse(e.target.value))}>
        {Language.options.map((l) => (
          <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>
        ))}
      </select>
      <div className="row" style={{ marginTop: 8 }}>
        <span className="status" role="status">{saved ? t('saved') : ''}</span>
        <button type="submit" className="primary">{t('save')}</button>
      </div>
    </form>
  );
}
