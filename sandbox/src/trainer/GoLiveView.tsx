import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { DEFAULT_GO_LIVE_RULE, byDepartment, effectiveRules, evaluateGoLive, goLiveReadyCsv, packGoLive, ruleFor, type GateGap, type GoLiveRule, type GoLiveRules } from '@preceptor/shared/trainer/goLiveGate.ts';
import { roleIdText, roleIndex } from '@preceptor/shared/trainer/rosterMatching.ts';
import { useRosterText, type RosterT } from './rosterMessages.ts';
import { readSettings, writeSettings } from './trainerDb.ts';
import { TrainerSection, downloadText } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import { RoleName, RosterRole, useRosterRoles } from './rosterRows.tsx';
import { Data } from '../ui/Data.tsx';
import './roster.css';

export function gapText(r: RosterT, gap: GateGap): string {
  switch (gap.part) {
    case 'tours':
    case 'scenarios':
      return r(`gate.gap.${gap.part}`, { missing: gap.missing, required: gap.required });
    case 'quiz':
      return gap.best === null ? r('gate.gap.quizNone', { min: gap.min }) : r('gate.gap.quiz', { best: gap.best, min: gap.min });
    default:
      return r(`gate.gap.${gap.part}`);
  }
}

/** Who may have system access switched on, per department, and why not; the ready list as CSV for IT. */
export function GoLiveView(): ReactNode {
  const { r, rx, lang } = useRosterText();
  const rosterRoles = useRosterRoles();
  const { db, model } = useDashboard();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const [rules, setRules] = useState<GoLiveRules>({});
  const [saved, setSaved] = useState(false);
  const [packProblem, setPackProblem] = useState('');
  const id = useId();
  const edited = useRef(false);
  useEffect(() => {
    if (settings && !edited.current) setRules(settings.goLiveRules);
  }, [settings]);

  const gate = useMemo(
    () =>
      model && settings
        ? evaluateGoLive({ items: model.items, learners: model.learners, progress: model.progress, signedOff: new Set(model.signedOff), notHandedIn: model.roster?.notHandedIn ?? [], rules: effectiveRules(settings.goLiveRules, settings.goLivePack), roleIndex: roleIndex(settings.goLivePack?.roles) })
        : [],
    [model, settings],
  );
  // the learners' own roles and the roles the roster gives people
  const roles = useMemo(() => [...new Set([...(model?.learners ?? []).map((l) => l.role), ...gate.map((g) => g.roleId)])].filter(Boolean).sort(), [model, gate]);
  if (!model || !settings) return null;
  const pack = settings.goLivePack;
  const loadPack = async (file: File | undefined) => {
    if (!file) return;
    setPackProblem('');
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (e) {
      setPackProblem(r('gate.pack.notJson', { file: file.name, detail: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const parsed = ContentPack.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setPackProblem(r('gate.pack.invalid', { file: file.name, path: issue.path.join('.') || '/', detail: issue.message }));
      return;
    }
    await writeSettings(db, { goLivePack: packGoLive(file.name, parsed.data) });
  };
  const ready = gate.filter((g) => g.ready);
  const change = (role: string, patch: Partial<GoLiveRule>) => {
    edited.current = true;
    setSaved(false);
    setRules((all) => ({ ...all, [role]: { ...ruleFor(all, role), ...patch } }));
  };

  return (
    <TrainerSection heading={r('gate.heading')}>
      <p className="tr-hint">{r('gate.hint')}</p>
      <div className="tr-row" data-region="gate-pack">
        <label htmlFor={`${id}-pack`}>{r('gate.pack.choose')}</label>
        <input id={`${id}-pack`} type="file" accept=".json,application/json" data-action="gate-pack" onChange={(e) => void loadPack(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        {pack && (
          <>
            <span data-pack={pack.packId}>
              {rx('gate.pack.loaded', {
                pack: `${pack.packId} ${pack.version}`,
                roles: Object.keys(pack.rules).length ? Object.keys(pack.rules).map((role, i) => <Fragment key={role}>{i > 0 && (lang === 'en' ? ', ' : '、')}<RoleName roleId={role} roles={rosterRoles} /></Fragment>) : '—',
                date: pack.goLiveDate ?? '—',
              })}
            </span>
            <button type="button" onClick={() => void writeSettings(db, { goLivePack: undefined })}>
              {r('gate.pack.remove')}
            </button>
          </>
        )}
      </div>
      {packProblem && (
        <p className="tr-problems" role="alert">
          {packProblem}
        </p>
      )}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await writeSettings(db, { goLiveRules: rules });
          setSaved(true);
        }}
      >
        <table className="tr-table tr-gate-rules" data-table="gate-rules">
          <caption>{r('gate.rules')}</caption>
          <thead>
            <tr>
              <th scope="col">{r('gate.rule.role')}</th>
              <th scope="col">{r('gate.rule.tours')}</th>
              <th scope="col">{r('gate.rule.quizMin')}</th>
              <th scope="col">{r('gate.rule.scenarios')}</th>
              <th scope="col">{r('gate.rule.signOff')}</th>
            </tr>
          </thead>
          <tbody>
            {['', ...new Set([...roles, ...Object.keys(pack?.rules ?? {})])].map((role) => {
              const fromPack = pack?.rules[role];
              const rule = fromPack ?? rules[role] ?? (role === '' ? DEFAULT_GO_LIVE_RULE : ruleFor(rules, role));
              // in words for the checkboxes' labels; the row's heading marks a role we have no title for as data
              const name = role === '' ? r('gate.rule.default') : roleIdText(role, rosterRoles.titles, lang);
              const locked = fromPack !== undefined;
              return (
                <tr key={role || '*'} data-role={role || '*'}>
                  <th scope="row">
                    {role === '' ? name : <RoleName roleId={role} roles={rosterRoles} />}
                    {locked && <span className="tr-staff"> · {r('gate.pack.fromPack')}</span>}
                  </th>
                  <td>
                    <input type="checkbox" disabled={locked} aria-label={`${name}: ${r('gate.rule.tours')}`} checked={rule.toursDone} onChange={(e) => change(role, { toursDone: e.target.checked })} />
                  </td>
                  <td>
                    <input type="checkbox" disabled={locked} aria-label={`${name}: ${r('gate.rule.quizOn')}`} checked={rule.quizMinPercent !== null} onChange={(e) => change(role, { quizMinPercent: e.target.checked ? 80 : null })} />{' '}
                    <input type="number" min={0} max={100} aria-label={`${name}: ${r('gate.rule.quizMin')}`} disabled={locked || rule.quizMinPercent === null} value={rule.quizMinPercent ?? ''} onChange={(e) => change(role, { quizMinPercent: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })} />
                  </td>
                  <td>
                    <input type="checkbox" disabled={locked} aria-label={`${name}: ${r('gate.rule.scenarios')}`} checked={rule.scenariosPassed} onChange={(e) => change(role, { scenariosPassed: e.target.checked })} />
                  </td>
                  <td>
                    <input type="checkbox" disabled={locked} aria-label={`${name}: ${r('gate.rule.signOff')}`} checked={rule.mentorSignOff} onChange={(e) => change(role, { mentorSignOff: e.target.checked })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="tr-row">
          <button type="submit" className="tr-button--primary" data-action="gate-save">
            {r('gate.save')}
          </button>
          <span role="status">{saved ? r('gate.saved') : ''}</span>
        </p>
      </form>

      {gate.length === 0 ? (
        <p className="tr-hint">{r('gate.empty')}</p>
      ) : (
        <>
          <p data-region="gate-summary" data-ready={ready.length}>
            {r('gate.summary', { ready: ready.length, notReady: gate.length - ready.length })}
          </p>
          <p className="tr-row">
            <button
              type="button"
              data-action="gate-export"
              disabled={ready.length === 0}
              onClick={() => downloadText(`${r('gate.fileName')}-${new Date().toISOString().slice(0, 10)}.csv`, goLiveReadyCsv(gate, [r('gate.csv.staffNumber'), r('gate.csv.name'), r('gate.csv.department'), r('gate.csv.role'), r('gate.csv.learner'), r('gate.csv.readyAt')]))}
            >
              {r('gate.export', { count: ready.length })}
            </button>
            <span className="tr-hint">{r('gate.exportHint')}</span>
          </p>
          {byDepartment(gate).map(([department, rows]) => (
            <section key={department} className="tr-gate-dept" data-department={department}>
              <table className="tr-table" data-table="gate">
                <caption>{rx('gate.department', { department: department ? <Data>{department}</Data> : r('gate.noDepartment'), ready: rows.filter((g) => g.ready).length, total: rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{r('gate.col.person')}</th>
                    <th scope="col">{r('gate.col.role')}</th>
                    <th scope="col">{r('gate.col.state')}</th>
                    <th scope="col">{r('gate.col.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, 500).map((g) => (
                    <tr key={g.learner || `roster:${g.staffNumber}`} data-staff={g.staffNumber} data-ready={g.ready}>
                      <th scope="row">
                        {g.name ? <Data>{g.name}</Data> : <code>{g.learner.slice(0, 8)}</code>} {g.staffNumber && <span className="tr-staff">{g.staffNumber}</span>}
                      </th>
                      <td data-role-id={g.roleId}>{g.role.trim() ? <RosterRole words={g.role} roles={rosterRoles} /> : '—'}</td>
                      <td>{g.ready ? <span className="tr-ok">✔ {r('gate.ready')}</span> : <span className="tr-status--nothing">✖ {r('gate.notReady')}</span>}</td>
                      <td>
                        {g.gaps.length > 0 && (
                          <ul className="tr-gate-gaps">
                            {g.gaps.map((gap, i) => (
                              <li key={i}>{gapText(r, gap)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </TrainerSection>
  );
}
