import type { QuizQuestion } from '@preceptor/shared/schema/learningContent.ts';
import type { QuizAnswer } from '@preceptor/shared/learning/quizScoring.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';

interface Props {
  question: QuizQuestion;
  answer: QuizAnswer | undefined;
  onAnswer(answer: QuizAnswer): void;
  onAnswerOnScreen(): void;
  onScreenState: 'idle' | 'waiting' | 'cancelled';
  language: Language;
  t: Translate;
  disabled: boolean;
  /** after grading: mark chosen, correct and wrong options with words as well as colour */
  review?: boolean;
}

type Mark = 'correct' | 'wrong' | 'missed' | undefined;

/** How a choice reads in review: chosen and right, chosen and wrong, right but not chosen. */
export function reviewMark(chosen: boolean, correct: boolean): Mark {
  if (chosen) return correct ? 'correct' : 'wrong';
  return correct ? 'missed' : undefined;
}

const MARK_WORDS = { correct: 'quizReviewChosenCorrect', wrong: 'quizReviewChosenWrong', missed: 'quizReviewMissed' } as const;
const MARK_SIGNS = { correct: '✓', wrong: '✗', missed: '→' } as const;

function ChoiceMarker({ mark, t }: { mark: Mark; t: Translate }) {
  if (!mark) return null;
  return <span className="review-marker" data-mark={mark}><span aria-hidden="true">{MARK_SIGNS[mark]} </span>{t(MARK_WORDS[mark])}</span>;
}

/** One question's input, by type. Every control is a native, labelled form element. */
export function QuestionInput({ question, answer, onAnswer, onAnswerOnScreen, onScreenState, language, t, disabled, review = false }: Props) {
  const name = `q-${question.id}`;
  const choiceClass = (mark: Mark) => (review ? `choice review${mark ? ` review-${mark}` : ''}` : 'choice');
  switch (question.type) {
    case 'single-choice':
      return (
        <div role="radiogroup" aria-labelledby={`${name}-prompt`}>
          {question.options.map((option) => {
            const chosen = answer?.type === 'single-choice' && answer.optionId === option.id;
            const mark = review ? reviewMark(chosen, question.correct === option.id) : undefined;
            return (
              <label key={option.id} className={choiceClass(mark)} data-mark={mark}>
                <input type="radio" name={name} value={option.id} disabled={disabled} checked={chosen}
                  onChange={() => onAnswer({ type: 'single-choice', optionId: option.id })} />
                {option.text[language]}
                <ChoiceMarker mark={mark} t={t} />
              </label>
            );
          })}
        </div>
      );
    case 'multiple-choice': {
      const chosen = answer?.type === 'multiple-choice' ? answer.optionIds : [];
      return (
        <div role="group" aria-labelledby={`${name}-prompt`}>
          {question.options.map((option) => {
            const mark = review ? reviewMark(chosen.includes(option.id), question.correct.includes(option.id)) : undefined;
            return (
              <label key={option.id} className={choiceClass(mark)} data-mark={mark}>
                <input type="checkbox" name={name} value={option.id} disabled={disabled} checked={chosen.includes(option.id)}
                  onChange={(e) => onAnswer({ type: 'multiple-choice', optionIds: e.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id) })} />
                {option.text[language]}
                <ChoiceMarker mark={mark} t={t} />
              </label>
            );
          })}
        </div>
      );
    }
    case 'true-false':
      return (
        <div role="radiogroup" aria-labelledby={`${name}-prompt`}>
          {[true, false].map((value) => {
            const chosen = answer?.type === 'true-false' && answer.value === value;
            const mark = review ? reviewMark(chosen, question.correct === value) : undefined;
            return (
              <label key={String(value)} className={choiceClass(mark)} data-mark={mark}>
                <input type="radio" name={name} value={String(value)} disabled={disabled} checked={chosen}
                  onChange={() => onAnswer({ type: 'true-false', value })} />
                {value ? t('quizTrue') : t('quizFalse')}
                <ChoiceMarker mark={mark} t={t} />
              </label>
            );
          })}
        </div>
      );
    case 'ordering': {
      const order = answer?.type === 'ordering' ? answer.itemIds : question.items.map((i) => i.id);
      const move = (index: number, by: number) => {
        const next = [...order];
        const [item] = next.splice(index, 1);
        next.splice(index + by, 0, item!);
        onAnswer({ type: 'ordering', itemIds: next });
      };
      return (
        <ol className="ordering" aria-labelledby={`${name}-prompt`}>
          {order.map((id, index) => {
            const item = question.items.find((i) => i.id === id)!;
            return (
              <li key={id} data-item={id}>
                <span>{item.text[language]}</span>
                <button type="button" disabled={disabled || index === 0} onClick={() => move(index, -1)} aria-label={`${t('quizMoveUp')}: ${item.text[language]}`}>↑</button>
                <button type="button" disabled={disabled || index === order.length - 1} onClick={() => move(index, 1)} aria-label={`${t('quizMoveDown')}: ${item.text[language]}`}>↓</button>
              </li>
            );
          })}
        </ol>
      );
    }
    case 'fill-in':
      return (
        <input type="text" name={name} aria-labelledby={`${name}-prompt`} disabled={disabled} maxLength={200}
          value={answer?.type === 'fill-in' ? answer.text : ''} onChange={(e) => onAnswer({ type: 'fill-in', text: e.target.value })} />
      );
    case 'on-screen':
      return (
        <div>
          <button type="button" data-action="answer-on-screen" disabled={disabled || onScreenState === 'waiting'} onClick={onAnswerOnScreen}>
            {t('quizAnswerOnScreen')}
          </button>{' '}
          <span role="status">{answer?.type === 'on-screen' ? t('quizAnsweredOnScreen') : onScreenState === 'cancelled' ? t('quizOnScreenCancelled') : ''}</span>
        </div>
      );
  }
}
