import { VERB } from '../xapi/vocabulary.ts';
import { activityKind, type StatementFact } from '../record/statementFacts.ts';

/**
 * Classical item analysis of quiz questions, from `answered` statements about cmi.interaction
 * activities. The unit is one attempt: a quiz (the statement's parent activity, else its pack)
 * within one registration. Only the first answer to a question in an attempt counts, and only
 * answers that carry `result.success` (or a scaled score: 1 = right).
 *
 * - difficulty p: share of attempts that answered the question right (higher = easier);
 * - discrimination: corrected item-total (point-biserial) correlation, the question's 0/1 score
 *   against the rest of the attempt's score, so the item does not correlate with itself;
 * - upper-lower index D: p in the top 27 % of attempts by total minus p in the bottom 27 %;
 * - KR-20 reliability of the quiz, over attempts that answered every question.
 *
 * Flags follow common rules of thumb: p < 0.2 too hard, p > 0.95 too easy, discrimination
 * < 0.2 weak, < 0 negative (check the answer key).
 */

export type QuestionFlag = 'too-hard' | 'too-easy' | 'weak-discrimination' | 'negative-discrimination' | 'few-answers';

export interface QuestionStats {
  question: string;
  quiz: string;
  answers: number;
  correct: number;
  difficulty: number;
  discrimination: number | null;
  upperLower: number | null;
  flags: QuestionFlag[];
}

export interface QuizStats {
  quiz: string;
  pack: string;
  attempts: number;
  learners: number;
  /** mean share right per attempt, 0..1 */
  meanScore: number;
  reliability: number | null;
  questions: QuestionStats[];
}

/** below this many answers, statistics are shown but flagged */
export const MIN_ANSWERS = 10;

interface Attempt {
  learner: string;
  answers: Map<string, number>;
}

export class QuizItemAccumulator {
  private readonly quizzes = new Map<string, { pack: string; attempts: Map<string, Attempt> }>();

  add(fact: StatementFact): void {
    if (fact.verb !== VERB.answered || activityKind(fact.type) !== 'question') return;
    const right = fact.success !== undefined ? fact.success : fact.scaled !== undefined ? fact.scaled >= 1 : undefined;
    if (right === undefined) return;
    const quizId = fact.parent || fact.pack || 'unknown';
    let quiz = this.quizzes.get(quizId);
    if (!quiz) this.quizzes.set(quizId, (quiz = { pack: fact.pack, attempts: new Map() }));
    const attemptKey = `${fact.learner}\u0000${fact.registration}`;
    let attempt = quiz.attempts.get(attemptKey);
    if (!attempt) quiz.attempts.set(attemptKey, (attempt = { learner: fact.learner, answers: new Map() }));
    // facts may arrive in any order: keep the earliest answer per question
    const previous = attempt.answers.get(fact.object);
    const stamp = fact.t * 2 + (right ? 1 : 0);
    if (previous === undefined || stamp < previous) attempt.answers.set(fact.object, stamp);
  }

  result(): QuizStats[] {
    return [...this.quizzes.entries()].map(([quiz, { pack, attempts }]) => analyseQuiz(quiz, pack, [...attempts.values()]));
  }
}

export function quizItemAnalysis(facts: Iterable<StatementFact>): QuizStats[] {
  const acc = new QuizItemAccumulator();
  for (const fact of facts) acc.add(fact);
  return acc.result();
}

function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

function analyseQuiz(quiz: string, pack: string, attempts: Attempt[]): QuizStats {
  const scored = attempts.map((a) => {
    const answers = new Map<string, number>();
    for (const [q, stamp] of a.answers) answers.set(q, stamp % 2);
    let total = 0;
    for (const v of answers.values()) total += v;
    return { learner: a.learner, answers, total, share: answers.size ? total / answers.size : 0 };
  });
  const questions = [...new Set(scored.flatMap((a) => [...a.answers.keys()]))].sort();

  // upper and lower 27 % by total score
  const ranked = [...scored].sort((a, b) => a.total - b.total);
  const groupSize = Math.max(1, Math.round(ranked.length * 0.27));
  const lower = ranked.slice(0, groupSize);
  const upper = ranked.slice(-groupSize);
  const share = (group: typeof scored, q: string): number | null => {
    const answered = group.filter((a) => a.answers.has(q));
    return answered.length ? answered.reduce((sum, a) => sum + a.answers.get(q)!, 0) / answered.length : null;
  };

  const stats: QuestionStats[] = questions.map((question) => {
    const item: number[] = [];
    const rest: number[] = [];
    for (const a of scored) {
      const v = a.answers.get(question);
      if (v === undefined) continue;
      item.push(v);
      rest.push(a.total - v);
    }
    const correct = item.reduce((s, v) => s + v, 0);
    const difficulty = item.length ? correct / item.length : 0;
    const discrimination = correlation(item, rest);
    const pu = ranked.length >= 2 ? share(upper, question) : null;
    const pl = ranked.length >= 2 ? share(lower, question) : null;
    const flags: QuestionFlag[] = [];
    if (item.length < MIN_ANSWERS) flags.push('few-answers');
    if (difficulty < 0.2) flags.push('too-hard');
    if (difficulty > 0.95) flags.push('too-easy');
    if (discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
    else if (discrimination !== null && discrimination < 0.2) flags.push('weak-discrimination');
    return {
      question,
      quiz,
      answers: item.length,
      correct,
      difficulty,
      discrimination,
      upperLower: pu === null || pl === null ? null : pu - pl,
      flags,
    };
  });

  // KR-20 over complete attempts
  const complete = scored.filter((a) => questions.every((q) => a.answers.has(q)));
  let reliability: number | null = null;
  const k = questions.length;
  if (k >= 2 && complete.length >= 2) {
    const mean = complete.reduce((s, a) => s + a.total, 0) / complete.length;
    const variance = complete.reduce((s, a) => s + (a.total - mean) ** 2, 0) / complete.length;
    const pq = questions.reduce((s, q) => {
      const p = complete.reduce((c, a) => c + a.answers.get(q)!, 0) / complete.length;
      return s + p * (1 - p);
    }, 0);
    reliability = variance > 0 ? (k / (k - 1)) * (1 - pq / variance) : null;
  }

  return {
    quiz,
    pack,
    attempts: scored.length,
    learners: new Set(scored.map((a) => a.learner)).size,
    meanScore: scored.length ? scored.reduce((s, a) => s + a.share, 0) / scored.length : 0,
    reliability,
    questions: stats,
  };
}
