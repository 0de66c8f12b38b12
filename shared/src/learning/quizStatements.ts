import type { ContentPack } from '../schema/contentPack.ts';
import type { Quiz, QuizQuestion } from '../schema/learningContent.ts';
import { ACTIVITY_TYPE, EXTENSION, questionActivityId, quizActivityId, xapiVerb } from '../xapi/vocabulary.ts';
import { learnerActor, learnerContext, type StatementLearner } from '../record/statementParts.ts';
import { isoDuration, languageMap, type ActivityDefinition, type XapiStatement } from '../record/xapiStatement.ts';
import { matchedFillIn, type QuizAnswer, type QuizResult } from './quizScoring.ts';

export interface QuizAttemptInfo {
  pack: Pick<ContentPack, 'id' | 'version'>;
  quiz: Pick<Quiz, 'id' | 'title'>;
  learner: StatementLearner;
  registration: string;
  attempt: number;
  seed: number;
}

/** The question as a cmi.interaction activity, with its correct responses pattern. */
export function questionDefinition(question: QuizQuestion): ActivityDefinition {
  const base = { type: ACTIVITY_TYPE.question, name: languageMap(question.prompt) };
  switch (question.type) {
    case 'single-choice':
      return { ...base, interactionType: 'choice', correctResponsesPattern: [question.correct], choices: question.options.map((o) => ({ id: o.id, description: languageMap(o.text) })) };
    case 'multiple-choice':
      return { ...base, interactionType: 'choice', correctResponsesPattern: [question.correct.join('[,]')], choices: question.options.map((o) => ({ id: o.id, description: languageMap(o.text) })) };
    case 'true-false':
      return { ...base, interactionType: 'true-false', correctResponsesPattern: [String(question.correct)] };
    case 'ordering':
      return { ...base, interactionType: 'sequencing', correctResponsesPattern: [question.correctOrder.join('[,]')], choices: question.items.map((o) => ({ id: o.id, description: languageMap(o.text) })) };
    case 'fill-in':
      return { ...base, interactionType: 'fill-in', correctResponsesPattern: question.accepted.map((a) => `{case_matters=${question.caseSensitive}}${a}`) };
    case 'on-screen':
      // answered by clicking the real element; only whether the click hit the target is kept
      return { ...base, interactionType: 'other', correctResponsesPattern: ['target'] };
  }
}

/**
 * The learner's response in xAPI's response format. On-screen: "target" or "elsewhere", never what
 * was clicked. Fill-in: the accepted answer it equals (after the scorer's normalisation), else
 * nothing — a learner may type a name or a phone number into a blank, and that never leaves.
 */
export function responseText(question: QuizQuestion, answer: QuizAnswer | undefined): string {
  if (!answer || answer.type !== question.type) return '';
  switch (answer.type) {
    case 'single-choice':
      return answer.optionId;
    case 'multiple-choice':
      return answer.optionIds.join('[,]');
    case 'true-false':
      return String(answer.value);
    case 'ordering':
      return answer.itemIds.join('[,]');
    case 'fill-in':
      return question.type === 'fill-in' ? (matchedFillIn(question, answer.text) ?? '') : '';
    case 'on-screen':
      return answer.hit ? 'target' : 'elsewhere';
  }
}

/** One `answered` statement per question, then `passed` or `failed` for the quiz. */
export function quizStatements(
  info: QuizAttemptInfo,
  questions: readonly QuizQuestion[],
  answers: Record<string, QuizAnswer | undefined>,
  result: QuizResult,
  timing: { startedAt: Date; finishedAt: Date },
  newId: () => string,
): XapiStatement[] {
  const { pack, quiz, learner, registration } = info;
  const quizId = quizActivityId(pack.id, quiz.id);
  const base = (offsetMs: number) => ({
    actor: learnerActor(learner),
    context: {
      ...learnerContext(learner, registration, pack),
      extensions: { ...learnerContext(learner, registration, pack).extensions, [EXTENSION.attempt]: info.attempt, [EXTENSION.shuffleSeed]: info.seed },
    },
    timestamp: new Date(timing.finishedAt.getTime() + offsetMs).toISOString(),
  });
  const answered = questions.map((question, i): XapiStatement => {
    const score = result.perQuestion[question.id]!;
    const ctx = base(i);
    return {
      id: newId(),
      ...ctx,
      verb: xapiVerb('answered'),
      object: { objectType: 'Activity', id: questionActivityId(pack.id, quiz.id, question.id), definition: questionDefinition(question) },
      context: { ...ctx.context, contextActivities: { ...ctx.context.contextActivities, parent: [{ objectType: 'Activity', id: quizId }] } },
      result: {
        response: responseText(question, answers[question.id]),
        success: score.success,
        score: { scaled: Math.round(score.share * 10000) / 10000, raw: Math.round(score.share * question.points * 100) / 100, min: 0, max: question.points },
      },
    };
  });
  const verdict: XapiStatement = {
    id: newId(),
    ...base(questions.length),
    verb: xapiVerb(result.passed ? 'passed' : 'failed'),
    object: { objectType: 'Activity', id: quizId, definition: { type: ACTIVITY_TYPE.quiz, name: languageMap(quiz.title) } },
    result: {
      success: result.passed,
      completion: true,
      score: { scaled: result.scaled, raw: result.raw, min: 0, max: result.max },
      duration: isoDuration(timing.finishedAt.getTime() - timing.startedAt.getTime()),
    },
  };
  return [...answered, verdict];
}
