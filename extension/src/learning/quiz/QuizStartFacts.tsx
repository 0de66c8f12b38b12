import type { QuizStartFacts as Facts } from '@preceptor/shared/learning/quizStartFacts.ts';
import type { Translate } from '../../i18n/messages.ts';

/** The quiz start page's facts: questions and points, pass mark, time limit, attempts left (issue 17). */
export function QuizStartFacts({ facts, t }: { facts: Facts; t: Translate }) {
  return (
    <dl className="quiz-facts" aria-label={t('quizFactsHeading')} data-region="quiz-facts">
      <dt>{t('quizFactQuestions')}</dt>
      <dd data-fact="questions">{t('quizFactQuestionsValue', { count: facts.questions, points: facts.points })}</dd>
      <dt>{t('quizFactPassMark')}</dt>
      <dd data-fact="pass-mark">{t('quizFactPassMarkValue', { percent: facts.passPercent })}</dd>
      <dt>{t('quizFactTime')}</dt>
      <dd data-fact="time">{facts.timeLimitMinutes === null ? t('quizFactNoTimeLimit') : t('quizFactTimeLimit', { minutes: facts.timeLimitMinutes })}</dd>
      <dt>{t('quizFactAttemptsLeft')}</dt>
      <dd data-fact="attempts-left">{facts.attemptsLeft === null ? t('quizFactAttemptsUnlimited') : t('quizFactAttemptsLeftValue', { count: facts.attemptsLeft })}</dd>
    </dl>
  );
}
