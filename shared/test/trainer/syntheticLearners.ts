import { seededRandom, type Random } from '../../src/hospital/seededRandom.ts';
import type { IncomingStatement } from '../../src/record/statementValidation.ts';
import { tourStatement, type StatementLearner } from '../../src/record/tourStatements.ts';
import { ACTIVITY_TYPE, EXTENSION, VERB, VERB_DISPLAY, packActivityId, tourActivityId, PRECEPTOR_IRI } from '../../src/xapi/vocabulary.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';
import type { TourEffect } from '../../src/tour/tourMachine.ts';

/**
 * Synthetic learners' statements, deterministic per seed, shaped like the extension's:
 * tours with launched/progressed/completed, quizzes with cmi.interaction answers (ability vs.
 * difficulty, so item analysis has something to find), scenarios with scores, and the odd
 * target-missing report. Used by unit tests and by `pnpm bench merge`.
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

/** display names by verb IRI, from the product's vocabulary */
const DISPLAY: Record<string, Record<string, string>> = Object.fromEntries(Object.entries(VERB).map(([name, iri]) => [iri, VERB_DISPLAY[name as keyof typeof VERB]]));

/**
 * About `target` statements for one learner (a little more: an attempt is never cut short).
 * Time runs forward from `start` in minutes.
 */
export function syntheticLearnerStatements(learner: SyntheticLearner, target: number, seed: number, start = Date.parse('2026-11-02T01:00:00Z')): IncomingStatement[] {
  const random = seededRandom(seed * 104729 + 3);
  const pack = SYNTHETIC_PACKS.find((p) => p.roles.includes(learner.role)) ?? SYNTHETIC_PACKS[0]!;
  const out: IncomingStatement[] = [];
  let now = start + random.int(0, 14 * 24 * 60) * 60_000;
  const packId = packActivityId(pack.id);
  const context = (registration: string, parent?: string) => ({
    registration,
    platform: 'Preceptor',
    language: 'zh-CN',
    contextActivities: {
      grouping: [{ objectType: 'Activity' as const, id: packId }],
      ...(parent ? { parent: [{ objectType: 'Activity' as const, id: parent }] } : {}),
    },
    extensions: { [EXTENSION.packVersion]: pack.version, [EXTENSION.role]: learner.role, [EXTENSION.department]: learner.department },
  });
  const emit = (verb: string, object: IncomingStatement['object'], registration: string, result?: IncomingStatement['result'], parent?: string) => {
    now += random.int(5, 90) * 1000;
    const statement: IncomingStatement = {
      id: seededUuid(random),
      actor: { objectType: 'Agent', account: { homePage: learner.homePage, name: learner.learnerId } },
      verb: { id: verb, display: DISPLAY[verb]! },
      object,
      context: context(registration, parent),
      timestamp: new Date(now).toISOString(),
    };
    if (result) statement.result = result;
    out.push(statement);
  };

  let round = 0;
  while (out.length < target) {
    for (const tour of pack.tours) {
      if (out.length >= target) break;
      if (round === 0 && random.next() > learner.diligence + 0.15) continue;
      const object = { objectType: 'Activity' as const, id: tourActivityId(pack.id, tour.id), definition: { type: ACTIVITY_TYPE.tour, name: tour.title } };
      const registration = seededUuid(random);
      const startedAt = now;
      emit(VERB.launched, object, registration);
      const reach = random.next() < learner.diligence + 0.2 ? tour.steps : random.int(0, tour.steps - 1);
      for (let step = 0; step < reach; step++) {
        if (random.chance(0.03)) {
          emit(VERB['target-missing'], object, registration, {
            extensions: {
              [EXTENSION.stepId]: `step-${step + 1}`,
              [EXTENSION.stepIndex]: step,
              [`${PRECEPTOR_IRI}/extensions/resolution`]: random.chance(0.7) ? 'missing' : 'ambiguous',
              [`${PRECEPTOR_IRI}/extensions/page-pattern`]: 'http://his.example.cn/*',
            },
          });
        }
        emit(VERB.progressed, object, registration, {
          extensions: {
            [EXTENSION.stepId]: `step-${step + 1}`,
            [EXTENSION.stepIndex]: step,
            [EXTENSION.skipped]: random.chance(0.05),
            [EXTENSION.progress]: Math.round(((step + 1) / tour.steps) * 100),
          },
        });
      }
      if (reach === tour.steps) emit(VERB.completed, object, registration, { completion: true, duration: `PT${Math.round((now - startedAt) / 1000)}S` });
    }
    if (out.length < target && (round > 0 || random.next() < learner.diligence + 0.1)) {
      const quizId = `${packId}/quizzes/${pack.quiz.id}`;
      const registration = seededUuid(random);
      let correct = 0;
      for (const question of pack.quiz.questions) {
        const p = 1 / (1 + Math.exp(-(learner.ability - question.difficulty) * 1.7));
        const success = random.next() < p;
        if (success) correct++;
        emit(
          VERB.answered,
          {
            objectType: 'Activity',
            id: `${quizId}/questions/${question.id}`,
            definition: { type: ACTIVITY_TYPE.question, interactionType: 'choice', name: { 'zh-CN': `题目 ${question.id}`, en: `Question ${question.id}` }, correctResponsesPattern: ['a'], choices: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
          },
          registration,
          { success, response: success ? 'a' : random.pick(['b', 'c']) },
          quizId,
        );
      }
      const scaled = correct / pack.quiz.questions.length;
      const quizObject = { objectType: 'Activity' as const, id: quizId, definition: { type: ACTIVITY_TYPE.quiz, name: pack.quiz.title } };
      emit(scaled >= 0.6 ? VERB.passed : VERB.failed, quizObject, registration, {
        success: scaled >= 0.6,
        completion: true,
        score: { scaled, raw: correct, min: 0, max: pack.quiz.questions.length },
      });
    }
    if (out.length < target && random.next() < learner.diligence) {
      const object = { objectType: 'Activity' as const, id: `${packId}/scenarios/${pack.scenario.id}`, definition: { type: ACTIVITY_TYPE.scenario, name: pack.scenario.title } };
      const registration = seededUuid(random);
      emit(VERB.launched, object, registration);
      const scaled = Math.round(Math.min(1, Math.max(0, 0.6 + learner.ability * 0.2 + (random.next() - 0.5) * 0.3)) * 100) / 100;
      emit(VERB.completed, object, registration, { completion: true, success: scaled >= 0.7, score: { scaled } });
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
