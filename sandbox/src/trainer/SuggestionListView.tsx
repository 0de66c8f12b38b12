import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { publishedAnswers } from '@preceptor/shared/trainer/problemAnswers.ts';
import { problemListRows } from '@preceptor/shared/trainer/problemList.ts';
import { suggestionsFile, type ListedSuggestion } from '@preceptor/shared/trainer/suggestionList.ts';
import { controlText, known, pageText } from './problemWords.ts';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, dateTime, downloadText } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

/** 学员建议 (知识沉淀, issue 16): learners' suggested tips and FAQ entries, and the file mentors take to the editor. */

export function SuggestionListView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model, db } = useDashboard();
  const handling = useLiveQuery(() => db.problemHandling.toArray(), [db]);
  const [exported, setExported] = useState('');
  // the name the learner handed in with consent (their bundle's identity); never the opaque id
  const authors = useMemo(() => new Map((model?.learners ?? []).flatMap((l) => (l.staff?.displayName ? [[l.learner, l.staff.displayName] as const] : []))), [model]);
  // the trainer's answers marked "publish as help for this page" in the pilot problem list
  const answers = useMemo(() => (model && handling ? publishedAnswers(problemListRows(model.problems, handling, Date.now()), lang) : []), [model, handling, lang]);
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  const rows = model.suggestions;

  function exportFile() {
    const file = `preceptor-suggestions_${new Date().toISOString().slice(0, 10)}.json`;
    downloadText(file, suggestionsFile(rows, (learner) => authors.get(learner), new Date(), answers), 'application/json;charset=utf-8');
    setExported(file);
  }

  return (
    <TrainerSection heading={t('suggestions.heading')}>
      <p className="tr-hint">{t('suggestions.explain')}</p>
      {rows.length === 0 && answers.length === 0 ? (
        <p className="tr-ok">{t('suggestions.none')}</p>
      ) : (
        <>
          <p>
            <button type="button" className="tr-button--primary" data-action="export-suggestions" onClick={exportFile}>
              {t('suggestions.export')}
            </button>{' '}
            <span role="status">{exported ? t('suggestions.exported', { file: exported }) : ''}</span>
          </p>
          {rows.length > 0 && (
          <table className="tr-table" data-table="suggestions">
            <caption>{t('suggestions.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('suggestions.page')}</th>
                <th scope="col">{t('suggestions.kind')}</th>
                <th scope="col">{t('suggestions.text')}</th>
                <th scope="col">{t('suggestions.element')}</th>
                <th scope="col">{t('suggestions.author')}</th>
                <th scope="col">{t('suggestions.when')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} data-suggestion={s.input.kind} data-page={s.pagePattern}>
                  <th scope="row">
                    <code>{pageText(s.pagePattern)}</code>
                  </th>
                  <td>{t(`suggestions.kind.${s.input.kind}`)}</td>
                  <td className="tr-problem-text" data-region="text">
                    {s.input.kind === 'tip' ? (
                      s.input.text
                    ) : (
                      <>
                        {t('suggestions.question')}
                        {s.input.question}
                        <br />
                        {t('suggestions.answer')}
                        {s.input.answer}
                      </>
                    )}
                  </td>
                  <td data-region="element">{controlText(t, s.input.element)}</td>
                  <td>{authors.get(s.learner) ?? t('suggestions.anonymous')}</td>
                  <td>{dateTime(s.at, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          )}
          {answers.length > 0 && (
            <>
              <h3>{t('suggestions.answers')}</h3>
              <p className="tr-hint">{t('suggestions.answersExplain')}</p>
              <table className="tr-table" data-table="published-answers">
                <caption>{t('suggestions.answersCaption', { count: answers.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('suggestions.page')}</th>
                    <th scope="col">{t('suggestions.category')}</th>
                    <th scope="col">{t('suggestions.asked')}</th>
                    <th scope="col">{t('suggestions.answered')}</th>
                    <th scope="col">{t('suggestions.element')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answers.map((a) => (
                    <tr key={a.id} data-answer={a.category} data-page={a.pagePattern}>
                      <th scope="row">
                        <code>{pageText(a.pagePattern)}</code>
                      </th>
                      <td>{known(t, 'problems.cat.', a.category)}</td>
                      <td className="tr-problem-text">{a.question}</td>
                      <td className="tr-problem-text" data-region="answer">{a.answer}</td>
                      <td>{controlText(t, a.element)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </TrainerSection>
  );
}
