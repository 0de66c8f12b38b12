import { useId, type ReactNode } from 'react';
import type { ItemStatus } from '@preceptor/shared/record/itemProgress.ts';
import { pickLanguage } from '@preceptor/shared/record/statementFacts.ts';
import { stepTitleKey, titleIn } from '@preceptor/shared/trainer/activityTitles.ts';
import { shownRoleId } from '@preceptor/shared/trainer/rosterMatching.ts';
import type { Lang } from '../i18n.ts';
import type { DashboardLearner, DashboardModel } from './dashboardModel.ts';
import type { TrainerT } from './trainerMessages.ts';
import { useRosterRoles } from './rosterRows.tsx';
import { Data } from '../ui/Data.tsx';
import type { LearnerFilter } from './learnerFilter.ts';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';

/** Small pieces the trainer views share. */

/** One dashboard view: a section labelled by its heading. */
export function TrainerSection({ heading, children }: { heading: string; children: ReactNode }): ReactNode {
  const id = useId();
  return (
    <section className="tr-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {children}
    </section>
  );
}

export function shortId(iri: string): string {
  const segment = iri.replace(/\/+$/, '').split('/').pop() ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A content title in the UI language, else the id's last segment. */
export function titleOf(model: Pick<DashboardModel, 'names'>, id: string, lang: Lang): string {
  return pickLanguage(model.names[id], lang) ?? shortId(id);
}

/** A tour step's title in the UI language (else the other), else its id: bundles from before step titles travelled show ids. */
export function stepTitleOf(model: Pick<DashboardModel, 'names'>, tour: string, stepId: string, lang: Lang): string {
  return stepId ? titleIn(model.names, stepTitleKey(tour, stepId), lang, stepId) : '—';
}

type NamedLearner = Pick<DashboardLearner, 'learner' | 'label' | 'staff'>;

/**
 * A learner in words: the name and staff number they handed in with consent, else the trainer's
 * label for their key, else the short opaque id.
 */
export function learnerName(learner: NamedLearner): string {
  const staff = learner.staff;
  const who = [staff?.displayName, staff?.staffNumber].filter(Boolean).join(' · ');
  if (who) return who;
  return learner.label ? `${learner.label} (${learner.learner.slice(0, 8)})` : learner.learner.slice(0, 8);
}

/** Name, staff number and department first; the opaque id only as a small secondary. */
export function LearnerLabel({ learner, t, withDepartment = true }: { learner: NamedLearner & Pick<DashboardLearner, 'department' | 'rosterEntry'>; t: TrainerT; /** off where a department column stands next to it */ withDepartment?: boolean }): ReactNode {
  const staff = learner.staff;
  if (!staff?.displayName && !staff?.staffNumber) return <code data-learner-name="" title={t('learner.noIdentity')}>{learnerName(learner)}</code>;
  const department = learnerDepartment(learner);
  return (
    <span className="tr-learner" data-learner-name={staff.displayName ?? ''}>
      <Data className="tr-learner__name">{staff.displayName ?? '—'}</Data>
      {staff.staffNumber && (
        <span className="tr-learner__staff">
          {t('learner.staffNumber')} {staff.staffNumber}
        </span>
      )}
      {withDepartment && department && <Data className="tr-learner__dept">{department}</Data>}
      <code className="tr-learner__id" title={learner.learner}>
        {t('learner.id')} {learner.learner.slice(0, 8)}
      </code>
    </span>
  );
}

export function percent(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

export function decimal(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

export function dateTime(ms: number | string | undefined, lang: Lang): string {
  if (ms === undefined || ms === '') return '—';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Status shown as symbol + word, never colour alone. */
const STATUS_SYMBOL: Record<ItemStatus | 'not-required', string> = {
  completed: '✔',
  failed: '✘',
  'in-progress': '◐',
  'not-started': '○',
  'not-required': '–',
};

export function StatusMark({ status, t, compact = false }: { status: ItemStatus | 'not-required'; t: TrainerT; compact?: boolean }): ReactNode {
  const label = t(`status.${status}`);
  return (
    <span className={`tr-status tr-status--${status}`} title={compact ? label : undefined}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>
      {compact ? <span className="sr-only">{label}</span> : <span> {label}</span>}
    </span>
  );
}

export function ProgressBar({ label, value, max, text }: { label: string; value: number; max: number; text: string }): ReactNode {
  const id = useId();
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div className="tr-progress">
      <div id={`${id}-label`} className="tr-progress__label">{label}</div>
      <div className="tr-progress__track" role="progressbar" aria-labelledby={`${id}-label`} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text}>
        <div className="tr-progress__fill" style={{ width: `${ratio * 100}%` }} />
      </div>
      <div className="tr-progress__text">{text}</div>
    </div>
  );
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Pager({ page, pages, onPage, t }: { page: number; pages: number; onPage: (page: number) => void; t: TrainerT }): ReactNode {
  if (pages <= 1) return null;
  return (
    <nav className="tr-pager" aria-label={t('pager.label')}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('pager.prev')}
      </button>
      <span>
        {page} / {pages}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

export { NO_FILTER, type LearnerFilter } from './learnerFilter.ts';

/** Whether a learner matches a search: their name, staff number or department (id or as given), the trainer's label, or the id. */
export function learnerMatches(learner: Pick<DashboardLearner, 'learner' | 'label' | 'staff' | 'department'>, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  if (!wanted) return true;
  const fields = [learner.learner, learner.label, learner.department, learner.staff?.displayName, learner.staff?.staffNumber, learner.staff?.department];
  return fields.some((field) => field !== undefined && field.toLowerCase().includes(wanted));
}

export function filterLearners(learners: DashboardLearner[], filter: LearnerFilter): DashboardLearner[] {
  return learners.filter(
    (l) => (!filter.role || l.role === filter.role) && (!filter.department || learnerDepartment(l) === filter.department) && learnerMatches(l, filter.search),
  );
}

export function LearnerFilters({ learners, filter, onChange, t, lang }: { learners: DashboardLearner[]; filter: LearnerFilter; onChange: (f: LearnerFilter) => void; t: TrainerT; lang: Lang }): ReactNode {
  const id = useId();
  const { titles } = useRosterRoles();
  const roles = [...new Set(learners.map((l) => l.role))].filter(Boolean).sort();
  const departments = [...new Set(learners.filter((l) => !filter.role || l.role === filter.role).map(learnerDepartment))].filter(Boolean).sort();
  return (
    <div className="tr-filters" role="group" aria-label={`${t('filter.role')} / ${t('filter.department')}`}>
      <label htmlFor={`${id}-role`}>{t('filter.role')}</label>
      <select id={`${id}-role`} value={filter.role} onChange={(e) => onChange({ ...filter, role: e.target.value, department: '' })} data-filter="role">
        <option value="">{t('filter.all')}</option>
        {roles.map((r) => {
          // an option holds text only: a role id we have no title for marks the whole option as data
          const shown = shownRoleId(r, titles, lang);
          return shown.kind === 'role' ? (
            <option key={r} value={r}>
              {shown.title}
            </option>
          ) : (
            <option key={r} value={r} translate="no">
              {r}
            </option>
          );
        })}
      </select>
      <label htmlFor={`${id}-dept`}>{t('filter.department')}</label>
      <select id={`${id}-dept`} value={filter.department} onChange={(e) => onChange({ ...filter, department: e.target.value })} data-filter="department">
        <option value="">{t('filter.all')}</option>
        {departments.map((d) => (
          <option key={d} value={d} translate="no">
            {d}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-search`}>{t('filter.search')}</label>
      <input id={`${id}-search`} type="search" value={filter.search} placeholder={t('filter.searchHint')} onChange={(e) => onChange({ ...filter, search: e.target.value })} />
    </div>
  );
}

/**
 * Count results a training sandbox page reported (statements marked reported-by), or leave
 * them out: the readiness views then judge only what the extension's own UI recorded.
 */
export function ReportedFilter({ include, onChange, count, t }: { include: boolean; onChange: (include: boolean) => void; count: number; t: TrainerT }): ReactNode {
  const id = useId();
  return (
    <p className="tr-filters" data-region="reported-filter" data-reported={count}>
      <input id={id} type="checkbox" checked={include} onChange={(e) => onChange(e.target.checked)} data-action="include-reported" />
      <label htmlFor={id}>{t('reported.include', { count })}</label>
      <span className="tr-hint"> {t('reported.hint')}</span>
    </p>
  );
}
