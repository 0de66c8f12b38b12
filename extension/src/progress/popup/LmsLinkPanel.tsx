import { useEffect, useRef, useState } from 'react';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { lmsLink } from '../lmsLink.ts';
import { LmsRegistration } from '../protocol.ts';

/**
 * "Link to an LMS course", collapsed: the learner pastes the cmi5 registration the LMS's launcher
 * page shows (a UUID only); tours and quizzes started from then on report under it. Written by the
 * background on this popup's message (progress/lmsLink.ts); the page never takes part.
 */
export function LmsLinkPanel({ language, t }: { language: Language; t: Translate }) {
  const link = useStorageItem(lmsLink);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const unlinkButton = useRef<HTMLButtonElement>(null);
  // the control pressed goes away when the view switches: keep keyboard focus in the section
  const [focusNext, setFocusNext] = useState<'input' | 'unlink' | null>(null);
  useEffect(() => {
    if (focusNext === 'unlink' && link) unlinkButton.current?.focus();
    else if (focusNext === 'input' && link === null) input.current?.focus();
    else return;
    setFocusNext(null);
  }, [focusNext, link]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const registration = value.trim();
    if (!LmsRegistration.safeParse(registration).success) {
      setProblem(t('lmsLinkNotUuid'));
      input.current?.focus();
      return;
    }
    try {
      await sendMessage('linkLmsCourse', { registration });
      setProblem('');
      setNotice('');
      setValue('');
      setFocusNext('unlink');
    } catch (error) {
      setProblem(t('lmsLinkFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  async function unlink() {
    await sendMessage('unlinkLmsCourse', undefined);
    setNotice(t('lmsUnlinked'));
    setFocusNext('input');
  }

  return (
    <details className="panel disclosure" data-region="lms-link">
      <summary>{link ? t('lmsLinkSummaryLinked') : t('lmsLinkSummary')}</summary>
      <p className="muted">{t('lmsLinkHint')}</p>
      {link ? (
        <div>
          <p style={{ marginBottom: 4 }}>{t('lmsLinked')}</p>
          <p><code data-testid="lms-registration" style={{ userSelect: 'all', wordBreak: 'break-all' }}>{link.registration}</code></p>
          <p className="muted">{t('lmsLinkedSince', { time: new Date(link.linkedAt).toLocaleString(language) })}</p>
          <button type="button" className="secondary" ref={unlinkButton} onClick={() => void unlink()}>{t('lmsUnlink')}</button>
        </div>
      ) : (
        <form onSubmit={(e) => void save(e)} noValidate>
          <label htmlFor="lms-registration">{t('lmsLinkField')}</label>
          <input
            id="lms-registration"
            ref={input}
            name="registration"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={problem !== ''}
            aria-describedby={problem ? 'lms-registration-problem' : 'lms-registration-hint'}
          />
          <p className="muted" id="lms-registration-hint">{t('lmsLinkFieldHint')}</p>
          {problem && <p className="error" role="alert" id="lms-registration-problem">{problem}</p>}
          <button type="submit">{t('lmsLinkSave')}</button>
        </form>
      )}
      {notice && !link && <p role="status">{notice}</p>}
    </details>
  );
}
