import { describe, expect, it } from 'vitest';
import { quizStartFacts } from '../../src/learning/quizStartFacts.ts';
import { learningPack } from './fixtures.ts';

const quiz = learningPack.quizzes[0]!;

describe('the quiz start facts (issue 17: more than attempts)', () => {
  it('counts questions and points, gives the pass mark as a percentage and the attempts left', () => {
    const facts = quizStartFacts(quiz, { attemptsUsed: 1, attemptsLimit: 3 });
    expect(facts.questions).toBe(quiz.questions.length);
    expect(facts.points).toBe(quiz.questions.reduce((s, q) => s + q.points, 0));
    expect(facts.passPercent).toBe(Math.round(quiz.passMark * 100));
    expect(facts.attemptsLeft).toBe(2);
    expect(facts.timeLimitMinutes).toBeNull();
  });

  it('weights points, rounds the pass mark, never goes below 0 attempts, and says unlimited as null', () => {
    const weighted = { ...quiz, passMark: 0.666, questions: quiz.questions.map((q, i) => ({ ...q, points: i + 2 })) };
    const n = quiz.questions.length;
    const facts = quizStartFacts(weighted, { attemptsUsed: 5, attemptsLimit: 3 });
    expect(facts.points).toBe((n * (n + 3)) / 2);
    expect(facts.passPercent).toBe(67);
    expect(facts.attemptsLeft).toBe(0);
    expect(quizStartFacts(weighted, { attemptsUsed: 4, attemptsLimit: null }).attemptsLeft).toBeNull();
  });

  it('before the background answers, the attempts come from the quiz itself; a time limit is passed through', () => {
    expect(quizStartFacts({ ...quiz, attemptsLimit: 3 }, undefined).attemptsLeft).toBe(3);
    expect(quizStartFacts({ ...quiz, timeLimitMinutes: 15 }, null).timeLimitMinutes).toBe(15);
  });
});
