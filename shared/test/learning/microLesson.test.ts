import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checklistProgress } from '../../src/learning/checklistProgress.ts';
import {
  addPlayed,
  isDirectVideoFile,
  lessonPlayback,
  lessonTickOutcome,
  lessonTickStatement,
  playedSeconds,
  watchedToEnd,
  type PlayedRanges,
} from '../../src/learning/microLesson.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { patientDataProblems } from '../../src/authoring/packDataScan.ts';
import { EXTENSION, VERB, checklistItemActivityId } from '../../src/xapi/vocabulary.ts';
import { learningPackInput } from './fixtures.ts';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const video = { url: 'https://intranet.hospital.example/lessons/order-entry.mp4', title: t('微课：开医嘱', 'Lesson: order entry'), kind: 'video' as const };

function packWithLesson(lesson: unknown) {
  const pack = learningPackInput();
  pack.checklists[0].items.push({ id: 'lesson', kind: 'lesson', lesson });
  return pack;
}

describe('micro-lesson links (微课)', () => {
  it('take http(s) only, refusing javascript:, data:, file:, relative and other addresses, naming the field in both languages', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:video/mp4;base64,AAAA', 'file:///C:/lessons/a.mp4', '/lessons/a.mp4', 'lessons/a.mp4', '//intranet/a.mp4', 'chrome://settings', 'ftp://intranet/a.mp4', 'blob:https://x/1', 'https://']) {
      const result = parsePackValue('lesson.json', packWithLesson({ ...video, url }));
      expect(result.ok, url).toBe(false);
      if (result.ok) continue;
      const problem = result.problems.find((p) => p.path === 'checklists[0].items[5].lesson.url');
      expect(problem, url).toBeDefined();
      expect(problem!.words?.what.en, url).toMatch(/lesson link must be a full “http:\/\/” or “https:\/\/” address/);
      expect(problem!.words?.what['zh-CN'], url).toMatch(/微课链接/);
      expect(problem!.words?.where.en, url).toMatch(/micro-lesson/);
    }
    expect(parsePackValue('lesson.json', packWithLesson(video)).ok).toBe(true);
    expect(parsePackValue('lesson.json', packWithLesson({ ...video, url: 'http://10.2.3.4:8080/doc/manual.pdf', kind: 'document' })).ok).toBe(true);
    // the kind and both titles are required
    const noKind = parsePackValue('lesson.json', packWithLesson({ url: video.url, title: video.title }));
    expect(!noKind.ok && noKind.problems.some((p) => p.path === 'checklists[0].items[5].lesson.kind')).toBe(true);
  });

  it('a link or title that holds patient data is caught by the pack data scan, like every other text', () => {
    const pack = packWithLesson({ ...video, url: 'https://intranet.hospital.example/lessons/a.mp4?patient=110101199003077578' });
    expect(patientDataProblems(pack).map((p) => p.path)).toContain('checklists[0].items[5].lesson.url');
    expect(patientDataProblems(packWithLesson(video))).toEqual([]);
  });

  it('a field tip can carry one, checked the same way', () => {
    const pack = learningPackInput();
    pack.tips[0].lesson = { ...video, url: 'javascript:alert(1)' };
    const refused = parsePackValue('tip.json', pack);
    expect(!refused.ok && refused.problems.some((p) => p.path === 'tips[0].lesson.url')).toBe(true);
    pack.tips[0].lesson = video;
    expect(parsePackValue('tip.json', pack).ok).toBe(true);
  });

  it('is watched in the lesson page only for a video file the browser plays itself', () => {
    expect(isDirectVideoFile('https://h/a/b.MP4')).toBe(true);
    expect(isDirectVideoFile('http://h/a.webm?token=1#t=3')).toBe(true);
    expect(isDirectVideoFile('https://h/watch?v=a.mp4')).toBe(false); // a portal page, not the file
    expect(isDirectVideoFile('javascript:x.mp4')).toBe(false);
    expect(lessonPlayback(video)).toBe('watch-in-player');
    expect(lessonPlayback({ ...video, url: 'https://videos.hospital.example/watch/123' })).toBe('open-only');
    expect(lessonPlayback({ ...video, kind: 'document' })).toBe('open-only');
  });
});

/** Play from `from` to `to` as timeupdate would report it: every 0.25 s. */
function play(ranges: PlayedRanges, from: number, to: number): PlayedRanges {
  let at = from;
  let out = ranges;
  while (at < to) {
    const next = Math.min(to, at + 0.25);
    out = addPlayed(out, at, next);
    at = next;
  }
  return out;
}

describe('the watched-time rule', () => {
  it('counts what was played; a seek to the end adds nothing', () => {
    let ranges = play([], 0, 5);
    ranges = addPlayed(ranges, 5, 99.5); // the learner drags to the end
    ranges = play(ranges, 99.5, 100);
    expect(playedSeconds(ranges)).toBeCloseTo(5.5);
    expect(watchedToEnd(playedSeconds(ranges), 100, true)).toBe(false);
  });

  it('needs 90 % of the duration played, and the end reached', () => {
    const all = play([], 0, 100);
    expect(playedSeconds(all)).toBeCloseTo(100);
    expect(watchedToEnd(playedSeconds(all), 100, true)).toBe(true);
    expect(watchedToEnd(playedSeconds(all), 100, false)).toBe(false);
    // skipping 8 s in the middle is fine, 11 s is not
    const skipped8 = play(addPlayed(play([], 0, 40), 40, 48), 48, 100);
    expect(watchedToEnd(playedSeconds(skipped8), 100, true)).toBe(true);
    const skipped11 = play(play([], 0, 40), 51, 100);
    expect(watchedToEnd(playedSeconds(skipped11), 100, true)).toBe(false);
    expect(watchedToEnd(90, 100, true)).toBe(true);
    expect(watchedToEnd(89.9, 100, true)).toBe(false);
  });

  it('watching the same part again counts once', () => {
    let ranges = play([], 0, 10);
    for (let i = 0; i < 20; i++) ranges = play(ranges, 0, 10);
    expect(playedSeconds(ranges)).toBeCloseTo(10);
    expect(watchedToEnd(playedSeconds(ranges), 100, true)).toBe(false);
  });

  it('refuses durations a stream or a broken file reports', () => {
    expect(watchedToEnd(100, Number.POSITIVE_INFINITY, true)).toBe(false);
    expect(watchedToEnd(100, Number.NaN, true)).toBe(false);
    expect(watchedToEnd(0, 0, true)).toBe(false);
    expect(addPlayed([], Number.NaN, 1)).toEqual([]);
    expect(addPlayed([], 3, 2)).toEqual([]);
  });

  it('the background decides from the pack: a playable video needs "watched" with enough played; anything else ticks when opened', () => {
    expect(lessonTickOutcome(video, { outcome: 'opened' })).toBe('not-yet');
    expect(lessonTickOutcome(video, { outcome: 'watched', playedSeconds: 10, durationSeconds: 100 })).toBe('not-yet');
    expect(lessonTickOutcome(video, { outcome: 'watched', playedSeconds: 95, durationSeconds: 100 })).toBe('watched');
    const portal = { ...video, url: 'https://videos.hospital.example/watch/123' };
    expect(lessonTickOutcome(portal, { outcome: 'opened' })).toBe('opened');
    expect(lessonTickOutcome({ ...video, kind: 'document' }, { outcome: 'opened' })).toBe('opened');
  });
});

describe('the tick statement', () => {
  it('is "experienced" on the checklist item, says how it was done, is valid xAPI and ticks the item', () => {
    const pack = ContentPack.parse(packWithLesson(video));
    const checklist = pack.checklists[0]!;
    const item = checklist.items.find((i) => i.id === 'lesson');
    if (item?.kind !== 'lesson') throw new Error('no lesson item');
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const learner = { learnerId: 'learner-me', homePage: 'https://hospital.example', role: 'registrar', language: 'zh-CN' as const };
    const statement = lessonTickStatement('watched', pack, checklist, item, learner, new Date('2026-12-06T09:00:00Z'), newId);
    expect(statement.verb.id).toBe(VERB.experienced);
    expect(statement.object.id).toBe(checklistItemActivityId(pack.id, checklist.id, 'lesson'));
    expect(statement.object.definition.name).toEqual({ 'zh-CN': '微课：开医嘱', en: 'Lesson: order entry' });
    expect(statement.result).toEqual({ completion: true, extensions: { [EXTENSION.lessonOutcome]: 'watched' } });
    expect(JSON.stringify(statement)).not.toContain('order-entry.mp4'); // the link is the pack's, not needed in the record
    expect(validateStatement(statement)).toEqual([]);
    const opened = lessonTickStatement('opened', pack, checklist, item, learner, new Date('2026-12-06T09:00:00Z'), newId);
    expect(opened.result).toEqual({ extensions: { [EXTENSION.lessonOutcome]: 'opened' } });

    const before = checklistProgress(pack, checklist, [], 'learner-me', new Date('2026-12-06'));
    expect(before.items.find((i) => i.item.id === 'lesson')!.done).toBe(false);
    const after = checklistProgress(pack, checklist, [statement], 'learner-me', new Date('2026-12-06'));
    expect(after.items.find((i) => i.item.id === 'lesson')!.done).toBe(true);
  });
});
