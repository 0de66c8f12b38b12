import { useId, useState } from 'react';
import { lessonPlayback } from '@preceptor/shared/learning/microLesson.ts';
import { isReadingLink, type ChecklistItem } from '@preceptor/shared/schema/learningContent.ts';
import type { Translate } from '../../i18n/messages.ts';

type LessonItem = Extract<ChecklistItem, { kind: 'lesson' }>;

interface Props {
  item: LessonItem;
  /** the lesson page's address for this item (an extension page) */
  lessonPageUrl: string;
  t: Translate;
  /** open a tab without leaving the popup; its id (throws when it could not be opened) */
  openTab(url: string): Promise<number | undefined>;
  showTab(tabId: number): void;
  /** record that the link was opened (the background decides whether that ticks it) */
  onOpened(): Promise<void>;
}

/**
 * A micro-lesson item (issue 16 item 6). A video file the browser plays itself opens in the lesson
 * page, which ticks it once watched to the end; any other link opens in a new tab and is ticked as
 * opened — and the popup says that is all Preceptor can tell.
 */
export function LessonAction({ item, lessonPageUrl, t, openTab, showTab, onOpened }: Props) {
  const id = useId();
  const [problem, setProblem] = useState<'refused' | 'failed' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const watch = lessonPlayback(item.lesson) === 'watch-in-player';
  const hint = t(watch ? 'lessonWatchHint' : 'lessonOpenedOnlyHint');
  return (
    <div style={{ width: '100%' }}>
      <p id={`${id}-hint`} className="muted" data-region="lesson-hint" style={{ margin: '2px 0' }}>{hint}</p>
      {problem && <p id={`${id}-problem`} className="error" role="alert">{t(problem === 'refused' ? 'lessonLinkRefused' : 'lessonOpenFailed')}</p>}
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <button type="button" data-action={watch ? 'watch-lesson' : 'open-lesson'} disabled={busy} aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onClick={async () => {
            // packs are checked on import; checked again here all the same
            if (!isReadingLink(item.lesson.url)) return setProblem('refused');
            setBusy(true);
            let tabId: number | undefined;
            try {
              tabId = await openTab(watch ? lessonPageUrl : item.lesson.url);
            } catch {
              setBusy(false);
              return setProblem('failed');
            }
            setProblem(undefined);
            if (!watch) await onOpened();
            setBusy(false);
            if (tabId !== undefined) showTab(tabId);
          }}>
          {t(watch ? 'lessonWatch' : 'lessonOpen')}
        </button>
      </div>
    </div>
  );
}
