import type { ContentPack } from '../schema/contentPack.ts';
import type { Checklist, LessonLink } from '../schema/learningContent.ts';
import { isReadingLink } from '../schema/learningContent.ts';
import type { StatementLearner } from '../record/statementParts.ts';
import type { XapiStatement } from '../record/xapiStatement.ts';
import { EXTENSION } from '../xapi/vocabulary.ts';
import { checklistItemStatement } from './learnerStatements.ts';

/**
 * Micro-lessons (微课, issue 16 item 6): when a lesson counts as done, and the statement that
 * ticks it. A video file the browser plays itself is watched in the extension's lesson page,
 * which can tell it was watched; for anything else (a video portal, a document) the extension
 * only knows it opened the link, and says so.
 */

/** Share of a video's duration that must have been played (not skipped over) for "watched". */
export const WATCHED_SHARE = 0.9;

const VIDEO_FILE = /\.(mp4|webm)$/i;

/** A video the lesson page can play in a <video> element and watch: an http(s) .mp4 or .webm file. */
export function isDirectVideoFile(url: string): boolean {
  if (!isReadingLink(url)) return false;
  return VIDEO_FILE.test(new URL(url).pathname);
}

/** How the lesson is done: watched in the lesson page, or only opened in a new tab. */
export type LessonPlayback = 'watch-in-player' | 'open-only';

export function lessonPlayback(lesson: Pick<LessonLink, 'url' | 'kind'>): LessonPlayback {
  return lesson.kind === 'video' && isDirectVideoFile(lesson.url) ? 'watch-in-player' : 'open-only';
}

/** Stretches of a video that were played, [from, to] in seconds, merged and in order. */
export type PlayedRanges = readonly (readonly [number, number])[];

/**
 * Longest gap between two playback positions still counted as playing: `timeupdate` fires every
 * 15–250 ms, so a bigger jump is a seek (or a skip), never watching.
 */
export const MAX_PLAYED_STEP_SECONDS = 1.5;

/**
 * Add the stretch from one playback position to the next while the video plays. A step backwards or
 * one longer than MAX_PLAYED_STEP_SECONDS is a seek: it adds nothing.
 */
export function addPlayed(ranges: PlayedRanges, from: number, to: number): PlayedRanges {
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from || to - from > MAX_PLAYED_STEP_SECONDS) return ranges;
  const all = [...ranges.map(([a, b]) => [a, b] as [number, number]), [from, to] as [number, number]].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of all) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1e-6) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Seconds of the video played at least once (watching a part twice counts once). */
export function playedSeconds(ranges: PlayedRanges): number {
  return ranges.reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** Watched to the end: the video ended, and at least WATCHED_SHARE of it was played rather than skipped. */
export function watchedToEnd(played: number, duration: number, ended: boolean): boolean {
  return ended && Number.isFinite(duration) && duration > 0 && Number.isFinite(played) && played >= WATCHED_SHARE * duration;
}

/** What the lesson page or the popup reports to the background. */
export type LessonReport = { outcome: 'opened' } | { outcome: 'watched'; playedSeconds: number; durationSeconds: number };

/**
 * Whether a report ticks the lesson, decided by the background from the pack's lesson (never from
 * the sender's say-so alone): a playable video needs "watched" with enough played; anything else
 * is ticked on "opened".
 */
export function lessonTickOutcome(lesson: Pick<LessonLink, 'url' | 'kind'>, report: LessonReport): 'watched' | 'opened' | 'not-yet' {
  if (lessonPlayback(lesson) === 'open-only') return 'opened';
  if (report.outcome !== 'watched') return 'not-yet';
  return watchedToEnd(report.playedSeconds, report.durationSeconds, true) ? 'watched' : 'not-yet';
}

/** The statement that ticks a lesson item: `experienced` on the checklist item, with how it was done. */
export function lessonTickStatement(
  outcome: 'watched' | 'opened',
  pack: Pick<ContentPack, 'id' | 'version'>,
  checklist: Pick<Checklist, 'id'>,
  item: { id: string; kind: 'lesson'; lesson: LessonLink; required: boolean },
  learner: StatementLearner,
  now: Date,
  newId: () => string,
): XapiStatement {
  const statement = checklistItemStatement('experienced', pack, checklist, { ...item, title: item.lesson.title }, learner, now, newId);
  return { ...statement, result: { ...(outcome === 'watched' ? { completion: true } : {}), extensions: { [EXTENSION.lessonOutcome]: outcome } } };
}
