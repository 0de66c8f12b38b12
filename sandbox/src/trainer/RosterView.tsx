import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ROSTER_FIELDS, guessRosterMapping, rosterEntries, type RosterField, type RosterMapping, type RosterProblem, type RosterTable } from '@preceptor/shared/trainer/roster.ts';
import { roleIndex, unmatchedRosterRoles } from '@preceptor/shared/trainer/rosterMatching.ts';
import { readRosterFile } from './rosterFile.ts';
import { useRosterText, type RosterT, type RosterTx } from './rosterMessages.ts';
import { readRoster, replaceRoster } from './rosterStore.ts';
import { readSettings } from './trainerDb.ts';
import { TrainerSection, dateTime } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import { Data } from '../ui/Data.tsx';

const PREVIEW_ROWS = 5;
const PROBLEMS_SHOWN = 20;

export function rosterProblemText(r: RosterT, p: RosterProblem): string {
  return r(`roster.problem.${p.code}`, { file: p.file, row: p.row ?? '', column: p.column ?? '', detail: p.detail ?? '', firstRow: p.firstRow ?? '' });
}

/** Import the hospital's staff list: choose a file, check the column mapping and a preview, accept. */
export function RosterView(): ReactNode {
  const { r, rx, lang } = useRosterText();
  const { db, model, refresh } = useDashboard();
  const id = useId();
  const current = useLiveQuery(() => readRoster(db), [db]);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  // role words no pack or built-in role title matches: the gate cannot pick these people's rule
  const unmatchedRoles = useMemo(() => (current ? unmatchedRosterRoles(current.entries, roleIndex(settings?.goLivePack?.roles)) : []), [current, settings]);
  const [pending, setPending] = useState<{ table: RosterTable; mapping: RosterMapping } | undefined>(undefined);
  const [status, setStatus] = useState<ReactNode>('');
  const [readProblem, setReadProblem] = useState<RosterProblem | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setReadProblem(undefined);
    setStatus(rx('roster.reading', { file: <Data>{file.name}</Data> }));
    try {
      const table = await readRosterFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setPending({ table, mapping: guessRosterMapping(table.header) });
      setStatus('');
    } catch (e) {
      setStatus('');
      setReadProblem({ code: 'unreadable', file: file.name, detail: e instanceof Error ? e.message : String(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <TrainerSection heading={r('roster.heading')}>
      <p className="tr-hint">{r('roster.hint')}</p>
      <p data-region="roster-current">
        {current ? rx('roster.current', { file: <Data>{current.fileName}</Data>, people: current.entries.length, date: dateTime(current.importedAt, lang) }) : r('roster.none')}
      </p>
      {model?.roster && (
        <p data-region="roster-counts" data-missing={model.roster.notHandedIn.length} data-unknown={model.roster.notOnRoster}>
          {r('roster.counts', { missing: model.roster.notHandedIn.length, unknown: model.roster.notOnRoster })}
        </p>
      )}
      {unmatchedRoles.length > 0 && (
        <div className="tr-problems" data-region="roster-role-problems" data-count={unmatchedRoles.length}>
          <p>{r('roster.roles.unmatched', { count: unmatchedRoles.length })}</p>
          <ul>
            {unmatchedRoles.slice(0, PROBLEMS_SHOWN).map((u) => (
              <li key={u.role} data-role={u.role}>
                {rx('roster.roles.item', { role: <Data>{u.role}</Data>, people: u.people, staffNumber: u.firstStaffNumber })}
              </li>
            ))}
          </ul>
          {unmatchedRoles.length > PROBLEMS_SHOWN && <p>{r('roster.problemsMore', { count: unmatchedRoles.length - PROBLEMS_SHOWN })}</p>}
          <p>{r('roster.roles.fix')}</p>
        </div>
      )}
      <p className="tr-row">
        <label htmlFor={`${id}-file`}>{r('roster.choose')}</label>
        <input id={`${id}-file`} ref={input} type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-action="roster-file" onChange={(e) => void choose(e.target.files?.[0])} />
      </p>
      <p role="status" data-region="roster-status">{status}</p>
      {readProblem && (
        <p className="tr-problems" role="alert">
          {rosterProblemText(r, readProblem)}
        </p>
      )}
      {pending && (
        <MappingDialog
          table={pending.table}
          mapping={pending.mapping}
          onMapping={(mapping) => setPending({ ...pending, mapping })}
          onCancel={() => (setPending(undefined), setStatus(r('roster.cancelled')))}
          onAccept={async (entries) => {
            await replaceRoster(db, { fileName: pending.table.fileName, encoding: pending.table.encoding, mapping: pending.mapping, entries });
            setPending(undefined);
            setStatus(rx('roster.accepted', { file: <Data>{pending.table.fileName}</Data>, count: entries.length }));
            await refresh();
          }}
          r={r}
          rx={rx}
        />
      )}
    </TrainerSection>
  );
}

function MappingDialog({ table, mapping, onMapping, onCancel, onAccept, r, rx }: { table: RosterTable; mapping: RosterMapping; onMapping: (m: RosterMapping) => void; onCancel: () => void; onAccept: (entries: ReturnType<typeof rosterEntries>['entries']) => Promise<void>; r: RosterT; rx: RosterTx }): ReactNode {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const { entries, problems } = useMemo(() => rosterEntries(table, mapping), [table, mapping]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const mapped = ROSTER_FIELDS.filter((f) => mapping[f] !== undefined);
  const preview = table.rows.filter((row) => row.some((c) => c !== '')).slice(0, PREVIEW_ROWS);
  const set = (field: RosterField, value: string) => {
    const next: RosterMapping = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onMapping(next);
  };
  return (
    <dialog ref={dialog} className="tr-dialog" aria-labelledby={`${id}-title`} data-region="roster-dialog" onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h3 id={`${id}-title`}>{rx('roster.dialog.title', { file: <Data>{table.fileName}</Data> })}</h3>
      <p className="tr-hint">{r('roster.dialog.hint')}</p>
      <fieldset className="tr-mapping">
        <legend>{r('roster.dialog.mapping')}</legend>
        {ROSTER_FIELDS.map((field) => (
          <p key={field} className="tr-row">
            <label htmlFor={`${id}-${field}`}>{r(`roster.field.${field}`)}</label>
            <select id={`${id}-${field}`} data-field={field} value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
              <option value="">{r('roster.column.none')}</option>
              {table.header.map((h, i) => (
                <option key={i} value={i} translate="no">
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </p>
        ))}
      </fieldset>
      <div className="tr-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-preview`}>
        <table className="tr-table" data-table="roster-preview">
          <caption id={`${id}-preview`}>{r('roster.preview', { rows: preview.length, total: table.rows.filter((row) => row.some((c) => c !== '')).length, encoding: table.encoding.toUpperCase(), header: table.headerRow })}</caption>
          <thead>
            <tr>
              {mapped.map((f) => (
                <th scope="col" key={f}>
                  {r(`roster.field.${f}`)} <span className="tr-kind">← <Data>{table.header[mapping[f]!] || `#${mapping[f]! + 1}`}</Data></span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, i) => (
              <tr key={i}>
                {mapped.map((f) => (
                  <td key={f} translate="no">{row[mapping[f]!] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <div className="tr-problems" role="alert" data-region="roster-problems">
          <p>{r('roster.problems', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              <li key={i}>{rosterProblemText(r, p)}</li>
            ))}
          </ul>
          {problems.length > PROBLEMS_SHOWN && <p>{r('roster.problemsMore', { count: problems.length - PROBLEMS_SHOWN })}</p>}
        </div>
      )}
      <p className="tr-row">
        <button
          type="button"
          className="tr-button--primary"
          data-action="roster-accept"
          disabled={busy || problems.length > 0 || entries.length === 0}
          onClick={async () => {
            setBusy(true);
            try {
              await onAccept(entries);
            } finally {
              setBusy(false);
            }
          }}
        >
          {r('roster.accept', { count: entries.length })}
        </button>
        <button type="button" data-action="roster-cancel" onClick={onCancel}>
          {r('roster.cancel')}
        </button>
      </p>
    </dialog>
  );
}
