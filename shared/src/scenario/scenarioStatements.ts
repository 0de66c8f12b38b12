// xAPI 1.0.3 statements for scenario attempts: attempted when it starts; completed plus passed or
// failed (with score and duration) when it is submitted. One registration UUID per attempt, no
// `version` field, the actor as an account with an opaque learner id. Only content ids go in.

import { ACTIVITY_TYPE, EXTENSION, SANDBOX_COURSE_ACTIVITY, scenarioActivityId, xapiVerb, type VerbName } from '../xapi/vocabulary.ts';
import { isoDuration, languageMap, type XapiStatement } from '../record/xapiStatement.ts';
import type { Language } from '../schema/localizedText.ts';
import type { ScenarioMode, ScenarioOutcome } from './checkScenario.ts';
import type { Scenario } from './scenarioSchema.ts';

/** The verbs a scenario attempt is told in. */
export type ScenarioVerb = Extract<VerbName, 'attempted' | 'completed' | 'passed' | 'failed'>;

export { scenarioActivityId };

/** A scenario attempt's statement: the one statement shape (record/xapiStatement.ts). */
export type ScenarioStatement = XapiStatement;

export type ScenarioLearner = {
  /** opaque, random */
  learnerId: string;
  /** the organisation's (here: the sandbox's) home page */
  homePage: string;
  language: Language;
  department?: string;
  /**
   * The learner's own role (the extension's profile, or the sandbox's when it knows one); left
   * out or `null`, the statements carry no learner role. Never the scenario's role: that is part
   * of the activity (EXTENSION.scenarioRoles), so a nurse practising a pharmacist drill stays a nurse.
   */
  role?: string | null;
};

export type ScenarioAttemptRef = {
  /** one UUID per attempt */
  registration: string;
  scenario: Pick<Scenario, 'id' | 'version' | 'title' | 'goal' | 'roles'>;
  mode: ScenarioMode;
  startedAt: Date;
  /** who reported the attempt when not the sandbox's own log: see EXTENSION.reportedBy */
  reportedBy?: 'training-sandbox';
};

type Build = { now: Date; newId: () => string };

function statement(verb: ScenarioVerb, attempt: ScenarioAttemptRef, learner: ScenarioLearner, build: Build, result?: ScenarioStatement['result']): ScenarioStatement {
  const ext: Record<string, string> = {
    [EXTENSION.scenarioMode]: attempt.mode,
    [EXTENSION.scenarioVersion]: attempt.scenario.version,
  };
  if (learner.role) ext[EXTENSION.role] = learner.role;
  if (learner.department) ext[EXTENSION.department] = learner.department;
  if (attempt.reportedBy) ext[EXTENSION.reportedBy] = attempt.reportedBy;
  return {
    id: build.newId(),
    actor: { objectType: 'Agent', account: { homePage: learner.homePage, name: learner.learnerId } },
    verb: xapiVerb(verb),
    object: {
      objectType: 'Activity',
      id: scenarioActivityId(attempt.scenario.id),
      definition: {
        type: ACTIVITY_TYPE.scenario,
        name: languageMap(attempt.scenario.title),
        description: languageMap(attempt.scenario.goal),
        // whom the scenario is written for: the activity's, not the learner's
        ...(attempt.scenario.roles.length > 0 ? { extensions: { [EXTENSION.scenarioRoles]: [...attempt.scenario.roles] } } : {}),
      },
    },
    ...(result ? { result } : {}),
    context: {
      registration: attempt.registration,
      platform: 'Preceptor sandbox',
      language: learner.language,
      contextActivities: { grouping: [{ objectType: 'Activity', id: SANDBOX_COURSE_ACTIVITY }] },
      extensions: ext,
    },
    timestamp: build.now.toISOString(),
  };
}

export function attemptedStatement(attempt: ScenarioAttemptRef, learner: ScenarioLearner, build: Build): ScenarioStatement {
  return statement('attempted', attempt, learner, build);
}

/** completed (with duration) then passed or failed (with score, success and duration). */
export function resultStatements(attempt: ScenarioAttemptRef, learner: ScenarioLearner, outcome: ScenarioOutcome, build: Build): ScenarioStatement[] {
  const duration = isoDuration(outcome.durationMs);
  const extensions = {
    [EXTENSION.trapsSprung]: outcome.traps.filter((t) => t.sprung).map((t) => t.id),
    [EXTENSION.checksFailed]: outcome.checks.filter((c) => !c.passed).map((c) => c.id),
    [EXTENSION.timedOut]: outcome.timedOut,
  };
  // The verdict is stamped a millisecond after completion so every log and export orders them alike.
  const verdictBuild = { ...build, now: new Date(build.now.getTime() + 1) };
  return [
    statement('completed', attempt, learner, build, { completion: true, duration }),
    statement(outcome.passed ? 'passed' : 'failed', attempt, learner, verdictBuild, {
      score: { scaled: outcome.score / 100, raw: outcome.score, min: 0, max: 100 },
      success: outcome.passed,
      completion: true,
      duration,
      extensions,
    }),
  ];
}

/** An assessment given up before submission counts as failed with no score. */
export function abandonedStatement(attempt: ScenarioAttemptRef, learner: ScenarioLearner, durationMs: number, build: Build): ScenarioStatement {
  return statement('failed', attempt, learner, build, {
    score: { scaled: 0, raw: 0, min: 0, max: 100 },
    success: false,
    completion: false,
    duration: isoDuration(durationMs),
    extensions: { [EXTENSION.abandoned]: true },
  });
}
