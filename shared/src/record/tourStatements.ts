import type { ContentPack, Tour, TourStep } from '../schema/contentPack.ts';
import type { TourEffect, TourRun } from '../tour/tourMachine.ts';
import { ACTIVITY_TYPE, EXTENSION, tourActivityId, xapiVerb, type VerbName } from '../xapi/vocabulary.ts';
import { learnerActor, learnerContext } from './statementParts.ts';
import { isoDuration, languageMap, type XapiStatement } from './xapiStatement.ts';

export type { StatementLearner } from './statementParts.ts';
import type { StatementLearner } from './statementParts.ts';

export interface TourStatementInput {
  effect: TourEffect;
  run: TourRun;
  pack: Pick<ContentPack, 'id' | 'version' | 'title'>;
  tour: Pick<Tour, 'id' | 'title'>;
  /** the tour's steps: their titles travel with progressed and target-missing statements */
  steps?: readonly Pick<TourStep, 'id' | 'title'>[];
  learner: StatementLearner;
  now: Date;
  newId: () => string;
}

/** Turn one tour effect into an xAPI statement. Holds content ids and learner ids only. */
export function tourStatement({ effect, run, pack, tour, steps, learner, now, newId }: TourStatementInput): XapiStatement {
  const verb: VerbName = effect.kind;
  const statement: XapiStatement = {
    id: newId(),
    actor: learnerActor(learner),
    verb: xapiVerb(verb),
    object: {
      objectType: 'Activity',
      id: tourActivityId(pack.id, tour.id),
      definition: { type: ACTIVITY_TYPE.tour, name: languageMap(tour.title) },
    },
    context: learnerContext(learner, run.registration, pack),
    timestamp: now.toISOString(),
  };
  const result = resultFor(effect, run, steps);
  if (result) statement.result = result;
  return statement;
}

function stepTitle(steps: TourStatementInput['steps'], stepId: string): Record<string, Record<string, string>> {
  const step = steps?.find((s) => s.id === stepId);
  return step ? { [EXTENSION.stepTitle]: languageMap(step.title) } : {};
}

function resultFor(effect: TourEffect, run: TourRun, steps: TourStatementInput['steps']): XapiStatement['result'] | undefined {
  switch (effect.kind) {
    case 'progressed':
      return {
        extensions: {
          [EXTENSION.stepId]: effect.stepId,
          [EXTENSION.stepIndex]: effect.stepIndex,
          ...stepTitle(steps, effect.stepId),
          [EXTENSION.skipped]: effect.skipped,
          [EXTENSION.progress]: Math.round(((effect.stepIndex + 1) / run.stepCount) * 100),
        },
      };
    case 'completed':
      return { completion: true, duration: isoDuration(effect.durationMs) };
    case 'suspended':
    case 'resumed':
      return { extensions: { [EXTENSION.stepIndex]: effect.stepIndex } };
    case 'target-missing':
      return {
        extensions: {
          [EXTENSION.stepId]: effect.stepId,
          [EXTENSION.stepIndex]: effect.stepIndex,
          ...stepTitle(steps, effect.stepId),
          [EXTENSION.resolution]: effect.resolution,
          [EXTENSION.pagePattern]: effect.pagePattern,
        },
      };
    case 'launched':
      return undefined;
  }
}
