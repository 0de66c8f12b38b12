import { useId, useState } from 'react';
import { uniqueId } from '@preceptor/shared/authoring/draftPack.ts';
import { mentorCodeProblem, mentorEntry, newMentorSignOff, normaliseStaffNumber, type MentorCodeProblem } from '@preceptor/shared/learning/mentorCodes.ts';
import { BUILT_IN_ROLES } from '@preceptor/shared/schema/learnerProfile.ts';
import { StaffNumber } from '@preceptor/shared/schema/learningContent.ts';
import type { AuthoringKey } from '../authoringMessages.ts';
import { useEditor } from './editorContext.tsx';
import { LinesField, ListControls, LocalizedField, TextField } from './fields.tsx';

const CODE_PROBLEM: Record<MentorCodeProblem, AuthoringKey> = {
  'too-short': 'mentorCodeTooShort',
  'too-long': 'mentorCodeTooLong',
  'letters-and-digits-only': 'mentorCodeCharacters',
  'needs-letter-and-digit': 'mentorCodeMix',
};

/**
 * Who may sign a learner off: staff number, role and a code. The code is hashed here (salted
 * PBKDF2-SHA-256) and forgotten; setting a code for a listed staff number replaces their hash.
 */
function MentorList() {
  const { draft, update, t } = useEditor();
  const ids = { staff: useId(), role: useId(), code: useId(), hint: useId() };
  const roles = [...BUILT_IN_ROLES, ...draft.roles.map((r) => r.id).filter((id) => !(BUILT_IN_ROLES as readonly string[]).includes(id))];
  const [staffNumber, setStaffNumber] = useState('');
  const [role, setRole] = useState<string>(roles[0] ?? '');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const signOff = draft.mentorSignOff;
  const mentors = signOff?.mentors ?? [];
  const staffOk = StaffNumber.safeParse(staffNumber.trim()).success;
  const codeProblem = code === '' ? undefined : mentorCodeProblem(code);
  const hint = staffNumber !== '' && !staffOk ? t('mentorStaffInvalid') : codeProblem ? t(CODE_PROBLEM[codeProblem]) : busy ? t('mentorSettingCode') : done;

  async function setMentorCode() {
    setBusy(true);
    try {
      const base = signOff ?? newMentorSignOff();
      const entry = await mentorEntry(base, staffNumber, role, code);
      const others = base.mentors.filter((m) => normaliseStaffNumber(m.staffNumber) !== normaliseStaffNumber(staffNumber));
      update(['mentorSignOff'], { ...base, mentors: [...others, entry] });
      setDone(t('mentorCodeSet', { staff: entry.staffNumber }));
      setCode('');
      setStaffNumber('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="codes-h" data-region="mentor-list">
      <h2 id="codes-h">{t('mentorCodes')}</h2>
      <p className="muted">{t('mentorCodeCount', { count: mentors.length, iterations: (signOff?.iterations ?? newMentorSignOff().iterations).toLocaleString() })}</p>
      {(draft.mentorCodeHashes?.length ?? 0) > 0 && (
        <p className="error" data-region="old-mentor-codes">
          {t('oldMentorCodes')}{' '}
          <button type="button" className="danger" onClick={() => update(['mentorCodeHashes'], undefined)}>{t('removeOldMentorCodes')}</button>
        </p>
      )}
      {mentors.length > 0 && (
        <ul className="mentors">
          {mentors.map((m, i) => (
            <li key={m.staffNumber} className="row start" data-mentor={m.staffNumber}>
              <strong>{m.staffNumber}</strong>
              <span className="muted">{m.role}</span>
              <button type="button" className="danger" aria-label={t('removeMentor', { staff: m.staffNumber })}
                onClick={() => update(['mentorSignOff'], mentors.length === 1 ? undefined : { ...signOff!, mentors: mentors.filter((_, j) => j !== i) })}>{t('remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <form className="row start" onSubmit={(e) => {
        e.preventDefault();
        if (staffOk && code !== '' && !codeProblem && !busy) void setMentorCode();
      }}>
        <label htmlFor={ids.staff}>{t('mentorStaffNumber')}</label>
        <input id={ids.staff} name="mentorStaffNumber" value={staffNumber} maxLength={20} autoComplete="off" aria-describedby={ids.hint}
          onChange={(e) => { setStaffNumber(e.target.value); setDone(''); }} style={{ maxWidth: 140 }} />
        <label htmlFor={ids.role}>{t('mentorRole')}</label>
        <select id={ids.role} name="mentorRole" value={role} onChange={(e) => setRole(e.target.value)}>
          {roles.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <label htmlFor={ids.code}>{t('mentorCodeField')}</label>
        <input id={ids.code} name="mentorCode" type="password" autoComplete="new-password" value={code} maxLength={64} placeholder={t('mentorCodePlaceholder')}
          aria-describedby={ids.hint} aria-invalid={codeProblem ? true : undefined}
          onChange={(e) => { setCode(e.target.value); setDone(''); }} style={{ maxWidth: 240 }} />
        <button type="submit" disabled={!staffOk || code === '' || codeProblem !== undefined || busy}>{t('addMentorCode')}</button>
      </form>
      <p id={ids.hint} className={codeProblem || (staffNumber !== '' && !staffOk) ? 'error' : 'muted'} aria-live="polite" data-region="mentor-code-hint">{hint}</p>
    </section>
  );
}

/** The pack itself: id, version, title, sites, roles, go-live date, mentor sign-off codes. */
export function OverviewTab() {
  const { draft, update, t } = useEditor();
  return (
    <div>
      <section className="panel">
        <div className="two">
          <TextField label={t('packId')} path={['id']} field="pack-id" />
          <TextField label={t('packVersion')} path={['version']} field="pack-version" />
        </div>
        <LocalizedField labels={[t('packTitleZh'), t('packTitleEn')]} path={['title']} field="pack-title" />
        <LinesField label={t('siteRules')} path={['siteRules']}
          fromValue={(v) => ((v as { urlPattern: string }[] | undefined) ?? []).map((r) => r.urlPattern)}
          toValue={(lines) => lines.map((urlPattern) => ({ urlPattern }))} />
        <TextField label={t('goLiveDate')} path={['goLiveDate']} type="date" optional />
      </section>
      <section className="panel" aria-labelledby="roles-h">
        <h2 id="roles-h">{t('roles')}</h2>
        {draft.roles.map((role, i) => (
          <div key={i} className="card">
            <div className="row"><strong>{role.id}</strong><span className="grow" /><ListControls path={['roles']} index={i} count={draft.roles.length} label={role.id} /></div>
            <TextField label={t('roleId')} path={['roles', i, 'id']} />
            <LocalizedField labels={[t('roleTitleZh'), t('roleTitleEn')]} path={['roles', i, 'title']} />
          </div>
        ))}
        <div className="row end">
          <button type="button" onClick={() => update(['roles'], [...draft.roles, { id: uniqueId('role', draft.roles.map((r) => r.id)), title: { 'zh-CN': '', en: '' } }])}>{t('addRole')}</button>
        </div>
      </section>
      <MentorList />
    </div>
  );
}
