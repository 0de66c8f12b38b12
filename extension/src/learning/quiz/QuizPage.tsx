import { useEffect, useMemo, useRef, useState } from 'react';
import { orderForAttempt, type QuizAnswer, type QuizResult } from '@preceptor/shared/learning/quizScoring.ts';
import type { QuizQuestion } from '@preceptor/shared/schema/learningContent.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import type { QuizStatus } from '../protocol.ts';
import { installedPacks } from '../../packs/installedPacks.ts';
import { useLanguage } from '../../ui/useLanguage.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { QuestionInput } from './QuestionInput.tsx';
import { QuizStartFacts } from './QuizStartFacts.tsx';
import { UnansweredConfirm } from './UnansweredConfirm.tsx';
import { quizStartFacts } from '@preceptor/shared/learning/quizStartFacts.ts';

const params = new URLSearchParams(location.search);
const packId = params.get('pack') ?? '';
const quizId = params.get('quiz') ?? '';
/** the EMR tab on-screen questions are answered in */
const emrTabId = Number(params.get('tab')) || undefined;

interface Attempt {
  seed: number;
  startedAt: string;
  questions: QuizQuestion[];
}

function correctAnswerText(question: QuizQuestion, language: Language, t: Translate): string {
  switch (question.type) {
    case 'single-choice':
      return question.options.find((o) => o.id === question.correct)?.text[language] ?? '';
    case 'multiple-choice':
      return question.options.filter((o) => question.correct.includes(o.id)).map((o) => o.text[language]).join('、');
    case 'true-false':
      return question.correct ? t('quizTrue') : t('quizFalse');
    case 'ordering':
      return question.correctOrder.map((id) => question.items.find((i) => i.id === id)?.text[language]).join(' → ');
    case 'fill-in':
      return question.accepted.join(' / ');
    case 'on-screen':
      return '';
  }
}

/** A quiz attempt: shuffled with a recorded seed, graded by the background, reviewed with explanations. */
export function QuizPage() {
  const { language, t } = useLanguage();
  const packs = useStorageItem(installedPacks);
  const pack = packs?.find((p) => p.id === packId);
  const quiz = pack?.quizzes.find((q) => q.id === quizId);
  const [status, setStatus] = useState<QuizStatus | null | undefined>(undefined);
  const [attempt, setAttempt] = useState<Attempt | undefined>(undefined);
  const [answers, setAnswers] = useState<Record<string, QuizAnswer>>({});
  const [onScreen, setOnScreen] = useState<Record<string, 'idle' | 'waiting' | 'cancelled'>>({});
  const [result, setResult] = useState<QuizResult | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  /** unanswered questions the learner is asked about before a submit (our own step, not window.confirm) */
  const [confirming, setConfirming] = useState<number | undefined>(undefined);
  const submitButton = useRef<HTMLButtonElement>(null);

  const refreshStatus = () => void sendMessage('quizStatus', { packId, quizId }).then(setStatus);
  useEffect(refreshStatus, []);
  useEffect(() => {
    if (quiz) document.title = `${quiz.title[language]} · Preceptor`;
  }, [quiz, language]);

  const attemptsLeft = status ? (status.attemptsLimit === null ? Infinity : status.attemptsLimit - status.attemptsUsed) : 0;

  function start() {
    if (!quiz) return;
    const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
    setAttempt({ seed, startedAt: new Date().toISOString(), questions: orderForAttempt(quiz, seed) });
    setAnswers({});
    setOnScreen({});
    setResult(undefined);
    setConfirming(undefined);
  }

  async function answerOnScreen(question: QuizQuestion) {
    if (question.type !== 'on-screen' || emrTabId === undefined) return;
    setOnScreen((s) => ({ ...s, [question.id]: 'waiting' }));
    const self = await browser.tabs.getCurrent();
    await browser.tabs.update(emrTabId, { active: true });
    const reply = await sendMessage('answerOnScreen', { prompt: question.prompt[language], target: question.target, language }, emrTabId).catch(() => ({ cancelled: true as const }));
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
    if ('hit' in reply) setAnswers((a) => ({ ...a, [question.id]: { type: 'on-screen', hit: reply.hit } }));
    setOnScreen((s) => ({ ...s, [question.id]: 'hit' in reply ? 'idle' : 'cancelled' }));
  }

  async function submit(confirmed = false) {
    if (!attempt) return;
    const missing = attempt.questions.filter((q) => !answers[q.id]).length;
    if (missing > 0 && !confirmed) {
      setConfirming(missing);
      return;
    }
    setConfirming(undefined);
    setBusy(true);
    const reply = await sendMessage('submitQuiz', { packId, quizId, seed: attempt.seed, startedAt: attempt.startedAt, answers });
    setBusy(false);
    if ('result' in reply) setResult(reply.result);
    refreshStatus();
  }

  const percent = (n: number) => Math.round(n * 100);
  const summary = useMemo(() => {
    if (!result || !quiz) return '';
    const vars = { raw: result.raw, max: result.max, percent: percent(result.scaled), pass: percent(quiz.passMark) };
    return result.passed ? t('quizPassed', vars) : t('quizFailed', vars);
  }, [result, quiz, t]);

  if (packs !== undefined && !quiz) return <main className="panel"><p className="error">{t('quizNotFound')}</p></main>;
  if (!quiz || status === undefined) return <main className="panel">…</main>;
  return (
    <div style={{ maxWidth: 820, margin: '0 auto' }}>
      <header className="bar">
        <h1>{t('quizTitle')} · {quiz.title[language]}</h1>
      </header>
      <main>
        <section className="panel" aria-labelledby="quiz-status-h">
          <h2 id="quiz-status-h" className="sr-only">{quiz.title[language]}</h2>
          {quiz.description && <p>{quiz.description[language]}</p>}
          <QuizStartFacts facts={quizStartFacts(quiz, status)} t={t} />
          <p className="muted" data-region="attempts">
            {status?.attemptsLimit === null || status?.attemptsLimit === undefined
              ? t('quizAttemptsUnlimited', { used: status?.attemptsUsed ?? 0 })
              : t('quizAttempts', { used: status.attemptsUsed, limit: status.attemptsLimit })}
          </p>
          {status?.passed && <p className="status">{t('quizAlreadyPassed')}</p>}
          {emrTabId === undefined && quiz.questions.some((q) => q.type === 'on-screen') && <p className="error">{t('quizNoEmrTab')}</p>}
          {!attempt && (attemptsLeft > 0 ? (
            <button type="button" className="primary" data-action="start-quiz" onClick={start}>{t('quizStart')}</button>
          ) : (
            <p className="error">{t('quizNoAttemptsLeft')}</p>
          ))}
        </section>
        {attempt && (
          <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
            {attempt.questions.map((question, index) => {
              const score = result?.perQuestion[question.id];
              return (
                <fieldset key={question.id} className="panel question" data-question={question.id} data-result={score ? (score.success ? 'correct' : 'wrong') : undefined}>
                  <legend id={`q-${question.id}-prompt`}>
                    {index + 1}. {question.prompt[language]} <span className="muted">({t('quizPoints', { points: question.points })})</span>
                  </legend>
                  <QuestionInput question={question} answer={answers[question.id]} language={language} t={t} disabled={Boolean(result) || busy} review={Boolean(result)}
                    onAnswer={(answer) => setAnswers((a) => ({ ...a, [question.id]: answer }))}
                    onAnswerOnScreen={() => void answerOnScreen(question)} onScreenState={onScreen[question.id] ?? 'idle'} />
                  {score && (
                    <div className={score.success ? 'status' : 'error'} role="note">
                      <strong>{score.success ? `✓ ${t('quizCorrect')}` : score.share > 0 ? `◐ ${t('quizPartly')}` : `✗ ${t('quizWrong')}`}</strong>
                      {!score.success && correctAnswerText(question, language, t) && <div>{t('quizCorrectAnswer', { answer: correctAnswerText(question, language, t) })}</div>}
                      {question.explanation && <div className="muted">{question.explanation[language]}</div>}
                    </div>
                  )}
                </fieldset>
              );
            })}
            <section className="panel">
              {result ? (
                <>
                  <p className={result.passed ? 'status' : 'error'} role="status" data-region="quiz-result">{summary}</p>
                  {!result.passed && attemptsLeft > 0 && <button type="button" onClick={start}>{t('quizRetry')}</button>}
                </>
              ) : confirming !== undefined ? (
                <UnansweredConfirm missing={confirming} t={t} onSubmit={() => void submit(true)}
                  onCancel={() => { setConfirming(undefined); requestAnimationFrame(() => submitButton.current?.focus()); }} />
              ) : (
                <button type="submit" ref={submitButton} className="primary" data-action="submit-quiz" disabled={busy}>{t('quizSubmit')}</button>
              )}
            </section>
          </form>
        )}
      </main>
    </div>
  );
}
