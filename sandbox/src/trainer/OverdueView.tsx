import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { overdueLearners } from '@preceptor/shared/trainer/readiness.ts';
import { readSettings, writeSettings } from './trainerDb.ts';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, dateTime, LearnerLabel, percent } from './trainerUi.tsx';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { useDashboard } from './useDashboard.ts';
import { NothingMark, RoleName, RosterBadge, RosterRole, rosterOnlyRows, useRosterRoles } from './rosterRows.tsx';
import { useRosterText } from './rosterMessages.ts';
import { Data } from '../ui/Data.tsx';

/** The deadline: the go-live day's local midnight, minus the lead days. */
export function trainingDeadline(goLiveDate: string, leadDays: number): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(goLiveDate);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) - leadDays);
}

export function OverdueView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { r } = useRosterText();
  const roles = useRosterRoles();
  const { db, model } = useDashboard();
  const id = useId();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const [goLive, setGoLive] = useState('');
  const [leadDays, setLeadDays] = useState(7);
  const [saved, setSaved] = useState(false);
  // the stored settings fill the form until the trainer types: a late read never wipes what they typed
  const edited = useRef(false);
  useEffect(() => {
    if (!settings || edited.current) return;
    setGoLive(settings.goLiveDate);
    setLeadDays(settings.leadDays);
  }, [settings]);

  // the pack's go-live date wins over the typed one (issue 15)
  const packDate = settings?.goLivePack?.goLiveDate;
  const deadline = settings ? trainingDeadline(packDate ?? settings.goLiveDate, settings.leadDays) : undefined;
  const report = model && deadline ? overdueLearners(model.learners, deadline.getTime(), Date.now()) : undefined;
  // roster people with nothing handed in are outstanding too (issue 15)
  const rosterOnly = model ? rosterOnlyRows(model) : [];
  const status = report ? (report.daysLeft <= 0 ? 'overdue' : report.daysLeft <= 7 ? 'due-soon' : 'on-track') : 'on-track';

  return (
    <TrainerSection heading={t('overdue.heading')}>
      <form
        className="tr-form tr-row"
        onSubmit={async (e) => {
          e.preventDefault();
          await writeSettings(db, { goLiveDate: goLive, leadDays: Math.max(0, Math.round(leadDays)) });
          setSaved(true);
        }}
      >
        <label htmlFor={`${id}-golive`}>{t('overdue.goLive')}</label>
        <input id={`${id}-golive`} type="date" name="goLiveDate" value={goLive} onChange={(e) => ((edited.current = true), setGoLive(e.target.value), setSaved(false))} />
        <label htmlFor={`${id}-lead`}>{t('overdue.leadDays')}</label>
        <input id={`${id}-lead`} type="number" name="leadDays" min={0} max={365} value={leadDays} onChange={(e) => ((edited.current = true), setLeadDays(Number(e.target.value)), setSaved(false))} />
        <button type="submit" className="tr-button--primary">{t('overdue.save')}</button>
        <span role="status">{saved ? t('overdue.saved') : ''}</span>
      </form>

      {packDate && settings?.goLivePack && (
        <p className="tr-hint" data-region="pack-date">
          {r('gate.pack.dateFromPack', { pack: `${settings.goLivePack.packId} ${settings.goLivePack.version}`, date: packDate })}
        </p>
      )}
      {!deadline && <p className="tr-hint">{t('overdue.noDate')}</p>}
      {deadline && report && (
        <>
          <p className="tr-deadline" data-region="deadline">
            {t('overdue.deadline', {
              date: deadline.toLocaleDateString(lang, { dateStyle: 'long' }),
              relative: report.daysLeft >= 0 ? t('overdue.daysLeft', { days: report.daysLeft }) : t('overdue.daysPast', { days: -report.daysLeft }),
            })}
          </p>
          {report.rows.length + rosterOnly.length === 0 ? (
            <p className="tr-ok">{t('overdue.allReady')}</p>
          ) : (
            <table className="tr-table" data-table="overdue">
              <caption>{t('overdue.caption', { count: report.rows.length + rosterOnly.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matrix.learner')}</th>
                  <th scope="col">{t('matrix.role')}</th>
                  <th scope="col">{t('matrix.department')}</th>
                  <th scope="col" className="num">{t('matrix.done')}</th>
                  <th scope="col" className="num">{t('overdue.missing')}</th>
                  <th scope="col">{t('overdue.lastActivity')}</th>
                  <th scope="col">{t('overdue.status')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.slice(0, 500).map((r) => (
                  <tr key={r.learner.learner} data-learner={r.learner.learner} data-status={r.status}>
                    <th scope="row"><LearnerLabel learner={r.learner} t={t} withDepartment={false} /><RosterBadge learner={r.learner} /></th>
                    <td>
                      <RoleName roleId={r.learner.role} roles={roles} />
                    </td>
                    <td><Data>{learnerDepartment(r.learner)}</Data></td>
                    <td className="num">{percent(r.learner.ratio, lang)}</td>
                    <td className="num">{r.missing}</td>
                    <td>{dateTime(r.learner.lastAt, lang)}</td>
                    <td>
                      <span className={`tr-deadline-status tr-deadline-status--${r.status}`}>
                        {r.status === 'overdue' ? '⚠ ' : r.status === 'due-soon' ? '◷ ' : ''}
                        {t(`deadline.${r.status}`)}
                      </span>
                    </td>
                  </tr>
                ))}
                {rosterOnly.slice(0, Math.max(0, 500 - report.rows.length)).map((e) => (
                  <tr key={`roster:${e.staffNumber}`} data-roster-only={e.staffNumber} data-status={status}>
                    <th scope="row"><Data>{e.name || '—'}</Data> <span className="tr-staff">{e.staffNumber}</span></th>
                    <td>{e.role.trim() ? <RosterRole words={e.role} roles={roles} /> : '—'}</td>
                    <td><Data>{e.department}</Data></td>
                    <td className="num">—</td>
                    <td className="num">—</td>
                    <td><NothingMark /></td>
                    <td>
                      <span className={`tr-deadline-status tr-deadline-status--${status}`}>
                        {status === 'overdue' ? '⚠ ' : status === 'due-soon' ? '◷ ' : ''}
                        {t(`deadline.${status}`)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </TrainerSection>
  );
}
