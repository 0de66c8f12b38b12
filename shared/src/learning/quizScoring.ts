import type { Quiz, QuizQuestion } from '../schema/learningContent.ts';
import { seededRandom } from '../hospital/seededRandom.ts';

/** What a learner gave for one question. On-screen answers are already graded in the page. */
export type QuizAnswer =
  | { type: 'single-choice'; optionId: string }
  | { type: 'multiple-choice'; optionIds: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'ordering'; itemIds: string[] }
  | { type: 'fill-in'; text: string }
  | { type: 'on-screen'; hit: boolean };

export interface QuestionScore {
  /** share of the question's points earned, 0-1 (partial credit for multiple choice and ordering) */
  share: number;
  success: boolean;
}

/**
 * The accepted answer (as the pack writes it) that a fill-in text equals, compared trimmed and,
 * unless the question says otherwise, case-insensitively; undefined when it equals none.
 */
export function matchedFillIn(question: Extract<QuizQuestion, { type: 'fill-in' }>, text: string): string | undefined {
  const norm = (s: string) => (question.caseSensitive ? s.trim() : s.trim().toLowerCase());
  const given = norm(text);
  return question.accepted.find((accepted) => norm(accepted) === given);
}

/** Grade one answer. An answer of the wrong type, or none, earns nothing. */
export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer | undefined): QuestionScore {
  const none = { share: 0, success: false };
  if (!answer || answer.type !== question.type) return none;
  switch (question.type) {
    case 'single-choice': {
      const ok = (answer as { optionId: string }).optionId === question.correct;
      return { share: ok ? 1 : 0, success: ok };
    }
    case 'multiple-choice': {
      // each right choice earns a share, each wrong one takes a share back, never below zero
      const chosen = new Set((answer as { optionIds: string[] }).optionIds);
      const correct = new Set(question.correct);
      const right = [...chosen].filter((id) => correct.has(id)).length;
      const wrong = chosen.size - right;
      const share = Math.max(0, (right - wrong) / correct.size);
      return { share, success: right === correct.size && wrong === 0 };
    }
    case 'true-false': {
      const ok = (answer as { value: boolean }).value === question.correct;
      return { share: ok ? 1 : 0, success: ok };
    }
    case 'ordering': {
      // share of items in their right place
      const given = (answer as { itemIds: string[] }).itemIds;
      const inPlace = question.correctOrder.filter((id, i) => given[i] === id).length;
      return { share: inPlace / question.correctOrder.length, success: inPlace === question.correctOrder.length };
    }
    case 'fill-in': {
      const ok = matchedFillIn(question, (answer as { text: string }).text) !== undefined;
      return { share: ok ? 1 : 0, success: ok };
    }
    case 'on-screen': {
      const ok = (answer as { hit: boolean }).hit;
      return { share: ok ? 1 : 0, success: ok };
    }
  }
}

export interface QuizResult {
  raw: number;
  max: number;
  /** raw / max, 0-1 */
  scaled: number;
  passed: boolean;
  perQuestion: Record<string, QuestionScore>;
}

export function scoreQuiz(quiz: Quiz, answers: Record<string, QuizAnswer | undefined>): QuizResult {
  let raw = 0;
  let max = 0;
  const perQuestion: Record<string, QuestionScore> = {};
  for (const question of quiz.questions) {
    const score = scoreAnswer(question, answers[question.id]);
    perQuestion[question.id] = score;
    raw += score.share * question.points;
    max += question.points;
  }
  raw = Math.round(raw * 100) / 100;
  const scaled = max === 0 ? 0 : Math.round((raw / max) * 10000) / 10000;
  return { raw, max, scaled, passed: scaled >= quiz.passMark, perQuestion };
}

/**
 * The questions (and their options) in the order one attempt shows them. The seed is recorded
 * with the attempt, so the same order can be shown again in review.
 */
export function orderForAttempt(quiz: Quiz, seed: number): Quiz['questions'] {
  if (!quiz.shuffle) return quiz.questions;
  const random = seededRandom(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return shuffle(quiz.questions).map((q) => {
    if (q.type === 'single-choice' || q.type === 'multiple-choice') return { ...q, options: shuffle(q.options) };
    if (q.type === 'ordering') return { ...q, items: shuffle(q.items) };
    return q;
  });
}
