import { useEffect, useRef, useState } from 'react';
import { addPlayed, lessonPlayback, playedSeconds, watchedToEnd, WATCHED_SHARE, type PlayedRanges } from '@preceptor/shared/learning/microLesson.ts';
import { isReadingLink } from '@preceptor/shared/schema/learningContent.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { installedPacks } from '../../packs/installedPacks.ts';
import { useLanguage } from '../../ui/useLanguage.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';

const params = new URLSearchParams(location.search);
const packId = params.get('pack') ?? '';
const checklistId = params.get('checklist') ?? '';
const itemId = params.get('item') ?? '';

type Outcome = 'done' | 'not-enough' | 'video-error' | 'save-failed';

/**
 * The lesson page (微课): plays a checklist item's video file in a <video> element and tells the
 * background once it was watched to the end — the video ended and at least 90 % of it was played,
 * not skipped. The lesson is looked up by ids in the installed pack; the address never comes from
 * this page's URL.
 */
export function LessonPage() {
  const { language, t } = useLanguage();
  const packs = useStorageItem(installedPacks);
  const pack = packs?.find((p) => p.id === packId);
  const item = pack?.checklists.find((c) => c.id === checklistId)?.items.find((i) => i.id === itemId);
  const lesson = item?.kind === 'lesson' ? item.lesson : undefined;
  const ranges = useRef<PlayedRanges>([]);
  const last = useRef<number | undefined>(undefined);
  const [played, setPlayed] = useState(0);
  const [duration, setDuration] = useState(Number.NaN);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  useEffect(() => {
    document.title = `${lesson ? lesson.title[language] : t('lessonPageTitle')} · Preceptor`;
  }, [lesson, language, t]);

  if (!packs) return null;
  if (!lesson || !isReadingLink(lesson.url)) {
    return (
      <main className="page">
        <h1>{t('lessonPageTitle')}</h1>
        <p className="error" role="alert" data-region="lesson-missing">{t(lesson ? 'lessonLinkRefused' : 'lessonNotFound')}</p>
      </main>
    );
  }
  const percent = Number.isFinite(duration) && duration > 0 ? Math.min(100, Math.floor((played / duration) * 100)) : 0;

  function onTime(video: HTMLVideoElement) {
    const now = video.currentTime;
    // only what plays counts: a seek moves the position without adding to it
    if (!video.paused && !video.seeking && last.current !== undefined) ranges.current = addPlayed(ranges.current, last.current, now);
    last.current = now;
    setPlayed(playedSeconds(ranges.current));
  }

  async function onEnded(video: HTMLVideoElement) {
    onTime(video);
    const seconds = playedSeconds(ranges.current);
    if (!watchedToEnd(seconds, video.duration, true)) return setOutcome('not-enough');
    try {
      const reply = await sendMessage('recordLesson', { packId, checklistId, itemId, report: { outcome: 'watched', playedSeconds: seconds, durationSeconds: video.duration } });
      setOutcome(reply === 'ticked' ? 'done' : reply === 'not-yet' ? 'not-enough' : 'save-failed');
    } catch {
      setOutcome('save-failed');
    }
  }

  const watchable = lessonPlayback(lesson) === 'watch-in-player';
  const message: Record<Outcome, MessageKey> = { done: 'lessonDone', 'not-enough': 'lessonNotEnough', 'video-error': 'lessonVideoError', 'save-failed': 'lessonSaveFailed' };
  return (
    <main className="page lesson" style={{ maxWidth: 960, margin: '0 auto', padding: 16 }}>
      <h1 data-region="lesson-title">{lesson.title[language]}</h1>
      <p className="muted">{t('kind_lesson')} · {t(`lessonKind_${lesson.kind}`)}</p>
      {watchable ? (
        <>
          <p id="lesson-hint">{t('lessonPageHint')}</p>
          <video src={lesson.url} controls preload="metadata" aria-label={lesson.title[language]} aria-describedby="lesson-hint" data-region="lesson-video"
            style={{ width: '100%', maxHeight: '60vh', background: '#000' }}
            onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
            // some files learn their length only while playing (a live-recorded WebM reports Infinity first)
            onDurationChange={(e) => setDuration(e.currentTarget.duration)}
            onPlay={(e) => { last.current = e.currentTarget.currentTime; }}
            onSeeked={(e) => { last.current = e.currentTarget.currentTime; }}
            onTimeUpdate={(e) => onTime(e.currentTarget)}
            onEnded={(e) => void onEnded(e.currentTarget)}
            onError={() => setOutcome('video-error')} />
          <label style={{ display: 'block', marginTop: 8 }}>
            <span data-region="lesson-watched">{t('lessonWatchedPart', { percent })}</span>
            <progress max={100} value={percent} style={{ display: 'block', width: '100%' }} data-share={WATCHED_SHARE} />
          </label>
        </>
      ) : (
        <p id="lesson-hint">{t('lessonOpenedOnlyHint')}</p>
      )}
      <p role="status" aria-live="polite" data-region="lesson-outcome" data-outcome={outcome ?? ''}
        className={outcome === 'done' ? 'status valid' : outcome ? 'error' : ''}>
        {outcome ? t(message[outcome], { percent }) : ''}
      </p>
      <p><a href={lesson.url} target="_blank" rel="noopener noreferrer">{t('lessonOpenSource')}</a></p>
    </main>
  );
}
