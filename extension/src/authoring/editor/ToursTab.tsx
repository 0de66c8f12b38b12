import { useEffect, useId, useState } from 'react';
import type { Tour, TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { stepKind, type StepKind } from '@preceptor/shared/tour/stepKind.ts';
import { newDraftStep, newDraftTour } from '@preceptor/shared/authoring/draftPack.ts';
import { duplicateStep, duplicateTour } from '@preceptor/shared/authoring/duplicate.ts';
import { targetLabel } from '@preceptor/shared/authoring/targetLabel.ts';
import type { AuthoringKey } from '../authoringMessages.ts';
import { useEditor } from './editorContext.tsx';
import { CheckboxField, LinesField, ListControls, LocalizedField, RolesField, SelectField, TargetField, TextField } from './fields.tsx';
import { PrintManualButton } from './PrintManual.tsx';

const KINDS: StepKind[] = ['info', 'point', 'click', 'enter', 'navigate'];
const PLACEMENTS = ['auto', 'top', 'bottom', 'left', 'right'] as const;

/** Tours and their steps; `focus` (from a link: health check, in-page panel) opens one step. */
export function ToursTab({ focus }: { focus?: { tourId?: string; stepId?: string } }) {
  const { draft, update, t, language } = useEditor();
  // which tours are open, by index: the only one, or the one a link points at; a copy opens itself
  const [open, setOpen] = useState<ReadonlySet<number>>(() => {
    const focused = draft.tours.findIndex((tour) => tour.id === focus?.tourId);
    return new Set(draft.tours.length === 1 ? [0] : focused >= 0 ? [focused] : []);
  });
  useEffect(() => {
    // a link to a step while the tab is open (the in-page panel's "open in editor"): open its tour too
    const focused = draft.tours.findIndex((tour) => tour.id === focus?.tourId);
    if (focused >= 0) setOpen((current) => (current.has(focused) ? current : new Set([...current, focused])));
    // on a new link only, not on every edit
  }, [focus?.tourId, focus?.stepId]);
  useEffect(() => {
    if (!focus?.stepId) return;
    const stepId = focus.stepId;
    // after the tour and the step have opened
    const frame = requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-tour="${CSS.escape(focus.tourId ?? '')}"] [data-step="${CSS.escape(stepId)}"]`);
      el?.scrollIntoView({ block: 'center' });
      el?.querySelector<HTMLElement>('.step-body input, .step-body textarea')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus?.tourId, focus?.stepId]);
  const shiftOpen = (from: number, by: 1 | -1, add?: number) =>
    setOpen((current) => {
      const next = new Set<number>();
      for (const i of current) if (!(by === -1 && i === from)) next.add(i > from || (by === 1 && i === from + 1) ? i + by : i);
      if (add !== undefined) next.add(add);
      return next;
    });
  return (
    <div>
      {draft.tours.map((tour, ti) => (
        <details key={ti} className="item" data-tour={tour.id} open={open.has(ti)}
          onToggle={(e) => {
            const isOpen = e.currentTarget.open;
            if (isOpen !== open.has(ti)) setOpen((current) => { const next = new Set(current); if (isOpen) next.add(ti); else next.delete(ti); return next; });
          }}>
          <summary>
            <strong>{tour.title[language] || tour.id}</strong> <span className="muted">· {tour.id} · {t('stepsHeading', { count: tour.steps.length })}</span>
          </summary>
          {open.has(ti) && (
            <TourEditor tour={tour} ti={ti} focusStepId={focus?.tourId === tour.id ? focus.stepId : undefined}
              onDuplicate={() => {
                update(['tours'], duplicateTour(draft.tours, ti));
                shiftOpen(ti, 1, ti + 1);
              }}
              onDelete={() => {
                update(['tours'], draft.tours.filter((_, i) => i !== ti));
                shiftOpen(ti, -1);
              }} />
          )}
        </details>
      ))}
      <div className="row end">
        <PrintManualButton />
        <button type="button" data-action="add-tour" onClick={() => {
          update(['tours'], [...draft.tours, newDraftTour('tour', draft.tours)]);
          setOpen((current) => new Set([...current, draft.tours.length]));
        }}>{t('addTour')}</button>
      </div>
    </div>
  );
}

function TourEditor({ tour, ti, focusStepId, onDuplicate, onDelete }: { tour: Tour; ti: number; focusStepId?: string; onDuplicate(): void; onDelete(): void }) {
  const { update, t, language } = useEditor();
  const base = ['tours', ti];
  const title = tour.title[language] || tour.id;
  // one step open at a time: the one being edited; the others are a line each (title, kind, target)
  const [openStep, setOpenStep] = useState<number | undefined>(() => {
    const focused = tour.steps.findIndex((s) => s.id === focusStepId);
    return focused >= 0 ? focused : tour.steps.length === 1 ? 0 : undefined;
  });
  useEffect(() => {
    const focused = tour.steps.findIndex((s) => s.id === focusStepId);
    if (focused >= 0) setOpenStep(focused);
    // on a new link only, not on every edit
  }, [focusStepId]);
  const setSteps = (steps: TourStep[], opened?: number) => {
    update([...base, 'steps'], steps);
    setOpenStep(opened);
  };
  return (
    <div className="item-body">
      <div className="row end">
        <button type="button" data-action="duplicate-tour" aria-label={t('duplicateTourNamed', { title })} onClick={onDuplicate}>{t('duplicateTour')}</button>
      </div>
      <div className="two">
        <TextField label={t('tourId')} path={[...base, 'id']} />
        <CheckboxField label={t('autoStart')} path={[...base, 'autoStart']} />
      </div>
      <LocalizedField labels={[t('tourTitleZh'), t('tourTitleEn')]} path={[...base, 'title']} field="tour-title" />
      <LocalizedField labels={[t('tourDescriptionZh'), t('tourDescriptionEn')]} path={[...base, 'description']} optional multiline />
      <RolesField label={t('tourRoles')} path={[...base, 'roles']} />
      <LinesField label={t('tourUrlPatterns')} path={[...base, 'urlPatterns']} />
      <h3>{t('steps')}</h3>
      <ol className="cards">
        {tour.steps.map((step, si) => (
          <StepCard key={si} step={step} si={si} base={base} count={tour.steps.length} open={openStep === si}
            onToggle={() => setOpenStep(openStep === si ? undefined : si)}
            onMoved={(to) => setOpenStep(to === undefined ? (openStep === si ? undefined : openStep !== undefined && openStep > si ? openStep - 1 : openStep) : openStep === si ? to : openStep === to ? si : openStep)}
            onDuplicate={() => setSteps(duplicateStep(tour.steps, si), si + 1)}
            onInsertAfter={() => setSteps([...tour.steps.slice(0, si + 1), blankStep(tour.steps, step.page), ...tour.steps.slice(si + 1)], si + 1)} />
        ))}
      </ol>
      <div className="row end">
        <button type="button" onClick={() => setSteps([...tour.steps, blankStep(tour.steps)], tour.steps.length)}>{t('addStep')}</button>
        <button type="button" className="danger" onClick={onDelete}>{t('deleteTour')}</button>
      </div>
    </div>
  );
}

/** One step: a disclosure whose header says which step, its kind and its target; the form only when open. */
function StepCard({ step, si, base, count, open, onToggle, onMoved, onDuplicate, onInsertAfter }: {
  step: TourStep; si: number; base: (string | number)[]; count: number; open: boolean; onToggle(): void; onMoved(to: number | undefined): void; onDuplicate(): void; onInsertAfter(): void;
}) {
  const { t, language } = useEditor();
  const bodyId = useId();
  const kind = stepKind(step);
  const name = t('stepNumber', { n: si + 1 });
  return (
    <li className={`card${open ? ' open' : ''}`} data-step={step.id}>
      <div className="row step-head">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} data-action="toggle-step" onClick={onToggle}>
          <span aria-hidden="true" className="chevron">{open ? '▾' : '▸'}</span>{' '}
          <strong>{name} · {step.title[language] || t('stepNoTitle')}</strong>{' '}
          <span className="badge">{t(`badge_${kind}` as AuthoringKey)}</span>
          {step.target && <span className="muted step-target"> · {targetLabel(step.target, language)}</span>}
        </button>
        <span className="grow" />
        <button type="button" data-action="duplicate-step" aria-label={t('duplicateStepNamed', { n: si + 1 })} title={t('duplicateStep')} onClick={onDuplicate}>{t('duplicateShort')}</button>
        <ListControls path={[...base, 'steps']} index={si} count={count} label={name} onMoved={onMoved} />
      </div>
      <div id={bodyId} className="step-body" hidden={!open}>
        {open && (
          <>
            <StepEditor step={step} path={[...base, 'steps', si]} />
            <div className="row end">
              <button type="button" onClick={onInsertAfter}>{t('insertAfter')}</button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}

function blankStep(steps: readonly TourStep[], page?: string): TourStep {
  return newDraftStep(steps, page);
}

function StepEditor({ step, path }: { step: TourStep; path: (string | number)[] }) {
  const { update, t } = useEditor();
  const kind = stepKind(step);
  const setKind = (next: StepKind) => {
    const advance =
      next === 'info' || next === 'point' ? { on: 'next' } : next === 'click' ? { on: 'click' } : next === 'enter' ? { on: 'enter', rule: { kind: 'not-empty' } } : { on: 'navigate', urlPattern: step.page ?? '' };
    const { target, ...rest } = step;
    update(path, next === 'info' ? { ...rest, advance } : { ...step, ...(target ? { target } : {}), advance });
  };
  return (
    <div>
      <div className="two">
        <TextField label={t('stepId')} path={[...path, 'id']} />
        <SelectField label={t('kind')} path={[...path, 'advance']} value={kind} field="kind" options={KINDS.map((k) => ({ value: k, label: t(`kind_${k}` as AuthoringKey) }))}
          onChange={(v) => setKind(v as StepKind)} />
      </div>
      <LocalizedField labels={[t('titleZh'), t('titleEn')]} path={[...path, 'title']} field="step-title" />
      <LocalizedField labels={[t('bodyZh'), t('bodyEn')]} path={[...path, 'body']} multiline preview field="step-body" />
      {step.advance.on === 'enter' && (
        <div className="two">
          <SelectField label={t('rule')} path={[...path, 'advance', 'rule', 'kind']}
            options={[{ value: 'not-empty', label: t('rule_not_empty') }, { value: 'equals', label: t('rule_equals') }, { value: 'pattern', label: t('rule_pattern') }]}
            onChange={(v) => update([...path, 'advance', 'rule'], v === 'equals' ? { kind: 'equals', value: '' } : v === 'pattern' ? { kind: 'pattern', pattern: '.+' } : { kind: 'not-empty' })} />
          {step.advance.rule.kind === 'equals' && <TextField label={t('ruleValue')} path={[...path, 'advance', 'rule', 'value']} />}
          {step.advance.rule.kind === 'pattern' && <TextField label={t('rulePattern')} path={[...path, 'advance', 'rule', 'pattern']} />}
        </div>
      )}
      {step.advance.on === 'navigate' && <TextField label={t('urlPattern')} path={[...path, 'advance', 'urlPattern']} />}
      <div className="two">
        <SelectField label={t('placement')} path={[...path, 'placement']} options={PLACEMENTS.map((p) => ({ value: p, label: t(`placement_${p}` as AuthoringKey) }))} />
        <TextField label={t('page')} path={[...path, 'page']} optional />
      </div>
      {kind !== 'info' && <TargetField path={[...path, 'target']} label={`${t('stepId')} ${step.id}`} />}
    </div>
  );
}
