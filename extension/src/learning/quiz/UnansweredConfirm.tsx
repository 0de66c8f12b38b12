import { useEffect, useId, useRef } from 'react';
import type { Translate } from '../../i18n/messages.ts';

interface Props {
  missing: number;
  t: Translate;
  onSubmit(): void;
  /** back to the questions; the caller returns focus to its submit button */
  onCancel(): void;
}

/**
 * The in-page step that replaces `window.confirm` for a submit with unanswered questions: said in
 * the page's language, focus moves to the safe choice ("back"), Tab stays between the two buttons,
 * Esc goes back.
 */
export function UnansweredConfirm({ missing, t, onSubmit, onCancel }: Props) {
  const id = useId();
  const back = useRef<HTMLButtonElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby={`${id}-h`} aria-describedby={`${id}-d`} className="confirm-step" data-region="quiz-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Tab') {
          // keep focus on the two choices until the learner picks one
          const first = back.current;
          const last = submit.current;
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last?.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first?.focus();
          }
        }
      }}>
      <h2 id={`${id}-h`}>{t('quizConfirmTitle')}</h2>
      <p id={`${id}-d`}>{t('quizUnanswered', { count: missing })}</p>
      <div className="row">
        <button type="button" ref={back} data-action="confirm-back" onClick={onCancel}>{t('quizConfirmBack')}</button>
        <button type="button" ref={submit} className="primary" data-action="confirm-submit" onClick={onSubmit}>{t('quizConfirmSubmit')}</button>
      </div>
    </div>
  );
}
