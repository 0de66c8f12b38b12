import { useMemo, useState, type ReactNode } from 'react';
import { suggestionsFile, type ListedSuggestion } from '@preceptor/shared/trainer/suggestionList.ts';
import { PROBLEM_LIST_MESSAGES } from './problemListMessages.ts';
import type { TrainerKey, TrainerT } from './trainerMessages.ts';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, dateTime, downloadText } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

/** 学员建议 (知识沉淀, issue 16): learners' suggested tips and FAQ entries, and the file mentors take to the editor. */

function elementText(t: TrainerT, s: ListedSuggestion): string {
  const element = s.input.element;
  if (!element) return '';
  const key = `problems.role.${element.role}`;
  const role = key in PROBLEM_LIST_MESSAGES ? t(key as TrainerKey) : element.role;
  return element.label ? `${role} “${element.label}”` : role;
}

/** The page pattern without the origin: the route is what a trainer reads. */
const pageText = (page: string) => page.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || page;

export function SuggestionListView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model } = useDashboard();
  const [exported, setExported] = useState('');
  // the name the learner handed in with consent (their bundle's identity); never the opaque id
  const authors = useMemo(() => new Map((model?.learners ?? []).flatMap((l) => (l.staff?.displayName ? [[l.learner, l.staff.displayName] as const] : []))), [model]);
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  const rows = model.suggestions;

  function exportFile() {
    const file = `preceptor-suggestions_${new Date().toISOString().slice(0, 10)}.json`;
    downloadText(file, suggestionsFile(rows, (learner) => authors.get(learner), new Date()), 'application/json;charset=utf-8');
    setExported(file);
  }

  return (
    <TrainerSection heading={t('suggestions.heading')}>
      <p className="tr-hint">{t('suggestions.explain')}</p>
      {rows.length === 0 ? (
        <p className="tr-ok">{t('suggestions.none')}</p>
      ) : (
        <>
          <p>
            <button type="button" className="tr-button--primary" data-action="export-suggestions" onClick={exportFile}>
              {t('suggestions.export')}
            </button>{' '}
            <span role="status">{exported ? t('suggestions.exported', { file: exported }) : ''}</span>
          </p>
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
                  <td data-region="element">{elementText(t, s)}</td>
                  <td>{authors.get(s.learner) ?? t('suggestions.anonymous')}</td>
                  <td>{dateTime(s.at, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </TrainerSection>
  );
}
