// 信息科: user accounts and roles (least privilege), the interface board (HIS–LIS–PACS–医保),
// backups and restore drills into an isolated database, and the audit log.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { INTERFACES, ROLE_PERMISSIONS, RoleCode, findInterface, type BackupRecord, type InterfaceLink, type UserAccount } from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { ModulePage, ModuleWorkTabs } from '../ui/ModulePage.tsx';
import { Data } from '../ui/Data.tsx';
import { ago, deptName, listText, mdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';

type ItTab = 'users' | 'interfaces' | 'backup' | 'audit';
const DEPTS = ['cardio-1', 'resp-1', 'gs-1', 'icu', 'cardiology', 'respiratory', 'pharmacy', 'laboratory', 'radiology', 'outpatient-office', 'inpatient-office', 'it', 'medical-affairs'];

export default function ItPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { state, dispatch } = useHospital('it');
  const now = useNow(15_000);
  const ids = { filter: useId(), login: useId(), name: useId(), staff: useId(), dept: useId(), backup: useId() };
  const [tab, setTab] = useState<ItTab>('users');
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [form, setForm] = useState({ userId: '', name: '', staffId: '', deptCode: 'cardio-1', roles: [] as RoleCode[] });
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [roles, setRoles] = useState<RoleCode[]>([]);
  const [backupId, setBackupId] = useState('');
  const [target, setTarget] = useState<'training-restore' | 'production'>('training-restore');
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const users = state.users.filter((u) => filter.trim() === '' || `${u.userId} ${u.name} ${u.staffId ?? ''}`.toLowerCase().includes(filter.trim().toLowerCase()));
  const okBackups = state.backups.filter((b) => b.status === 'ok').slice().reverse();
  const chosenBackup = backupId || okBackups.find((b) => b.kind === 'full')?.backupId || '';
  const roleChecks = (value: RoleCode[], onChange: (r: RoleCode[]) => void) => (
    <div className="role-grid" role="group" aria-label={t('it.field.roles')}>
      {RoleCode.options.map((r) => (
        <label key={r} className="check role-grid__item">
          <input type="checkbox" name="role" value={r} checked={value.includes(r)} onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))} />
          <span>
            <span className={r === 'it-admin' || r === 'physician' ? 'strong' : undefined}>{t(`role.${r}` as MessageKey)}</span>
            <span className="muted"> — {listText(ROLE_PERMISSIONS[r].map((p) => t(`perm.${p}` as MessageKey)), lang)}</span>
          </span>
        </label>
      ))}
    </div>
  );
  const act = (result: ReturnType<typeof dispatch>, message: string): boolean => {
    if (!result.ok) {
      setIssues(result.issues);
      return false;
    }
    setIssues([]);
    notify(message);
    return true;
  };

  const usersView = (
    <div data-panel="users">
      <div className="toolbar">
        <label htmlFor={ids.filter}>{t('it.filter')}</label>
        <input id={ids.filter} name="userFilter" className="input input--sm" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" className="btn btn--primary" data-action="new-user" onClick={() => { setCreating(true); setForm({ userId: '', name: '', staffId: '', deptCode: 'cardio-1', roles: [] }); setIssues([]); }}>＋ {t('it.newUser')}</button>
      </div>
      <IssueList issues={creating || editing ? [] : issues} />
      <DataTable<UserAccount>
        caption={t('it.usersCaption')}
        rows={users}
        rowKey={(u) => u.userId}
        rowData={(u) => ({ 'data-user-id': u.userId, 'data-status': u.status })}
        rowClass={(u) => (u.status === 'disabled' ? 'is-muted' : undefined)}
        maxHeight={480}
        columns={[
          { key: 'login', header: t('it.col.login'), render: (u) => <span className="mono strong">{u.userId}</span> },
          { key: 'name', header: t('it.col.name'), render: (u) => <Data>{u.name}</Data> },
          { key: 'staff', header: t('it.col.staff'), render: (u) => <span className="mono">{u.staffId ?? ''}</span> },
          { key: 'dept', header: t('it.col.dept'), render: (u) => deptName(u.deptCode, t, lang) },
          { key: 'roles', header: t('it.col.roles'), render: (u) => listText(u.roles.map((r) => t(`role.${r}` as MessageKey)), lang) },
          {
            key: 'status', header: t('it.col.status'),
            render: (u) => (
              <>
                <StatusTag tone={u.status === 'active' ? 'ok' : u.status === 'locked' ? 'warn' : 'muted'}>{t(`it.userStatus.${u.status}` as MessageKey)}</StatusTag>
                {u.mustChangePassword ? <> <StatusTag tone="info">{t('it.mustChange')}</StatusTag></> : null}
              </>
            ),
          },
          { key: 'last', header: t('it.col.lastLogin'), render: (u) => <span className="mono">{u.lastLoginAt ? mdhm(u.lastLoginAt) : ''}</span> },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (u) => (
              <span className="cell-input">
                <button type="button" className="btn btn--xs" data-action="edit-roles" onClick={() => { setEditing(u); setRoles(u.roles); setIssues([]); }}>{t('it.editRoles')}<span className="sr-only"> {u.userId}</span></button>
                {u.status === 'locked' ? (
                  <button type="button" className="btn btn--xs" data-action="unlock-user" onClick={() => act(dispatch({ type: 'user/setStatus', userId: u.userId, status: 'active' }), t('it.statusSaved', { id: u.userId, status: t('it.userStatus.active') }))}>{t('it.unlock')}<span className="sr-only"> {u.userId}</span></button>
                ) : u.status === 'active' ? (
                  <button type="button" className="btn btn--xs" data-action="lock-user" onClick={() => act(dispatch({ type: 'user/setStatus', userId: u.userId, status: 'locked' }), t('it.statusSaved', { id: u.userId, status: t('it.userStatus.locked') }))}>{t('it.lock')}<span className="sr-only"> {u.userId}</span></button>
                ) : null}
                {u.status !== 'disabled' ? (
                  <button type="button" className="btn btn--xs btn--danger-outline" data-action="disable-user" onClick={() => act(dispatch({ type: 'user/setStatus', userId: u.userId, status: 'disabled' }), t('it.statusSaved', { id: u.userId, status: t('it.userStatus.disabled') }))}>{t('it.disable')}<span className="sr-only"> {u.userId}</span></button>
                ) : (
                  <button type="button" className="btn btn--xs" data-action="enable-user" onClick={() => act(dispatch({ type: 'user/setStatus', userId: u.userId, status: 'active' }), t('it.statusSaved', { id: u.userId, status: t('it.userStatus.active') }))}>{t('it.enable')}<span className="sr-only"> {u.userId}</span></button>
                )}
                <button type="button" className="btn btn--xs" data-action="reset-password" onClick={() => act(dispatch({ type: 'user/resetPassword', userId: u.userId }), t('it.passwordReset', { id: u.userId }))}>{t('it.resetPassword')}<span className="sr-only"> {u.userId}</span></button>
              </span>
            ),
          },
        ]}
      />
    </div>
  );

  const ifaceCard = (link: InterfaceLink): ReactNode => {
    const info = findInterface(link.id)!;
    const name = lang === 'en' ? info.en : info.zh;
    return (
      <article key={link.id} className={`iface iface--${link.status}`} data-interface={link.id} data-status={link.status} aria-label={name}>
        <div className="iface__row">
          <span className="iface__name">{name}</span>
          <StatusTag tone={link.status === 'up' ? 'ok' : link.status === 'degraded' ? 'warn' : 'danger'} icon={link.status === 'up' ? '●' : link.status === 'degraded' ? '◐' : '○'}>{t(`it.iface.status.${link.status}` as MessageKey)}</StatusTag>
        </div>
        <div className="iface__row muted">{t('fmt.labelled', { label: t('it.iface.protocol') })}{info.protocol} · {t('fmt.labelled', { label: t('it.iface.peer') })}{lang === 'en' ? info.peer.en : info.peer.zh}</div>
        <div className="iface__row">
          <span>{t('fmt.labelled', { label: t('it.iface.queued') })}<span className={link.queued > 0 ? 'strong value-h' : 'strong'} data-field="queued">{link.queued}</span></span>
          <span>{t('fmt.labelled', { label: t('it.iface.last') })}{ago(link.lastMessageAt, now, t)}</span>
        </div>
        {link.lastError ? <div className="iface__row field-error">{t('fmt.labelled', { label: t('it.iface.error') })}{t(`error.${link.lastError}` as MessageKey)}</div> : null}
        {link.status !== 'up' || link.queued > 0 ? <div className="iface__row muted">{t('it.iface.impact', { text: t(`it.impact.${link.id}` as MessageKey) })}</div> : null}
        <div className="iface__actions">
          <button type="button" className="btn btn--xs" data-action="restart-interface" onClick={() => act(dispatch({ type: 'interface/restart', id: link.id }), t('it.iface.restarted', { name }))}>{t('it.iface.restart')}<span className="sr-only"> {name}</span></button>
          <button type="button" className="btn btn--xs" data-action="resend-queue" disabled={link.queued === 0} onClick={() => act(dispatch({ type: 'interface/resend', id: link.id }), t('it.iface.resent', { name }))}>{t('it.iface.resend')}<span className="sr-only"> {name}</span></button>
        </div>
      </article>
    );
  };
  const interfacesView = (
    <div data-panel="interface-board">
      <IssueList issues={issues} />
      <div className="iface-board" role="list" aria-label={t('it.ifaceCaption')}>
        {INTERFACES.map((info) => state.interfaces.find((l) => l.id === info.id)).filter((l): l is InterfaceLink => l !== undefined).map((l) => (
          <div role="listitem" key={l.id}>{ifaceCard(l)}</div>
        ))}
      </div>
    </div>
  );

  const backupView = (
    <div data-panel="backups" className="two-col">
      <div className="work-area">
        <div className="toolbar">
          <button type="button" className="btn btn--primary" data-action="run-backup" onClick={() => { const r = dispatch({ type: 'backup/run', kind: 'full' }); act(r, t('it.backupDone', { id: r.ok ? r.id ?? '' : '' })); }}>{t('it.runBackup')}</button>
        </div>
        <DataTable<BackupRecord>
          caption={t('it.backupsCaption')}
          rows={state.backups.slice().reverse()}
          rowKey={(b) => b.backupId}
          rowData={(b) => ({ 'data-backup-id': b.backupId })}
          rowClass={(b) => (b.status === 'failed' ? 'is-flagged' : undefined)}
          maxHeight={420}
          columns={[
            { key: 'id', header: t('it.col.backupId'), render: (b) => <span className="mono">{b.backupId}</span> },
            { key: 'time', header: t('it.col.time'), render: (b) => <span className="mono">{mdhm(b.at)}</span> },
            { key: 'kind', header: t('it.col.kind'), render: (b) => t(`it.backupKind.${b.kind}` as MessageKey) },
            { key: 'size', header: t('it.col.size'), className: 'num', render: (b) => `${(b.sizeMb / 1024).toFixed(1)} GB` },
            { key: 'status', header: t('it.col.status'), render: (b) => <StatusTag tone={b.status === 'ok' ? 'ok' : 'danger'}>{t(`it.backupStatus.${b.status}` as MessageKey)}</StatusTag> },
            { key: 'sum', header: t('it.col.checksum'), render: (b) => <span className="mono muted">{b.checksum.slice(0, 15)}</span> },
            { key: 'by', header: t('it.col.by'), render: (b) => (b.by === 'scheduler' ? t('it.scheduler') : <StaffName staffId={b.by} />) },
          ]}
        />
      </div>
      <div className="work-area">
        <fieldset className="order-entry" data-panel="restore-drill">
          <legend className="order-entry__title">{t('it.restore')}</legend>
          <div className="form-row">
            <FieldLabel htmlFor={ids.backup} required>{t('it.restoreBackup')}</FieldLabel>
            <select id={ids.backup} name="restoreBackup" className="input" value={chosenBackup} onChange={(e) => setBackupId(e.target.value)}>
              {okBackups.map((b) => (
                <option key={b.backupId} value={b.backupId}>{b.backupId} · {mdhm(b.at)} · {t(`it.backupKind.${b.kind}` as MessageKey)}</option>
              ))}
            </select>
          </div>
          <div role="radiogroup" aria-label={t('it.restoreTarget')} className="radios">
            <span className="strong">{t('fmt.labelled', { label: t('it.restoreTarget') })}</span>
            {(['training-restore', 'production'] as const).map((v) => (
              <label key={v} className="radio">
                <input type="radio" name="restoreTarget" value={v} checked={target === v} onChange={() => setTarget(v)} />
                {t(`it.target.${v}` as MessageKey)}
              </label>
            ))}
          </div>
          {target === 'production' ? <p className="msg msg--error">⚠ {t('it.targetWarn')}</p> : null}
          <div className="form-actions">
            <button type="button" className="btn btn--warn" data-action="start-restore" disabled={!chosenBackup} onClick={() => setConfirmRestore(true)}>{t('it.startRestore')}</button>
          </div>
        </fieldset>
        <DataTable
          caption={t('it.drillsCaption')}
          rows={state.restoreDrills.slice().reverse()}
          rowKey={(d) => d.drillId}
          rowData={(d) => ({ 'data-drill-id': d.drillId })}
          columns={[
            { key: 'time', header: t('it.col.time'), render: (d) => <span className="mono">{mdhm(d.at)}</span> },
            { key: 'backup', header: t('it.col.backupId'), render: (d) => <span className="mono">{d.backupId}</span> },
            { key: 'target', header: t('it.col.target'), render: (d) => (d.target === 'production' ? <StatusTag tone="danger" icon="⚠">{t('it.target.production')}</StatusTag> : t('it.target.training-restore')) },
            { key: 'ok', header: t('it.col.verified'), render: (d) => (d.verified ? '✔' : '✖') },
            { key: 'by', header: t('it.col.by'), render: (d) => <StaffName staffId={d.by} /> },
          ]}
        />
      </div>
    </div>
  );

  const auditView = (
    <DataTable
      caption={t('it.auditCaption')}
      rows={state.audit.slice(-200).reverse()}
      rowKey={(a) => `${a.at}-${a.action}-${a.target}`}
      empty={t('common.empty')}
      maxHeight={480}
      columns={[
        { key: 'time', header: t('it.col.time'), render: (a) => <span className="mono">{mdhm(a.at)}</span> },
        { key: 'by', header: t('it.col.by'), render: (a) => <><StaffName staffId={a.by} /> ({a.by})</> },
        { key: 'action', header: t('it.col.action'), render: (a) => <span className="mono">{a.action}</span> },
        { key: 'target', header: t('it.col.targetId'), render: (a) => <span className="mono">{a.target}</span> },
      ]}
    />
  );

  return (
    <ModulePage module="it" title={t('module.it')} breadcrumb={t('it.breadcrumb')}>
      <ModuleWorkTabs
        module="it"
        label={t('it.tabs')}
        active={tab}
        onChange={(x) => { setTab(x); setIssues([]); }}
        tabs={[
          { id: 'users', label: t('it.tab.users') },
          { id: 'interfaces', label: t('it.tab.interfaces'), badge: state.interfaces.filter((i) => i.status !== 'up').length },
          { id: 'backup', label: t('it.tab.backup') },
          { id: 'audit', label: t('it.tab.audit') },
        ]}
      >
        {tab === 'users' ? usersView : tab === 'interfaces' ? interfacesView : tab === 'backup' ? backupView : auditView}
      </ModuleWorkTabs>

      {creating ? (
        <Dialog
          name="create-user"
          size="lg"
          title={t('it.userTitle')}
          onClose={() => setCreating(false)}
          footer={
            <>
              <button type="button" className="btn btn--primary" data-action="save-user" onClick={() => { if (act(dispatch({ type: 'user/create', userId: form.userId.trim(), name: form.name, staffId: form.staffId.trim() || undefined, deptCode: form.deptCode, roles: form.roles }), t('it.userCreated', { id: form.userId.trim() }))) setCreating(false); }}>{t('common.save')}</button>
              <button type="button" className="btn" onClick={() => setCreating(false)}>{t('common.cancel')}</button>
            </>
          }
        >
          <div className="np-grid">
            <div className="form-row">
              <FieldLabel htmlFor={ids.login} required>{t('it.field.login')}</FieldLabel>
              <div className="form-field">
                <input id={ids.login} name="userId" className="input mono" autoComplete="off" value={form.userId} aria-describedby={`${ids.login}-hint`} onChange={(e) => setForm({ ...form, userId: e.target.value })} />
                <p id={`${ids.login}-hint`} className="field-hint">{t('it.loginHint')}</p>
              </div>
            </div>
            <div className="form-row">
              <FieldLabel htmlFor={ids.name} required>{t('it.field.name')}</FieldLabel>
              <input id={ids.name} name="userName" className="input" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </div>
            <div className="form-row">
              <FieldLabel htmlFor={ids.staff}>{t('it.field.staff')}</FieldLabel>
              <input id={ids.staff} name="staffId" className="input mono" value={form.staffId} onChange={(e) => setForm({ ...form, staffId: e.target.value })} />
            </div>
            <div className="form-row">
              <FieldLabel htmlFor={ids.dept} required>{t('it.field.dept')}</FieldLabel>
              <select id={ids.dept} name="deptCode" className="input" value={form.deptCode} onChange={(e) => setForm({ ...form, deptCode: e.target.value })}>
                {DEPTS.map((d) => (
                  <option key={d} value={d}>{deptName(d, t, lang)}</option>
                ))}
              </select>
            </div>
          </div>
          <p className="strong" style={{ marginTop: 8 }}>{t('it.field.roles')}</p>
          {roleChecks(form.roles, (r) => setForm({ ...form, roles: r }))}
          <IssueList issues={issues} />
        </Dialog>
      ) : null}

      {editing ? (
        <Dialog
          name="edit-roles"
          size="lg"
          title={tx('it.rolesTitle', { name: <Data>{editing.name}</Data>, id: editing.userId })}
          onClose={() => setEditing(null)}
          footer={
            <>
              <button type="button" className="btn btn--primary" data-action="save-roles" onClick={() => { if (act(dispatch({ type: 'user/setRoles', userId: editing.userId, roles }), t('it.rolesSaved', { id: editing.userId }))) setEditing(null); }}>{t('common.save')}</button>
              <button type="button" className="btn" onClick={() => setEditing(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          {roleChecks(roles, setRoles)}
          <IssueList issues={issues} />
        </Dialog>
      ) : null}

      {confirmRestore ? (
        <Dialog
          name="confirm-restore"
          role="alertdialog"
          size="sm"
          title={t('it.restoreConfirmTitle')}
          onClose={() => setConfirmRestore(false)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className={target === 'production' ? 'btn btn--danger' : 'btn btn--primary'}
                data-action="confirm-restore"
                onClick={() => {
                  setConfirmRestore(false);
                  act(dispatch({ type: 'restore/drill', backupId: chosenBackup, target }), t('it.restored', { id: chosenBackup, target: t(`it.target.${target}` as MessageKey) }));
                }}
              >
                {t('it.startRestore')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setConfirmRestore(false)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p>{t('it.restoreConfirmBody', { id: chosenBackup, target: t(`it.target.${target}` as MessageKey) })}</p>
          {target === 'production' ? <p className="msg msg--error">⚠ {t('it.targetWarn')}</p> : null}
        </Dialog>
      ) : null}
    </ModulePage>
  );
}
