import type { Quiz } from '../schema/learningContent.ts';

/** What a learner should know before starting a quiz (issue 17): size, pass mark, time and attempts left. */
export interface QuizStartFacts {
  questions: number;
  points: number;
  /** the pass mark as a whole percentage of the points */
  passPercent: number;
  /** minutes allowed; null = no time limit (the quiz schema has none today) */
  timeLimitMinutes: number | null;
  /** null = unlimited */
  attemptsLeft: number | null;
}

export function quizStartFacts(quiz: Quiz & { timeLimitMinutes?: number }, status: { attemptsUsed: number; attemptsLimit: number | null } | null | undefined): QuizStartFacts {
  const limit = status ? status.attemptsLimit : (quiz.attemptsLimit ?? null);
  const used = status?.attemptsUsed ?? 0;
  return {
    questions: quiz.questions.length,
    points: quiz.questions.reduce((sum, q) => sum + q.points, 0),
    passPercent: Math.round(quiz.passMark * 100),
    timeLimitMinutes: quiz.timeLimitMinutes ?? null,
    attemptsLeft: limit === null ? null : Math.max(0, limit - used),
  };
}
