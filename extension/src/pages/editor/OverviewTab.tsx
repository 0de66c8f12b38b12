import { useId, useState } from 'react';
import { uniqueId } from '@preceptor/shared/authoring/draftPack.ts';
import { useEditor } from './editorContext.tsx';
import { LinesField, ListControls, LocalizedField, TextField } from './fields.tsx';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The pack itself: id, version, title, sites, roles, go-live date, mentor sign-off codes. */
export function OverviewTab() {
  const { draft, update, t } = useEditor();
  const codeId = useId();
  const [code, setCode] = useState('');
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
      <section className="panel" aria-labelledby="codes-h">
        <h2 id="codes-h">{t('mentorCodes')}</h2>
        <p className="muted">{t('mentorCodeCount', { count: draft.mentorCodeHashes.length })}</p>
        <div className="row start">
          <label htmlFor={codeId} className="sr-only">{t('mentorCodePlaceholder')}</label>
          <input id={codeId} type="password" autoComplete="new-password" value={code} placeholder={t('mentorCodePlaceholder')} onChange={(e) => setCode(e.target.value)} style={{ maxWidth: 260 }} />
          <button type="button" disabled={code.trim().length < 4}
            onClick={async () => {
              const hash = await sha256Hex(code.trim());
              if (!draft.mentorCodeHashes.includes(hash)) update(['mentorCodeHashes'], [...draft.mentorCodeHashes, hash]);
              setCode('');
            }}>{t('addMentorCode')}</button>
          {draft.mentorCodeHashes.length > 0 && <button type="button" className="danger" onClick={() => update(['mentorCodeHashes'], [])}>{t('remove')}</button>}
        </div>
      </section>
    </div>
  );
}
