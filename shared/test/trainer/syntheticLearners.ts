import { seededRandom, type Random } from '../../src/hospital/seededRandom.ts';
import { scoreQuiz, type QuizAnswer } from '../../src/learning/quizScoring.ts';
import { quizStatements } from '../../src/learning/quizStatements.ts';
import type { IncomingStatement } from '../../src/record/statementValidation.ts';
import { tourStatement, type StatementLearner } from '../../src/record/tourStatements.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';
import { attemptedStatement, resultStatements, type ScenarioAttemptRef } from '../../src/scenario/scenarioStatements.ts';
import { Quiz } from '../../src/schema/learningContent.ts';
import type { TourEffect, TourRun } from '../../src/tour/tourMachine.ts';

/**
 * Synthetic learners' statements, deterministic per seed, made by the product's own statement
 * builders: tours with launched/progressed/completed, quizzes with cmi.interaction answers
 * (ability vs. difficulty, so item analysis has something to find), sandbox scenarios with
 * scores, and the odd target-missing report. Used by unit tests, e2e bundles and `pnpm bench merge`.
 */

export interface SyntheticTour {
  id: string;
  title: { 'zh-CN': string; en: string };
  steps: number;
}
export interface SyntheticPack {
  id: string;
  version: string;
  roles: string[];
  tours: SyntheticTour[];
  quiz: { id: string; title: { 'zh-CN': string; en: string }; questions: { id: string; difficulty: number }[] };
  scenario: { id: string; title: { 'zh-CN': string; en: string } };
}

export const SYNTHETIC_PACKS: SyntheticPack[] = [
  {
    id: 'demo-registration',
    version: '1.2.0',
    roles: ['registrar', 'cashier'],
    tours: [
      { id: 'registration-basics', title: { 'zh-CN': '门诊挂号入门', en: 'Outpatient registration basics' }, steps: 5 },
      { id: 'cancel-registration', title: { 'zh-CN': '退号', en: 'Cancelling a registration' }, steps: 4 },
      { id: 'new-patient', title: { 'zh-CN': '新建患者档案', en: 'Creating a patient record' }, steps: 6 },
    ],
    quiz: {
      id: 'registration-quiz',
      title: { 'zh-CN': '挂号测验', en: 'Registration quiz' },
      questions: [
        { id: 'q-id-checksum', difficulty: -1.2 },
        { id: 'q-one-per-day', difficulty: -0.3 },
        { id: 'q-insurance-pay', difficulty: 0.4 },
        { id: 'q-duplicate', difficulty: 1.1 },
        { id: 'q-refund', difficulty: 0 },
      ],
    },
    scenario: { id: 'busy-morning', title: { 'zh-CN': '早高峰挂号演练', en: 'Busy morning drill' } },
  },
  {
    id: 'ward-nursing',
    version: '0.9.1',
    roles: ['nurse'],
    tours: [
      { id: 'order-execution', title: { 'zh-CN': '医嘱执行', en: 'Executing orders' }, steps: 7 },
      { id: 'nursing-record', title: { 'zh-CN': '护理记录', en: 'Nursing records' }, steps: 6 },
    ],
    quiz: {
      id: 'nursing-quiz',
      title: { 'zh-CN': '护理测验', en: 'Nursing quiz' },
      questions: [
        { id: 'q-double-check', difficulty: -0.8 },
        { id: 'q-stat-order', difficulty: 0.2 },
        { id: 'q-skin-test', difficulty: 0.9 },
        { id: 'q-handover', difficulty: -0.1 },
      ],
    },
    scenario: { id: 'night-shift', title: { 'zh-CN': '夜班交接演练', en: 'Night shift handover drill' } },
  },
  {
    id: 'physician-orders',
    version: '2.0.0',
    roles: ['physician'],
    tours: [
      { id: 'order-entry', title: { 'zh-CN': '医嘱开立', en: 'Order entry' }, steps: 8 },
      { id: 'note-writing', title: { 'zh-CN': '病历书写', en: 'Writing notes' }, steps: 6 },
    ],
    quiz: {
      id: 'orders-quiz',
      title: { 'zh-CN': '医嘱测验', en: 'Orders quiz' },
      questions: [
        { id: 'q-allergy-alert', difficulty: -0.5 },
        { id: 'q-dose-limit', difficulty: 0.6 },
        { id: 'q-discontinue', difficulty: 0.1 },
      ],
    },
    scenario: { id: 'admission', title: { 'zh-CN': '入院医嘱演练', en: 'Admission orders drill' } },
  },
];

export const SYNTHETIC_DEPARTMENTS: Record<string, string[]> = {
  registrar: ['门诊部', '急诊科'],
  cashier: ['收费处', '门诊部'],
  nurse: ['心内一病区', '呼吸科病区', '急诊科'],
  physician: ['心内科', '呼吸科', '急诊科'],
};

/** What the synthetic tours' steps are called (the n-th step of every tour), so the views have step titles to show. */
const STEP_WORDS: { 'zh-CN': string; en: string }[] = [
  { 'zh-CN': '打开工作台', en: 'Open the workspace' },
  { 'zh-CN': '查找患者', en: 'Find the patient' },
  { 'zh-CN': '填写信息', en: 'Fill in the form' },
  { 'zh-CN': '核对医保', en: 'Check the insurance' },
  { 'zh-CN': '提交', en: 'Submit' },
  { 'zh-CN': '打印凭条', en: 'Print the slip' },
  { 'zh-CN': '双人核对', en: 'Double-check' },
  { 'zh-CN': '完成', en: 'Finish' },
];

/** The synthetic tour's steps with ids `step-1`… and titles ("Find the patient"). */
export function syntheticSteps(tour: SyntheticTour): { id: string; title: { 'zh-CN': string; en: string } }[] {
  return Array.from({ length: tour.steps }, (_, i) => ({ id: `step-${i + 1}`, title: STEP_WORDS[i % STEP_WORDS.length]! }));
}

export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random.next() * 4) + 8) as number).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SyntheticLearner {
  learnerId: string;
  homePage: string;
  role: string;
  department: string;
  /** higher answers more quiz questions right */
  ability: number;
  /** 0..1: how far through the training this learner got */
  diligence: number;
}

export function syntheticLearner(seed: number, homePage = 'https://hospital.example.cn'): SyntheticLearner {
  const random = seededRandom(seed * 7919 + 17);
  const pack = random.pick(SYNTHETIC_PACKS);
  const role = random.pick(pack.roles);
  return {
    learnerId: seededUuid(random),
    homePage,
    role,
    department: random.pick(SYNTHETIC_DEPARTMENTS[role]!),
    ability: (random.next() + random.next() + random.next() - 1.5) * 2,
    diligence: Math.min(1, random.next() * 1.4),
  };
}

/** The synthetic pack's quiz as a real content-pack quiz: single-choice questions, option `a` right. */
function packQuiz(pack: SyntheticPack): Quiz {
  return Quiz.parse({
    id: pack.quiz.id,
    title: pack.quiz.title,
    roles: pack.roles,
    passMark: 0.6,
    questions: pack.quiz.questions.map((q) => ({
      id: q.id,
      type: 'single-choice',
      prompt: { 'zh-CN': `题目 ${q.id}`, en: `Question ${q.id}` },
      options: ['a', 'b', 'c'].map((id) => ({ id, text: { 'zh-CN': id, en: id } })),
      correct: 'a',
    })),
  });
}
const QUIZZES = new Map(SYNTHETIC_PACKS.map((pack) => [pack.id, packQuiz(pack)]));

/**
 * About `target` statements for one learner (a little more: an attempt is never cut short),
 * made by the product's own builders — tourStatement (the extension's tour log), quizStatements
 * (the quiz page), resultStatements (the sandbox's scenario log) — so what the trainer's side is
 * tested on is what the product emits. Time runs forward from `start`.
 */
export function syntheticLearnerStatements(learner: SyntheticLearner, target: number, seed: number, start = Date.parse('2026-11-02T01:00:00Z')): IncomingStatement[] {
  const random = seededRandom(seed * 104729 + 3);
  const pack = SYNTHETIC_PACKS.find((p) => p.roles.includes(learner.role)) ?? SYNTHETIC_PACKS[0]!;
  const packRef = { id: pack.id, version: pack.version, title: { 'zh-CN': pack.id, en: pack.id } };
  const who: StatementLearner = { learnerId: learner.learnerId, homePage: learner.homePage, role: learner.role, department: learner.department, language: 'zh-CN' };
  const out: IncomingStatement[] = [];
  let now = start + random.int(0, 14 * 24 * 60) * 60_000;
  const tick = () => {
    now += random.int(5, 90) * 1000;
    return new Date(now);
  };
  const newId = () => seededUuid(random);

  let round = 0;
  let quizAttempt = 0;
  while (out.length < target) {
    for (const tour of pack.tours) {
      if (out.length >= target) break;
      if (round === 0 && random.next() > learner.diligence + 0.15) continue;
      const run: TourRun = { packId: pack.id, packVersion: pack.version, tourId: tour.id, registration: seededUuid(random), startedAt: now, stepIndex: 0, stepCount: tour.steps, status: 'running' };
      const steps = syntheticSteps(tour);
      const log = (effect: TourEffect, stepIndex = run.stepIndex) => out.push(tourStatement({ effect, run: { ...run, stepIndex }, pack: packRef, tour, steps, learner: who, now: tick(), newId }));
      log({ kind: 'launched' });
      const reach = random.next() < learner.diligence + 0.2 ? tour.steps : random.int(0, tour.steps - 1);
      for (let step = 0; step < reach; step++) {
        const stepId = `step-${step + 1}`;
        if (random.chance(0.03)) log({ kind: 'target-missing', stepId, stepIndex: step, resolution: random.chance(0.7) ? 'missing' : 'ambiguous', pagePattern: 'http://his.example.cn/*' }, step);
        log({ kind: 'progressed', stepId, stepIndex: step, skipped: random.chance(0.05) }, step);
      }
      if (reach === tour.steps) log({ kind: 'completed', durationMs: now - run.startedAt }, tour.steps - 1);
    }
    if (out.length < target && (round > 0 || random.next() < learner.diligence + 0.1)) {
      const quiz = QUIZZES.get(pack.id)!;
      const answers: Record<string, QuizAnswer> = {};
      for (const question of pack.quiz.questions) {
        const p = 1 / (1 + Math.exp(-(learner.ability - question.difficulty) * 1.7));
        answers[question.id] = { type: 'single-choice', optionId: random.next() < p ? 'a' : random.pick(['b', 'c']) };
      }
      const startedAt = new Date(now);
      const finishedAt = tick();
      now += quiz.questions.length + 1; // the statements are stamped a millisecond apart from finishedAt
      out.push(...quizStatements({ pack: packRef, quiz, learner: who, registration: seededUuid(random), attempt: ++quizAttempt, seed: random.int(1, 1_000_000) }, quiz.questions, answers, scoreQuiz(quiz, answers), { startedAt, finishedAt }, newId));
    }
    if (out.length < target && random.next() < learner.diligence) {
      const startedAt = new Date(now);
      const attempt = { registration: seededUuid(random), scenario: { id: pack.scenario.id, version: '1.0.0', title: pack.scenario.title, goal: pack.scenario.title, roles: pack.roles as ScenarioAttemptRef['scenario']['roles'] }, mode: 'practice' as const, startedAt };
      out.push(attemptedStatement(attempt, who, { now: tick(), newId }));
      const score = Math.round(Math.min(1, Math.max(0, 0.6 + learner.ability * 0.2 + (random.next() - 0.5) * 0.3)) * 100);
      const finished = tick();
      out.push(...resultStatements(attempt, who, { checks: [], traps: [], score, timedOut: false, passed: score >= 70, durationMs: finished.getTime() - startedAt.getTime() }, { now: finished, newId }));
      now += 1;
    }
    round++;
    now += random.int(60, 3 * 24 * 60) * 60_000;
    if (round > 1000) break;
  }
  return out;
}

/** About `count` statements of the learner seed `seed` makes. */
export function seededLearnerStatements(seed: number, count: number): IncomingStatement[] {
  return syntheticLearnerStatements(syntheticLearner(seed), count, seed);
}

/** A cohort: learners of seeds 0 to `learners - 1`, about `perLearner` statements each, in one list. */
export function syntheticCohortStatements(learners: number, perLearner: number): IncomingStatement[] {
  return Array.from({ length: learners }, (_, i) => seededLearnerStatements(i, perLearner)).flat();
}

/** The one hand-made learner of the record tests: a registrar at the outpatient desk. */
export const REGISTRAR_LEARNER: StatementLearner = {
  learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44',
  homePage: 'https://h.example',
  role: 'registrar',
  department: '门诊部',
  language: 'zh-CN',
};

/** A statement the extension makes for REGISTRAR_LEARNER on tour `tour.id` of pack `p`, one attempt. */
export function registrarTourStatement(effect: TourEffect, at: string, tour: { id: string; stepIndex: number; stepCount: number }): XapiStatement {
  return tourStatement({
    effect,
    run: { packId: 'p', packVersion: '1.0.0', tourId: tour.id, registration: '6f8a7d2e-1b3c-4d5e-8f90-a1b2c3d4e5f6', startedAt: 0, stepIndex: tour.stepIndex, stepCount: tour.stepCount, status: 'running' },
    pack: { id: 'p', version: '1.0.0', title: { 'zh-CN': '包', en: 'Pack' } },
    tour: { id: tour.id, title: { 'zh-CN': '导览', en: 'Tour' } },
    learner: REGISTRAR_LEARNER,
    now: new Date(at),
    newId: () => crypto.randomUUID(),
  });
}
