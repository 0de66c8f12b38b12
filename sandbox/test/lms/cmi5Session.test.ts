// @vitest-environment jsdom
import * as xapiValidation from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLoopbackLrs, type LoopbackLrs } from '../../../shared/test/trainer/loopbackLrs.ts';
import demoPackJson from '../../../shared/packs/registration-demo.pack.json';
import { quizStatements } from '../../../shared/src/learning/quizStatements.ts';
import { scoreQuiz, type QuizAnswer } from '../../../shared/src/learning/quizScoring.ts';
import { tourStatement, type StatementLearner } from '../../../shared/src/record/tourStatements.ts';
import { parsePackValue } from '../../../shared/src/schema/packImport.ts';
import { quizActivityId, scenarioActivityId, tourActivityId } from '../../../shared/src/xapi/vocabulary.ts';
import { startCmi5Launcher, type LauncherHandle } from '../../src/lms/cmi5Launcher.ts';
import { CMI5_IRI, Cmi5Error, Cmi5Session, cmi5SessionFromLocation, isoDuration, readCmi5Launch } from '../../src/lms/cmi5Session.ts';
import { detectLmsSession } from '../../src/lms/detectLmsSession.ts';
import type { LmsResult } from '../../src/lms/lmsSession.ts';
import { startCmi5Lms, type Cmi5Launched, type LaunchOptions, type LoopbackCmi5Lms } from './loopbackCmi5Lms.ts';

/**
 * The cmi5 AU runtime under jsdom (the page's location, sessionStorage), against the REAL
 * `xapi-statements` LRS on loopback behind a test LMS that issues the launch, the one-time
 * token and LMS.LaunchData. What the LRS ends up holding is what is asserted.
 */

type Statement = Record<string, any>;
const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default;

const PUBLISHER_ID = scenarioActivityId('drill-03-allergy-order');
let lrs: LoopbackLrs;
let lms: LoopbackCmi5Lms;

beforeAll(async () => {
  lrs = await startLoopbackLrs();
  lms = await startCmi5Lms(lrs.endpoint, PUBLISHER_ID);
});
afterAll(async () => {
  await lms?.stop();
  await lrs?.stop();
});

const PASS: LmsResult = { scoreRaw: 90, scoreMin: 0, scoreMax: 100, scaled: 0.9, passed: true, completed: true, durationMs: 83_500 };
const FAIL: LmsResult = { scoreRaw: 40, scoreMin: 0, scoreMax: 100, scaled: 0.4, passed: false, completed: true, durationMs: 61_000 };

/** The page opens at the AU url with the LMS's launch parameters (jsdom: same origin, new query). */
function openAuPage(launched: Cmi5Launched): void {
  window.history.replaceState(null, '', `/index.html${launched.search.replace('?', '?lms=cmi5&scenario=drill-03-allergy-order&')}`);
}

async function play(options: LaunchOptions, result: LmsResult | undefined, navigated: string[] = []): Promise<{ launched: Cmi5Launched; statements: Statement[] }> {
  const launched = await lms.launch(options);
  openAuPage(launched);
  const session = cmi5SessionFromLocation(undefined, { navigate: (url) => navigated.push(url) })!;
  await session.start();
  if (result) await session.report(result);
  await session.terminate();
  return { launched, statements: await lms.statements(launched.registration) };
}

const verbs = (statements: Statement[]) => statements.map((s) => String(s.verb.id).split('/').pop());
const categories = (s: Statement) => (s.context.contextActivities.category ?? []).map((c: { id: string }) => c.id);

describe('cmi5 AU against a real LRS', () => {
  it('Normal mode, passed: initialized, passed, completed, terminated with the LMS context template', async () => {
    const navigated: string[] = [];
    const { launched, statements } = await play({ masteryScore: 0.8, returnURL: 'https://lms.hospital.example/course/7' }, PASS, navigated);
    expect(verbs(statements)).toEqual(['launched', 'initialized', 'passed', 'completed', 'terminated']);
    expect(launched.fetchCount()).toBe(1);
    const au = statements.slice(1);
    for (const s of au) {
      expect(s.actor.account).toEqual(launched.actor.account);
      expect(s.object.id).toBe(launched.activityId);
      expect(s.context.registration).toBe(launched.registration);
      // the template's grouping (publisher id) and session id, unaltered
      expect(s.context.contextActivities.grouping).toEqual([{ id: PUBLISHER_ID, objectType: 'Activity' }]);
      expect(s.context.extensions[CMI5_IRI.sessionId]).toBe(launched.sessionId);
      expect(categories(s)).toContain(CMI5_IRI.categoryCmi5);
      expect(s.timestamp).toMatch(/Z$/);
      expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    }
    // moveon category on passed/failed/completed only
    expect(au.map((s) => categories(s).includes(CMI5_IRI.categoryMoveOn))).toEqual([false, true, true, false]);
    const [initialized, passed, completed, terminated] = au as [Statement, Statement, Statement, Statement];
    expect(initialized.result).toBeUndefined();
    expect(passed.result).toEqual({ score: { scaled: 0.9, raw: 90, min: 0, max: 100 }, success: true, duration: 'PT1M23.5S' });
    expect(passed.context.extensions[CMI5_IRI.masteryScore]).toBe(0.8);
    expect(completed.result).toEqual({ completion: true, duration: 'PT1M23.5S' });
    expect(completed.context.extensions[CMI5_IRI.masteryScore]).toBeUndefined();
    expect(terminated.result.duration).toMatch(/^PT[\d.]+S$/);
    // timestamps strictly increase, so the LMS orders the session as sent
    expect(new Set(au.map((s) => s.timestamp)).size).toBe(au.length);
    expect(navigated).toEqual(['https://lms.hospital.example/course/7']);
  });

  it('passes only at or above the LMS masteryScore; a drill failed on a trap fails whatever the score', async () => {
    const overridden = await play({ masteryScore: 0.95 }, PASS);
    expect(verbs(overridden.statements)).toEqual(['launched', 'initialized', 'failed', 'completed', 'terminated']);
    const failed = overridden.statements[2]!;
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.9 } });
    expect(failed.context.extensions[CMI5_IRI.masteryScore]).toBe(0.95);
    const atMastery = await play({ masteryScore: 0.9 }, PASS);
    expect(verbs(atMastery.statements)).toContain('passed');
    const trap = await play({ masteryScore: 0.8 }, { ...PASS, passed: false });
    expect(verbs(trap.statements)).toEqual(['launched', 'initialized', 'failed', 'completed', 'terminated']);
  });

  it('Browse and Review modes send no passed, failed or completed', async () => {
    for (const launchMode of ['Browse', 'Review'] as const) {
      const { statements } = await play({ launchMode, masteryScore: 0.8 }, PASS);
      expect(verbs(statements)).toEqual(['launched', 'initialized', 'terminated']);
    }
  });

  it('refuses a second token fetch: the fetch URL works once; a reload in the session reuses the kept token', async () => {
    const launched = await lms.launch({ masteryScore: 0.8 });
    openAuPage(launched);
    const first = cmi5SessionFromLocation()!;
    await first.start();
    // a reload of the same page in the same tab: the token kept in sessionStorage, no second POST
    const reloaded = cmi5SessionFromLocation()!;
    await reloaded.start();
    expect(launched.fetchCount()).toBe(1);
    // the same launch link in another tab (no kept token): the LMS refuses, and the AU says so
    const otherTab = new Cmi5Session(readCmi5Launch(launched.search)!, { tokenStore: null });
    const error = await otherTab.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(launched.fetchCount()).toBe(2);
    expect(error).toBeInstanceOf(Cmi5Error);
    expect((error as Cmi5Error).text('en')).toContain('error 1');
    expect((error as Cmi5Error).text('zh-CN')).toContain('令牌');
    await reloaded.terminate();
  });

  it('moveOn is satisfied exactly when the rule says, for each outcome', async () => {
    const outcomes = {
      passedCompleted: PASS,
      failedCompleted: FAIL,
      passedNotCompleted: { ...PASS, completed: false },
      failedNotCompleted: { ...FAIL, completed: false },
    } satisfies Record<string, LmsResult>;
    // cmi5 spec 9.13, written out: rows moveOn, columns the outcomes above
    const expected: Record<string, Record<keyof typeof outcomes, boolean>> = {
      Passed: { passedCompleted: true, failedCompleted: false, passedNotCompleted: true, failedNotCompleted: false },
      Completed: { passedCompleted: true, failedCompleted: true, passedNotCompleted: false, failedNotCompleted: false },
      CompletedAndPassed: { passedCompleted: true, failedCompleted: false, passedNotCompleted: false, failedNotCompleted: false },
      CompletedOrPassed: { passedCompleted: true, failedCompleted: true, passedNotCompleted: true, failedNotCompleted: false },
      NotApplicable: { passedCompleted: true, failedCompleted: true, passedNotCompleted: true, failedNotCompleted: true },
    };
    const actual: Record<string, Record<string, boolean>> = {};
    // the AU's statements do not depend on the moveOn it is launched with: one launch per
    // outcome, read by the LMS's rule for each moveOn value
    for (const [index, [name, result]] of Object.entries(outcomes).entries()) {
      const { launched, statements } = await play({ moveOn: Object.keys(expected)[index]!, masteryScore: 0.8 }, result);
      for (const moveOn of Object.keys(expected)) {
        // the LMS's reading: cmi5-defined statements of this AU in this registration
        const held = (verb: string) =>
          statements.some((s) => s.verb.id === `http://adlnet.gov/expapi/verbs/${verb}` && s.object.id === launched.activityId && s.context.registration === launched.registration && categories(s).includes(CMI5_IRI.categoryCmi5) && categories(s).includes(CMI5_IRI.categoryMoveOn));
        const passed = held('passed');
        const completed = held('completed');
        const satisfied = moveOn === 'Passed' ? passed : moveOn === 'Completed' ? completed : moveOn === 'CompletedAndPassed' ? passed && completed : moveOn === 'CompletedOrPassed' ? passed || completed : true;
        (actual[moveOn] ??= {})[name] = satisfied;
      }
    }
    expect(actual).toEqual(expected);
  });

  it('once per registration: a relaunch after a pass sends no second passed and no failed; suspend data resumes', async () => {
    const first = await lms.launch({ masteryScore: 0.8 });
    openAuPage(first);
    const one = cmi5SessionFromLocation()!;
    await one.start();
    await one.suspend('{"step":3}');
    await one.report(PASS);
    await one.terminate();
    const again = await lms.launch({ masteryScore: 0.8, registration: first.registration, languagePreference: 'en-US,zh-CN' });
    openAuPage(again);
    const two = cmi5SessionFromLocation()!;
    const start = await two.start();
    expect(start).toEqual({ mode: 'normal', resumeData: '{"step":3}', learnerName: '李护士', learnerId: 'staff-0042' });
    expect(two.languagePreference).toBe('en-US,zh-CN');
    await two.report(FAIL);
    await two.terminate();
    const statements = await lms.statements(first.registration);
    expect(verbs(statements)).toEqual(['launched', 'initialized', 'passed', 'completed', 'terminated', 'launched', 'initialized', 'terminated']);
    // the AU never wrote LMS.LaunchData
    expect(lms.requests.filter((r) => r.startsWith('PUT') && r.includes('LMS.LaunchData'))).toEqual([]);
  });
});

describe('cmi5 launch link', () => {
  const good = {
    endpoint: 'https://lms.example/xapi',
    fetch: 'https://lms.example/fetch/1',
    actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'u1' } }),
    registration: '0f8fad5b-d9cb-469f-a165-70867728950e',
    activityId: 'https://lms.example/au/1',
  };
  const search = (overrides: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...good, ...overrides })) if (v !== undefined) params.set(k, v);
    return `?${params}`;
  };

  it('reads the five parameters in any order; no parameters is no cmi5 launch', () => {
    expect(readCmi5Launch('?scenario=x')).toBeUndefined();
    expect(detectLmsSession({ location: { search: '?scenario=x' } } as Window)).toBeNull();
    expect(detectLmsSession({ location: { search: search({}) } } as Window)?.kind).toBe('cmi5');
    const reversed = `?${[...new URLSearchParams(search({}))].reverse().map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
    expect(readCmi5Launch(reversed)).toEqual(readCmi5Launch(search({})));
    expect(readCmi5Launch(search({}))!.endpoint).toBe('https://lms.example/xapi/');
  });

  it.each([
    [{ fetch: undefined }, 'fetch'],
    [{ endpoint: 'javascript:alert(1)' }, 'endpoint'],
    [{ actor: '{"mbox":"mailto:a@b.c"}' }, 'actor'],
    [{ actor: 'not json' }, 'actor'],
    [{ registration: '42' }, 'registration'],
    [{ activityId: 'no iri' }, 'activityId'],
  ])('refuses %j, naming "%s" in both languages', (overrides, field) => {
    const error = (() => {
      try {
        readCmi5Launch(search(overrides));
      } catch (e) {
        return e;
      }
    })() as Cmi5Error;
    expect(error).toBeInstanceOf(Cmi5Error);
    expect(error.text('en')).toContain(`"${field}"`);
    expect(error.text('zh-CN')).toContain(`"${field}"`);
  });

  it('writes xAPI durations', () => {
    expect([0, 500, 83_500, 3_600_000, 3_723_450].map(isoDuration)).toEqual(['PT0S', 'PT0.5S', 'PT1M23.5S', 'PT1H', 'PT1H2M3.45S']);
  });
});

describe('quiz and tour launcher AU (the live-EMR work reaches the LMS under the same registration)', () => {
  const parsed = parsePackValue('registration-demo.pack.json', demoPackJson);
  if (!parsed.ok) throw new Error('the demo pack does not parse');
  const pack = parsed.pack;
  const tour = pack.tours[0]!;
  const quiz = pack.quizzes[0]!;
  const course = [
    { kind: 'tour', packId: pack.id, contentId: tour.id, role: 'registrar', roleTitle: { 'zh-CN': '挂号员', en: 'Registrar' }, title: tour.title },
    { kind: 'quiz', packId: pack.id, contentId: quiz.id, role: 'registrar', roleTitle: { 'zh-CN': '挂号员', en: 'Registrar' }, title: quiz.title },
  ];
  // the extension's learner: the hospital's account, not the LMS's (policy: staff number at the HR system)
  const learner: StatementLearner = { learnerId: 'staff-0042', homePage: 'https://hr.hospital.example', role: 'registrar', language: 'zh-CN' };
  let clock = Date.parse('2026-12-06T09:00:00Z');
  const tourCompleted = (registration: string) =>
    tourStatement({
      effect: { kind: 'completed', durationMs: 75_000 },
      run: { packId: pack.id, packVersion: pack.version, tourId: tour.id, registration, startedAt: clock, stepIndex: tour.steps.length - 1, stepCount: tour.steps.length, status: 'completed' },
      pack,
      tour,
      learner,
      now: new Date((clock += 1000)),
      newId: () => crypto.randomUUID(),
    });
  const quizVerdict = (registration: string, allRight: boolean) => {
    const answers: Record<string, QuizAnswer> = {};
    for (const q of quiz.questions) {
      if (!allRight) continue;
      if (q.type === 'single-choice') answers[q.id] = { type: q.type, optionId: q.correct };
      if (q.type === 'multiple-choice') answers[q.id] = { type: q.type, optionIds: q.correct };
      if (q.type === 'true-false') answers[q.id] = { type: q.type, value: q.correct };
      if (q.type === 'ordering') answers[q.id] = { type: q.type, itemIds: q.correctOrder };
      if (q.type === 'fill-in') answers[q.id] = { type: q.type, text: q.accepted[0]! };
      if (q.type === 'on-screen') answers[q.id] = { type: q.type, hit: true };
    }
    const finishedAt = new Date((clock += 60_000));
    return quizStatements({ pack, quiz, learner, registration, attempt: 1, seed: 7 }, quiz.questions, answers, scoreQuiz(quiz, answers), { startedAt: new Date(clock - 90_000), finishedAt }, () => crypto.randomUUID());
  };

  async function openLauncher(kind: 'tour' | 'quiz', options: LaunchOptions, navigated: string[] = []): Promise<{ launched: Cmi5Launched; launcher: LauncherHandle; root: HTMLElement }> {
    const publisherId = kind === 'tour' ? tourActivityId(pack.id, tour.id) : quizActivityId(pack.id, quiz.id);
    const launched = await lms.launch({ ...options, publisherId });
    const contentId = kind === 'tour' ? tour.id : quiz.id;
    window.history.replaceState(null, '', `/lms-launcher.html${launched.search.replace('?', `?kind=${kind}&pack=${pack.id}&id=${contentId}&`)}`);
    document.body.replaceChildren();
    const root = document.createElement('main');
    document.body.append(root);
    const launcher = await startCmi5Launcher({ root, search: location.search, loadCourse: async () => structuredClone(course), createSession: () => cmi5SessionFromLocation(location.search, { navigate: (url) => navigated.push(url) }) });
    return { launched, launcher, root };
  }
  const click = (root: HTMLElement, id: string) => (root.querySelector(`#${id}`) as HTMLButtonElement).click();
  const auStatements = async (launched: Cmi5Launched): Promise<Statement[]> => (await lms.statements(launched.registration) as Statement[]).filter((s) => s.object.id === launched.activityId);

  it('tour: explains where to do it; completes only after the extension reported the tour under this registration', async () => {
    const navigated: string[] = [];
    const { launched, launcher, root } = await openLauncher('tour', { returnURL: 'https://lms.hospital.example/course/7', moveOn: 'Completed', languagePreference: 'zh-CN' }, navigated);
    expect(launcher.status).toBe('waiting');
    expect(root.querySelector('h1')!.textContent).toBe(tour.title['zh-CN']);
    expect(root.textContent).toContain(launched.registration);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('还没有找到这项内容的完成记录。');
    expect(root.querySelector('ol')!.textContent).toContain(`在“挂号员”岗位的内容中选择“${tour.title['zh-CN']}”`);
    // the same tour completed under ANOTHER registration does not count
    await lms.postToLrs(tourCompleted(crypto.randomUUID()));
    await launcher.check();
    expect(launcher.status).toBe('waiting');
    // the extension (hospital LRS credentials, its own actor) reports the tour under this registration
    await lms.postToLrs(tourCompleted(launched.registration));
    click(root, 'launcher-check');
    await vi.waitFor(() => expect(launcher.status).toBe('done'));
    launcher.setLanguage('en');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Done: the LMS has recorded it.');
    click(root, 'launcher-close');
    await vi.waitFor(() => expect(navigated).toEqual(['https://lms.hospital.example/course/7']));
    const cmi5 = await auStatements(launched);
    expect(verbs(cmi5)).toEqual(['launched', 'initialized', 'completed', 'terminated']);
    const completed = cmi5[2]!;
    expect(categories(completed)).toEqual([CMI5_IRI.categoryCmi5, CMI5_IRI.categoryMoveOn]);
    expect(completed.result).toEqual({ completion: true, duration: 'PT1M15S' });
    expect(completed.context.extensions[CMI5_IRI.sessionId]).toBe(launched.sessionId);
    for (const s of cmi5.slice(1)) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
  });

  it('quiz: a failed attempt on the EMR is reported failed; after a passed one, the next launch reports passed', async () => {
    const { launched, launcher, root } = await openLauncher('quiz', { masteryScore: quiz.passMark, languagePreference: 'zh-CN,en' });
    for (const s of quizVerdict(launched.registration, false)) await lms.postToLrs(s);
    click(root, 'launcher-check');
    await vi.waitFor(() => expect(launcher.status).toBe('failed'));
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/^测验未通过（得分 0%）/);
    // one judgement per session (cmi5): no check button now; the next attempt counts at the next launch
    expect(root.querySelector('#launcher-check')).toBeNull();
    for (const s of quizVerdict(launched.registration, true)) await lms.postToLrs(s);
    await launcher.check();
    expect(launcher.status).toBe('failed');
    await launcher.close();
    expect(verbs(await auStatements(launched))).toEqual(['launched', 'initialized', 'failed', 'completed', 'terminated']);
    const again = await lms.launch({ masteryScore: quiz.passMark, registration: launched.registration, publisherId: quizActivityId(pack.id, quiz.id), languagePreference: 'en-US' });
    window.history.replaceState(null, '', `/lms-launcher.html${again.search.replace('?', `?kind=quiz&pack=${pack.id}&id=${quiz.id}&`)}`);
    const root2 = document.createElement('main');
    const relaunched = await startCmi5Launcher({ root: root2, search: location.search, loadCourse: async () => course, createSession: () => cmi5SessionFromLocation(location.search, { navigate: () => undefined }) });
    expect(relaunched.status).toBe('passed');
    expect(relaunched.language).toBe('en');
    expect(root2.querySelector('[role="status"]')!.textContent).toBe('Quiz passed (score 100%): the LMS has recorded it.');
    await relaunched.close();
    const all = await auStatements(launched);
    // completed once per registration: the second session sends passed only
    expect(verbs(all)).toEqual(['launched', 'initialized', 'failed', 'completed', 'terminated', 'launched', 'initialized', 'passed', 'terminated']);
    expect(all[7]!.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(all[7]!.context.extensions[CMI5_IRI.masteryScore]).toBe(quiz.passMark);
  });

  it('Browse mode: no check, nothing judged even when the tour was done', async () => {
    const { launched, launcher, root } = await openLauncher('tour', { launchMode: 'Browse' });
    await lms.postToLrs(tourCompleted(launched.registration));
    expect(launcher.status).toBe('browse');
    expect(root.querySelector('#launcher-check')).toBeNull();
    await launcher.check();
    await launcher.close();
    expect(verbs(await auStatements(launched))).toEqual(['launched', 'initialized', 'terminated']);
  });

  it('an item missing from lms-course.json and a broken launch link are said in both languages', async () => {
    const root = document.createElement('main');
    const missing = await startCmi5Launcher({ root, search: `?kind=tour&pack=${pack.id}&id=no-such-tour`, loadCourse: async () => course, createSession: () => undefined });
    expect(missing.status).toBe('error');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(`tour "${pack.id}/no-such-tour"`);
    const broken = await startCmi5Launcher({ root, search: `?kind=tour&pack=${pack.id}&id=${tour.id}&endpoint=x`, loadCourse: async () => course, createSession: () => cmi5SessionFromLocation('?endpoint=x') });
    expect(broken.status).toBe('error');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('"fetch"');
    broken.setLanguage('en');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('The LMS launch link has no "fetch" parameter');
  });
});
