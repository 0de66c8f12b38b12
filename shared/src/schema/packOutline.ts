import type { ContentPack, Tour } from './contentPack.ts';
import type { Quiz } from './learningContent.ts';

/** A tour without its steps (their count kept): what lists, searches and page offers need. */
export type TourOutline = Omit<Tour, 'steps'> & { stepCount: number };
/** A quiz by its name only: checklists name it. */
export type QuizOutline = Pick<Quiz, 'id' | 'title'>;

/**
 * An installed pack without what only a running tour or an open quiz reads (steps with their
 * texts and targets, questions). With a realistic pack set (600 tours, ~8 MB) the outlines are a
 * few hundred KB: the popup and the background's page offers read these, not the packs.
 */
export type PackOutline = Omit<ContentPack, 'tours' | 'quizzes'> & { tours: TourOutline[]; quizzes: QuizOutline[] };

export function packOutline(pack: ContentPack): PackOutline {
  return {
    ...pack,
    tours: pack.tours.map(({ steps, ...tour }) => ({ ...tour, stepCount: steps.length })),
    quizzes: pack.quizzes.map((quiz) => ({ id: quiz.id, title: quiz.title })),
  };
}
