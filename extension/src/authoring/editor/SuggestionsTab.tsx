import { useId, useState } from 'react';
import { acceptSuggestion, isAnsweredProblem, isInDraft, parseSuggestionsFile, type ReviewEntry } from '@preceptor/shared/authoring/suggestionReview.ts';
import type { AnsweredProblemEntry } from '@preceptor/shared/trainer/problemAnswers.ts';
import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { PROBLEM_CATEGORY_KEYS, problemFormTranslator } from '../../i18n/problemFormMessages.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { REJECTION_REASON_MAX, rejectSuggestion, suggestionRejections, undoRejection } from '../suggestionReviews.ts';
import type { AuthoringTranslate } from '../authoringMessages.ts';
import { useEditor } from './editorContext.tsx';

/** A suggestions file is a few hundred kilobytes at most. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

type Loaded = { fileName: string; suggestions: ReviewEntry[] } | { fileName: string; problems: FieldProblem[] };

/**
 * 学员建议 (issue 16): the trainer's suggestions file, read here and reviewed one by one. Accept puts
 * the suggestion into this pack's draft as a field tip or an FAQ entry with credit (shared
 * authoring/suggestionReview.ts); reject keeps the reason in this browser (suggestionReviews.ts).
 * Why a file and not the learners' bundles: the trainer already verified and merged those, and
 * only the trainer's dashboard knows which learners consented to show their names.
 */
export function SuggestionsTab() {
  const { draft, update, t, language } = useEditor();
  const rejections = useStorageItem(suggestionRejections) ?? {};
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [note, setNote] = useState('');
  const inputId = useId();

  async function readFile(file: File) {
    setNote('');
    if (file.size > MAX_FILE_BYTES) {
      setLoaded({ fileName: file.name, problems: [{ path: '', message: `${(file.size / 1024 / 1024).toFixed(1)} MB > 5 MB` }] });
      return;
    }
    const result = parseSuggestionsFile(file.name, await file.text());
    setLoaded(result.ok ? { fileName: file.name, suggestions: result.suggestions } : { fileName: result.fileName, problems: result.problems });
  }

  const all = loaded && 'suggestions' in loaded ? loaded.suggestions : [];
  // every suggestion is offered: a pack copied from a bundled one has an id of its own (the card says which pack it came from)
  const mine = all;
  const open = mine.filter((s) => !isInDraft(draft, s.id) && !rejections[s.id]);
  const done = mine.filter((s) => isInDraft(draft, s.id) || rejections[s.id]);

  function accept(entry: ReviewEntry) {
    const next = acceptSuggestion(draft, entry);
    if (next.tips !== draft.tips) {
      update(['tips'], next.tips);
      setNote(t('suggestionAcceptedAsTip', { id: next.tips.at(-1)!.id }));
    } else if (next.faqs !== draft.faqs) {
      update(['faqs'], next.faqs);
      setNote(t(isAnsweredProblem(entry) ? 'answerAcceptedAsFaq' : 'suggestionAcceptedAsFaq', { id: next.faqs!.at(-1)!.id }));
    }
  }

  return (
    <div data-region="suggestions">
      <p className="muted">{t('suggestionsIntro')}</p>
      <div className="row">
        <label htmlFor={inputId}>{t('suggestionsImport')}</label>
        <input id={inputId} type="file" accept=".json,application/json" data-action="import-suggestions"
          onChange={(e) => { const file = e.target.files?.[0]; if (file) void readFile(file); e.target.value = ''; }} />
      </div>
      {loaded && 'problems' in loaded && (
        <div className="problems" role="alert" data-region="suggestions-refused">
          <p className="error">{t('suggestionsRefused', { file: loaded.fileName, count: loaded.problems.length })}</p>
          <ul>
            {loaded.problems.map((p, i) => (
              <li key={i}><code>{p.path || t('fieldDocument')}</code>: {problemMessage(p, t, language)}</li>
            ))}
          </ul>
        </div>
      )}
      {loaded && 'suggestions' in loaded && <p role="status">{t('suggestionsImported', { file: loaded.fileName, count: loaded.suggestions.length })}</p>}
      <p role="status" data-region="suggestion-note">{note}</p>
      {open.length === 0 ? (
        <p className="muted">{t('suggestionsNone')}</p>
      ) : (
        <section aria-labelledby={`${inputId}-open`}>
          <h3 id={`${inputId}-open`}>{t('suggestionsOpen', { count: open.length })}</h3>
          {open.map((s) => <SuggestionCard key={s.id} entry={s} t={t} language={language} onAccept={() => accept(s)} />)}
          <p className="muted">{t('suggestionAcceptNote')}</p>
        </section>
      )}
      {done.length > 0 && (
        <details>
          <summary>{t('suggestionsDone', { count: done.length })}</summary>
          {done.map((s) => {
            const rejection = rejections[s.id];
            return (
              <div key={s.id} className="item" data-suggestion-id={s.id} data-state={rejection ? 'rejected' : 'accepted'}>
                <SuggestionText entry={s} t={t} language={language} />
                {rejection ? (
                  <p>
                    {t('suggestionRejected', { reason: rejection.reason })}{' '}
                    <button type="button" onClick={() => void undoRejection(s.id)}>{t('suggestionUndoReject')}</button>
                  </p>
                ) : (
                  <p className="status valid">✓ {t('suggestionAccepted')}</p>
                )}
              </div>
            );
          })}
        </details>
      )}
    </div>
  );
}

/** A control as the report or suggestion named it. */
function controlText(element: { role: string; label?: string } | undefined, t: AuthoringTranslate): string {
  if (!element) return '';
  return element.label ? t('suggestionControl', { role: element.role, label: element.label }) : t('suggestionControlRole', { role: element.role });
}

function SuggestionText({ entry, t, language }: { entry: ReviewEntry; t: AuthoringTranslate; language: Language }) {
  if (isAnsweredProblem(entry)) return <AnsweredProblemText entry={entry} t={t} language={language} />;
  const s = entry.suggestion;
  const element = s.element;
  return (
    <>
      <p>
        <strong>{t(s.kind === 'tip' ? 'suggestionKindTip' : 'suggestionKindFaq')}</strong> · <span className="muted">{t('suggestionBy', { author: entry.author ?? t('suggestionAnonymous') })}</span>
      </p>
      {s.kind === 'tip' ? <p data-region="suggestion-text">{s.text}</p> : (
        <>
          <p data-region="suggestion-text">{t('suggestionQuestion', { text: s.question })}</p>
          <p>{t('suggestionAnswer', { text: s.answer })}</p>
        </>
      )}
      <p className="muted">
        {t('suggestionPage', { page: entry.pagePattern })}
        {entry.packId && <> · {t('suggestionFromPack', { id: entry.packId })}</>}
        {element && <> · {controlText(element, t)}</>}
      </p>
    </>
  );
}

/** A trainer's answer to a pilot problem, published as help for its page (trainer/problemAnswers.ts). */
function AnsweredProblemText({ entry, t, language }: { entry: AnsweredProblemEntry; t: AuthoringTranslate; language: Language }) {
  return (
    <>
      <p>
        <strong>{t('answerKind')}</strong> · <span className="muted">{problemFormTranslator(language)(PROBLEM_CATEGORY_KEYS[entry.category])}</span>
      </p>
      <p data-region="suggestion-text">{t('answerLearnerAsked', { text: entry.question })}</p>
      <p data-region="answer-text">{t('answerTrainerAnswered', { text: entry.answer })}</p>
      <p className="muted">
        {t('suggestionPage', { page: entry.pagePattern })}
        {entry.element && <> · {controlText(entry.element, t)}</>}
      </p>
      <p className="muted small">{t('answerBecomesFaq')}</p>
    </>
  );
}

function SuggestionCard({ entry, t, language, onAccept }: { entry: ReviewEntry; t: AuthoringTranslate; language: Language; onAccept(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const reasonId = useId();
  return (
    <div className="item" data-suggestion-id={entry.id} data-kind={isAnsweredProblem(entry) ? 'answered-problem' : entry.suggestion.kind} data-state="open">
      <SuggestionText entry={entry} t={t} language={language} />
      <div className="row">
        <button type="button" className="primary" data-action="accept-suggestion" onClick={onAccept}>{t('suggestionAccept')}</button>
        <label htmlFor={reasonId}>{t('suggestionRejectReason')}</label>
        <input id={reasonId} maxLength={REJECTION_REASON_MAX} value={reason} aria-invalid={error ? true : undefined} aria-describedby={error ? `${reasonId}-err` : undefined}
          onChange={(e) => { setReason(e.target.value); setError(''); }} />
        <button type="button" data-action="reject-suggestion"
          onClick={() => { if (!reason.trim()) setError(t('suggestionRejectNeedsReason')); else void rejectSuggestion(entry.id, reason); }}>{t('suggestionReject')}</button>
      </div>
      {error && <p className="error" id={`${reasonId}-err`} role="alert">{error}</p>}
    </div>
  );
}
