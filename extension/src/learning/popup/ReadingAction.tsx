import { useId, useState } from 'react';
import type { FieldTip } from '@preceptor/shared/schema/contentPack.ts';
import { isReadingLink, type ChecklistItem } from '@preceptor/shared/schema/learningContent.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';

type ReadItem = Extract<ChecklistItem, { kind: 'read' }>;

interface Props {
  item: ReadItem;
  /** the field tip the item names, when it names one and the pack has it */
  tip: FieldTip | undefined;
  language: Language;
  t: Translate;
  /** open the link in a new tab without leaving the popup; the tab's id (throws when it could not be opened) */
  openTab(url: string): Promise<number | undefined>;
  /** bring the opened tab to the front (after the tick, so a closing popup loses nothing) */
  showTab(tabId: number): void;
  /** record the reading in the learner's record */
  onRead(): Promise<void>;
}

/**
 * A reading item (issue 17): ticked only once the reading was opened. A link opens in a new tab
 * (http(s) only, checked again here) and the tick follows the opened tab; a field tip is shown
 * here first, then "已阅读" appears. An item with neither has nothing to open and keeps the button.
 */
export function ReadingAction({ item, tip, language, t, openTab, showTab, onRead }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<'refused' | 'failed' | undefined>(undefined);
  const [tipShown, setTipShown] = useState(false);
  const [busy, setBusy] = useState(false);

  if (item.url !== undefined) {
    const url = item.url;
    return (
      <>
        {problem && <span id={`${id}-problem`} className="error" role="alert">{t(problem === 'refused' ? 'readingLinkRefused' : 'checklistReadingOpenFailed')}</span>}
        <span id={`${id}-hint`} className="sr-only">{t('checklistOpenReadingHint')}</span>
        <button type="button" data-action="open-reading" disabled={busy} aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`} title={t('checklistOpenReadingHint')}
          onClick={async () => {
            // packs are checked on import; a pack installed before that check is refused here too
            if (!isReadingLink(url)) return setProblem('refused');
            setBusy(true);
            let tabId: number | undefined;
            try {
              tabId = await openTab(url);
            } catch {
              setBusy(false);
              return setProblem('failed');
            }
            setProblem(undefined);
            await onRead();
            setBusy(false);
            if (tabId !== undefined) showTab(tabId);
          }}>
          {t('checklistOpenReading')}
        </button>
      </>
    );
  }
  if (item.tipId !== undefined) {
    if (!tip) return <span className="muted" data-region="tip-missing">{t('checklistTipMissing')}</span>;
    return (
      <div style={{ width: '100%' }}>
        <button type="button" data-action="show-tip" aria-expanded={tipShown} aria-controls={`${id}-tip`} onClick={() => setTipShown((v) => !v)}>{t('checklistShowTip')}</button>
        <div id={`${id}-tip`} hidden={!tipShown} data-region="reading-tip" className="reading-tip">
          {tip.title && <strong>{tip.title[language]}</strong>}
          <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{tip.body[language]}</p>
          {tip.lesson && isReadingLink(tip.lesson.url) && (
            <p style={{ margin: '4px 0' }} data-region="tip-lesson">
              <a href={tip.lesson.url} target="_blank" rel="noopener noreferrer">{t('tipLesson', { title: tip.lesson.title[language] })}</a>
              <span className="muted"> {t('tipLessonOpenedOnly')}</span>
            </p>
          )}
          {tipShown && <button type="button" data-action="mark-read" onClick={() => void onRead()}>{t('checklistMarkRead')}</button>}
        </div>
      </div>
    );
  }
  return <button type="button" data-action="mark-read" onClick={() => void onRead()}>{t('checklistMarkRead')}</button>;
}
