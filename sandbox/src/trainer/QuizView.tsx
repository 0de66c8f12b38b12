import type { ReactNode } from 'react';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, decimal, percent, titleOf } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

export function QuizView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model } = useDashboard();
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  return (
    <TrainerSection heading={t('quiz.heading')}>
      <p className="tr-hint">{t('quiz.explain')}</p>
      {model.quizzes.length === 0 && <p className="tr-hint" data-region="empty">{t('quiz.none')}</p>}
      {model.quizzes.map((quiz) => (
        <table className="tr-table" key={quiz.quiz} data-table="quiz" data-quiz={quiz.quiz}>
          <caption>
            {t('quiz.caption', {
              title: titleOf(model, quiz.quiz, lang),
              attempts: quiz.attempts,
              learners: quiz.learners,
              mean: percent(quiz.meanScore, lang),
              reliability: decimal(quiz.reliability),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('quiz.question')}</th>
              <th scope="col" className="num">{t('quiz.answers')}</th>
              <th scope="col" className="num">{t('quiz.difficulty')}</th>
              <th scope="col" className="num">{t('quiz.discrimination')}</th>
              <th scope="col" className="num">{t('quiz.upperLower')}</th>
              <th scope="col">{t('quiz.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {quiz.questions.map((q) => (
              <tr key={q.question} data-question={q.question}>
                <th scope="row">{titleOf(model, q.question, lang)}</th>
                <td className="num">{q.answers}</td>
                <td className="num">
                  <span className="tr-meter" aria-hidden="true">
                    <span style={{ width: `${q.difficulty * 100}%` }} />
                  </span>
                  {decimal(q.difficulty)}
                </td>
                <td className="num">{decimal(q.discrimination)}</td>
                <td className="num">{decimal(q.upperLower)}</td>
                <td>
                  {q.flags.map((flag) => (
                    <span key={flag} className={`tr-flag tr-flag--${flag}`}>
                      {flag === 'negative-discrimination' ? '⚠ ' : ''}
                      {t(`flag.${flag}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </TrainerSection>
  );
}
