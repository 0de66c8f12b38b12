import { useEffect } from 'react';
import type { Tour, TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { stepKind, type StepKind } from '@preceptor/shared/tour/stepKind.ts';
import { newDraftStep, newDraftTour } from '@preceptor/shared/authoring/draftPack.ts';
import type { AuthoringKey } from '../authoringMessages.ts';
import { useEditor } from './editorContext.tsx';
import { CheckboxField, LinesField, ListControls, LocalizedField, RolesField, SelectField, TargetField, TextField } from './fields.tsx';

const KINDS: StepKind[] = ['info', 'point', 'click', 'enter', 'navigate'];
const PLACEMENTS = ['auto', 'top', 'bottom', 'left', 'right'] as const;

/** Tours and their steps; `focus` (from a link: health check, in-page panel) opens one step. */
export function ToursTab({ focus }: { focus?: { tourId?: string; stepId?: string } }) {
  const { draft, update, t, language } = useEditor();
  useEffect(() => {
    if (!focus?.stepId) return;
    const el = document.querySelector<HTMLElement>(`[data-tour="${CSS.escape(focus.tourId ?? '')}"] [data-step="${CSS.escape(focus.stepId)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [focus?.tourId, focus?.stepId]);
  return (
    <div>
      {draft.tours.map((tour, ti) => (
        <details key={ti} className="item" data-tour={tour.id} open={draft.tours.length === 1 || focus?.tourId === tour.id}>
          <summary>
            <strong>{tour.title[language] || tour.id}</strong> <span className="muted">· {tour.id} · {t('stepsHeading', { count: tour.steps.length })}</span>
          </summary>
          <TourEditor tour={tour} ti={ti} />
        </details>
      ))}
      <div className="row end">
        <button type="button" data-action="add-tour" onClick={() => update(['tours'], [...draft.tours, newDraftTour('tour', draft.tours)])}>{t('addTour')}</button>
      </div>
    </div>
  );
}

function TourEditor({ tour, ti }: { tour: Tour; ti: number }) {
  const { draft, update, t, language } = useEditor();
  const base = ['tours', ti];
  return (
    <div className="item-body">
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
          <li key={si} className="card" data-step={step.id}>
            <div className="row">
              <strong>{t('stepNumber', { n: si + 1 })} · {step.title[language] || step.id}</strong>
              <span className="badge">{t(`badge_${stepKind(step)}` as AuthoringKey)}</span>
              <span className="grow" />
              <ListControls path={[...base, 'steps']} index={si} count={tour.steps.length} label={t('stepNumber', { n: si + 1 })} />
            </div>
            <StepEditor step={step} path={[...base, 'steps', si]} />
            <div className="row end">
              <button type="button" onClick={() => update([...base, 'steps'], [...tour.steps.slice(0, si + 1), blankStep(tour.steps, step.page), ...tour.steps.slice(si + 1)])}>{t('insertAfter')}</button>
            </div>
          </li>
        ))}
      </ol>
      <div className="row end">
        <button type="button" onClick={() => update([...base, 'steps'], [...tour.steps, blankStep(tour.steps)])}>{t('addStep')}</button>
        <button type="button" className="danger" onClick={() => update(['tours'], draft.tours.filter((_, i) => i !== ti))}>{t('deleteTour')}</button>
      </div>
    </div>
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
