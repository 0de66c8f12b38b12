import { useId, useRef, useState } from 'react';
import { toursForRole } from '@preceptor/shared/authoring/operationManual.ts';
import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES } from '@preceptor/shared/schema/learnerProfile.ts';
import { Language } from '@preceptor/shared/schema/localizedText.ts';
import { useEditor } from './editorContext.tsx';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** The print page's address: the authored pack by key, one tour or one role, and the manual's language. */
export function manualPageUrl(packKey: string, scope: { tourId: string } | { roleId: string }, language: Language): string {
  const params = new URLSearchParams({ pack: packKey, ...('tourId' in scope ? { tour: scope.tourId } : { role: scope.roleId }), lang: language });
  return browser.runtime.getURL(`/manual.html?${params.toString()}`);
}

/**
 * "打印操作手册 / Print manual" (issue 16 item 3): a dialog to choose one tour or a role's tours and
 * the manual's language (independent of the editor's), then the print page opens in a new tab.
 */
export function PrintManualButton() {
  const { draft, packKey, flush, t, language } = useEditor();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [scope, setScope] = useState<'tour' | 'role'>('tour');
  const [tourId, setTourId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [manualLanguage, setManualLanguage] = useState<Language>(language);
  const roles = [...BUILT_IN_ROLES.map((r) => ({ id: r, title: BUILT_IN_ROLE_TITLES[r][language] })), ...draft.roles.map((r) => ({ id: r.id, title: r.title[language] || r.id }))]
    .filter((r) => toursForRole(draft, r.id).length > 0);
  const chosenTour = draft.tours.some((x) => x.id === tourId) ? tourId : (draft.tours[0]?.id ?? '');
  const chosenRole = roles.some((r) => r.id === roleId) ? roleId : (roles[0]?.id ?? '');

  async function open() {
    await flush(); // the print page reads the saved draft
    const url = manualPageUrl(packKey, scope === 'tour' ? { tourId: chosenTour } : { roleId: chosenRole }, manualLanguage);
    dialog.current?.close();
    await browser.tabs.create({ url });
  }

  return (
    <>
      <button type="button" data-action="print-manual" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>{t('printManual')}</button>
      <dialog ref={dialog} aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`} data-region="print-manual" style={{ maxWidth: 520, borderRadius: 8, border: '1px solid #8aa0b8' }}>
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); void open(); }}>
          <h2 id={`${id}-h`}>{t('printManualTitle')}</h2>
          <p id={`${id}-d`} className="muted">{t('printManualIntro')}</p>
          {draft.tours.length === 0 ? (
            <p className="error" role="alert">{t('printNoTours')}</p>
          ) : (
            <>
              <fieldset>
                <legend>{t('printScope')}</legend>
                <label className="check"><input type="radio" name="scope" value="tour" checked={scope === 'tour'} onChange={() => setScope('tour')} data-field="print-scope-tour" /> {t('printScopeTour')}</label>
                <label className="check"><input type="radio" name="scope" value="role" checked={scope === 'role'} onChange={() => setScope('role')} disabled={roles.length === 0} data-field="print-scope-role" /> {t('printScopeRole')}</label>
              </fieldset>
              {scope === 'tour' ? (
                <div className="field">
                  <label htmlFor={`${id}-tour`}>{t('printTour')}</label>
                  <select id={`${id}-tour`} value={chosenTour} onChange={(e) => setTourId(e.target.value)} data-field="print-tour">
                    {draft.tours.map((x) => <option key={x.id} value={x.id}>{x.title[language] || x.id}</option>)}
                  </select>
                </div>
              ) : (
                <div className="field">
                  <label htmlFor={`${id}-role`}>{t('printRole')}</label>
                  <select id={`${id}-role`} value={chosenRole} onChange={(e) => setRoleId(e.target.value)} data-field="print-role">
                    {roles.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
                  </select>
                </div>
              )}
              <div className="field">
                <label htmlFor={`${id}-lang`}>{t('printLanguage')}</label>
                <select id={`${id}-lang`} value={manualLanguage} onChange={(e) => setManualLanguage(Language.parse(e.target.value))} data-field="print-language">
                  {Language.options.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
                </select>
              </div>
            </>
          )}
          <div className="row end">
            <button type="button" onClick={() => dialog.current?.close()}>{t('printCancel')}</button>
            {draft.tours.length > 0 && <button type="submit" className="primary" data-action="open-manual">{t('printOpen')}<span className="sr-only"> {t('printNewTab')}</span></button>}
          </div>
        </form>
      </dialog>
    </>
  );
}
