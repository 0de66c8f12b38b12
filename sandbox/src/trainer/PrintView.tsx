import type { MouseEvent, ReactNode } from 'react';
import { cellStatus } from '@preceptor/shared/trainer/readiness.ts';
import { navigate } from '../router.ts';
import { useTrainerText } from './trainerMessages.ts';
import { StatusMark, LearnerLabel, percent, titleOf } from './trainerUi.tsx';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { useDashboard } from './useDashboard.ts';
import { RoleName, useRosterRoles } from './rosterRows.tsx';
import { Data } from '../ui/Data.tsx';

/** A readiness report laid out for paper / PDF (see the print rules in trainer.css). */
export function PrintView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model } = useDashboard();
  const roles = useRosterRoles();
  const back = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate('/trainer/exports');
  };
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  const ready = model.learners.filter((l) => l.ready).length;
  // one table per role and department: the role in our words, the department as every view reads it (learnerDepartment)
  const groups = new Map<string, { role: string; department: string; learners: typeof model.learners }>();
  for (const l of model.learners) {
    const department = learnerDepartment(l);
    const key = JSON.stringify([l.role, department]);
    const group = groups.get(key) ?? { role: l.role, department, learners: [] };
    group.learners.push(l);
    groups.set(key, group);
  }
  return (
    <article className="tr-print" aria-labelledby="tr-print-h">
      <div className="tr-print__actions tr-no-print">
        <a href="/trainer/exports" onClick={back}>
          ← {t('print.back')}
        </a>
        <button type="button" className="tr-button--primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <h1 id="tr-print-h">{t('print.heading')}</h1>
      <p>{t('print.generated', { time: new Date(model.builtAt).toLocaleString(lang) })}</p>
      <p>{t('totals', model.totals)}</p>
      <p className="strong">{t('print.summary', { learners: model.learners.length, ready, percent: percent(model.learners.length ? ready / model.learners.length : 0, lang) })}</p>
      <p className="tr-legend">
        {(['completed', 'in-progress', 'failed', 'not-started', 'not-required'] as const).map((s) => (
          <StatusMark key={s} status={s} t={t} />
        ))}
      </p>
      {[...groups.entries()].map(([group, { role, department, learners }]) => {
        const columns = model.items.map((item, index) => ({ item, index })).filter(({ index }) => learners.some((l) => l.cells[index] !== '-'));
        return (
          <table className="tr-table tr-print__table" key={group}>
            <caption>
              <RoleName roleId={role} roles={roles} /> · {department ? <Data>{department}</Data> : '—'}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.learner')}</th>
                <th scope="col" className="num">{t('matrix.done')}</th>
                {columns.map(({ item }) => (
                  <th scope="col" key={item.id}>
                    {titleOf(model, item.id, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {learners.map((l) => (
                <tr key={l.learner}>
                  <th scope="row">
                    <LearnerLabel learner={l} t={t} withDepartment={false} />
                  </th>
                  <td className="num">
                    {l.completed}/{l.required} {l.ready ? `✔ ${t('matrix.ready')}` : ''}
                  </td>
                  {columns.map(({ item, index }) => (
                    <td key={item.id} className="tr-cell">
                      <StatusMark status={cellStatus(l.cells[index] ?? '-')} t={t} compact />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </article>
  );
}
