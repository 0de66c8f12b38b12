// 情景演练: every scenario by role, with the learner's results, and the start of an attempt.

import { BUILT_IN_ROLE_TITLES, type BuiltInRole } from '@preceptor/shared/schema/learnerProfile.ts';
import { allStatements } from '@preceptor/shared/record/progressDb.ts';
import type { SigningKeySummary } from '@preceptor/shared/record/signingKeyStore.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { scenarioActivityId, type Scenario, type ScenarioMode } from '@preceptor/shared/scenario/index.ts';
import { EXTENSION, VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { ModulePage } from '../ui/ModulePage.tsx';
import { durationClockText, listText, ymdhm } from '../ui/format.ts';
import { Panel } from '../ui/Panel.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useAttempt } from './AttemptContext.tsx';
import { IdentityPanel } from './IdentityPanel.tsx';
import { SCENARIOS, SCENARIO_PROBLEMS } from './scenarioCatalog.ts';
import { learnerId, sandboxProgressDb } from './scenarioProgress.ts';
import { exportSandboxBundle, sandboxKeySummary } from './sandboxExport.ts';
import { useSearchParam } from '../router.ts';
import { SCENARIO_QUERY } from '@preceptor/shared/scenario/scenarioLink.ts';
import { ContentText } from '../ui/ContentText.tsx';

type ScenarioRecord = { best: number | null; last: 'passed' | 'failed' | null; assessed: boolean };

function recordsByScenario(statements: readonly XapiStatement[]): Map<string, ScenarioRecord> {
  const out = new Map<string, ScenarioRecord>();
  for (const s of SCENARIOS) out.set(scenarioActivityId(s.id), { best: null, last: null, assessed: false });
  for (const st of statements) {
    const rec = out.get(st.object.id);
    if (!rec) continue;
    if (st.context.extensions?.[EXTENSION.scenarioMode] === 'assessment') rec.assessed = true;
    if (st.verb.id === VERB.passed || st.verb.id === VERB.failed) {
      rec.last = st.verb.id === VERB.passed ? 'passed' : 'failed';
      const raw = st.result?.score?.raw;
      if (typeof raw === 'number') rec.best = Math.max(rec.best ?? 0, raw);
    }
  }
  return out;
}

export default function ScenarioListPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const attempt = useAttempt();
  const roleFilterId = useId();
  const [role, setRole] = useState<BuiltInRole | ''>('');
  const [starting, setStarting] = useState<{ scenario: Scenario; mode: ScenarioMode } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // a checklist's drill link (`/scenarios?scenario=<id>`, issue 17) brings its card into view and focus
  const linked = useSearchParam(SCENARIO_QUERY);
  useEffect(() => {
    if (!linked) return;
    const card = [...document.querySelectorAll<HTMLElement>('li[data-scenario]')].find((el) => el.dataset.scenario === linked);
    card?.scrollIntoView({ block: 'center' });
    card?.querySelector<HTMLElement>('[data-action="start-practice"]')?.focus({ preventScroll: true });
  }, [linked]);
  const statements = useLiveQuery(() => allStatements(sandboxProgressDb()), [], [] as XapiStatement[]);
  const records = useMemo(() => recordsByScenario(statements), [statements]);
  const roles = useMemo(() => [...new Set(SCENARIOS.flatMap((s) => s.roles))], []);
  const shown = role ? SCENARIOS.filter((s) => s.roles.includes(role)) : SCENARIOS;
  const results = statements.filter((s) => s.verb.id === VERB.passed || s.verb.id === VERB.failed).reverse();
  const titleOf = (activityId: string) => SCENARIOS.find((s) => scenarioActivityId(s.id) === activityId)?.title[lang] ?? activityId;

  const [exporting, setExporting] = useState(false);
  const [keySummary, setKeySummary] = useState<SigningKeySummary | null>(null);
  const refreshKey = useCallback(() => {
    sandboxKeySummary().then(setKeySummary, () => setKeySummary(null));
  }, []);
  useEffect(refreshKey, [refreshKey]);

  const exportResults = async (): Promise<void> => {
    setExporting(true);
    try {
      const done = await exportSandboxBundle(lang);
      const parts = [t('sc.exported', { n: done.statementCount, file: done.fileName, sequence: done.sequence })];
      if (done.skipped > 0) parts.push(t('sc.exportSkipped', { n: done.skipped }));
      if (!done.withIdentity) parts.push(t('sc.exportedAnonymous'));
      notify(parts.join(' '));
    } catch (error) {
      notify(t('sc.exportFailed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
      refreshKey();
    }
  };

  return (
    <ModulePage module="scenarios" title={t('sc.title')} breadcrumb={t('sc.breadcrumb')} aside={t('sc.learnerId', { id: learnerId().slice(0, 8) })} asideTone="muted">
      <p className="page-intro">{t('sc.intro')}</p>
      {SCENARIO_PROBLEMS.length > 0 ? (
        <div className="msg msg--error" role="alert">
          <strong>{t('sc.problems')}</strong>
          <ul>
            {SCENARIO_PROBLEMS.map((p) => (
              <li key={p.fileName}>{p.fileName}: {p.problems.join('; ')}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <IdentityPanel keySummary={keySummary} />
      <div className="toolbar">
        <label htmlFor={roleFilterId}>{t('sc.filterRole')}</label>
        <select id={roleFilterId} name="scenarioRole" className="input input--sm" value={role} onChange={(e) => setRole(e.target.value as BuiltInRole | '')}>
          <option value="">{t('sc.allRoles')}</option>
          {roles.map((r) => (
            <option key={r} value={r}>{BUILT_IN_ROLE_TITLES[r][lang]}</option>
          ))}
        </select>
        <span className="muted">{t('sc.count', { n: shown.length })}</span>
        {attempt.active ? <StatusTag tone="warn" icon="⚠">{t('sc.busy')}</StatusTag> : null}
      </div>
      <ul className="scenario-grid" aria-label={t('sc.title')}>
        {shown.map((s) => {
          const rec = records.get(scenarioActivityId(s.id));
          return (
            <li key={s.id} className={`scenario-card${s.id === linked ? ' scenario-card--linked' : ''}`} data-scenario={s.id} aria-current={s.id === linked ? 'true' : undefined}>
              <div className="scenario-card__head">
                <h2 className="scenario-card__title"><ContentText text={s.title[lang]} /></h2>
                {s.drill ? <span className="tag tag--info">{t('sc.drill', { n: s.drill })}</span> : <span className="tag tag--progress">{t('sc.new')}</span>}
              </div>
              <p className="scenario-card__roles">
                {s.roles.map((r) => BUILT_IN_ROLE_TITLES[r][lang]).join(' · ')} · {t(`sc.difficulty.${s.difficulty}`)} · {t('sc.timeLimit', { n: s.timeLimitMinutes })} · {t('sc.passing', { n: s.scoring.passingScore })}
                {s.traps.length > 0 ? <> · <span className="scenario-card__traps">⚠ {t('sc.traps', { n: s.traps.length })}</span></> : null}
              </p>
              <p className="scenario-card__goal"><ContentText text={s.goal[lang]} /></p>
              <div className="scenario-card__foot">
                <span className="scenario-card__record">
                  {rec?.last ? (
                    <StatusTag tone={rec.last === 'passed' ? 'ok' : 'danger'} icon={rec.last === 'passed' ? '✔' : '✖'}>
                      {t('sc.lastResult', { result: t(rec.last === 'passed' ? 'sc.passed' : 'sc.failed') })}
                    </StatusTag>
                  ) : (
                    <span className="muted">{t('sc.notTried')}</span>
                  )}
                  {rec?.best !== null && rec?.best !== undefined ? <span className="muted"> {t('sc.best', { score: rec.best })}</span> : null}
                </span>
                <button type="button" className="btn btn--xs btn--primary" data-action="start-practice" disabled={attempt.active !== null} onClick={() => setStarting({ scenario: s, mode: 'practice' })}>
                  {t('sc.practice')}
                  <span className="sr-only">: <ContentText text={s.title[lang]} /></span>
                </button>
                <button
                  type="button"
                  className="btn btn--xs"
                  data-action="start-assessment"
                  aria-describedby={rec?.assessed ? undefined : `scenario-${s.id}-one-attempt`}
                  disabled={attempt.active !== null || rec?.assessed === true}
                  title={rec?.assessed ? t('sc.assessmentUsed') : undefined}
                  onClick={() => setStarting({ scenario: s, mode: 'assessment' })}
                >
                  {rec?.assessed ? t('sc.assessmentDone') : t('sc.assessment')}
                  <span className="sr-only">: <ContentText text={s.title[lang]} /></span>
                </button>
              </div>
              {rec?.assessed ? null : (
                <p className="scenario-card__note" id={`scenario-${s.id}-one-attempt`}>{t('sc.assessmentOnce')}</p>
              )}
            </li>
          );
        })}
      </ul>
      <Panel
        title={t('sc.results')}
        panel="scenario-results"
        tools={
          <button type="button" className="btn btn--xs" data-action="export-results" disabled={statements.length === 0 || exporting} aria-busy={exporting || undefined} onClick={() => void exportResults()}>
            {exporting ? t('sc.exporting') : t('sc.exportResults')}
          </button>
        }
        flush
      >
        <DataTable
          caption={t('sc.resultsCaption')}
          captionHidden
          rows={results}
          rowKey={(r) => r.id}
          empty={t('sc.noResults')}
          maxHeight={260}
          columns={[
            { key: 'time', header: t('sc.col.time'), render: (r) => <span className="mono">{ymdhm(r.timestamp)}</span> },
            { key: 'scenario', header: t('sc.col.scenario'), render: (r) => <ContentText text={titleOf(r.object.id)} /> },
            { key: 'mode', header: t('sc.col.mode'), render: (r) => t(r.context.extensions?.[EXTENSION.scenarioMode] === 'assessment' ? 'bar.mode.assessment' : 'bar.mode.practice') },
            {
              key: 'result',
              header: t('sc.col.result'),
              render: (r) => (r.verb.id === VERB.passed ? <StatusTag tone="ok" icon="✔">{t('sc.passed')}</StatusTag> : <StatusTag tone="danger" icon="✖">{t('sc.failed')}</StatusTag>),
            },
            { key: 'score', header: t('sc.col.score'), className: 'num', render: (r) => r.result?.score?.raw ?? '' },
            { key: 'duration', header: t('sc.col.duration'), render: (r) => <span className="mono">{durationClockText(r.result?.duration)}</span> },
          ]}
        />
      </Panel>
      {starting ? (
        <Dialog
          name="start-scenario"
          size="md"
          title={tx('sc.startTitle', { mode: t(starting.mode === 'practice' ? 'sc.practice' : 'sc.assessment'), title: <ContentText text={starting.scenario.title[lang]} /> })}
          onClose={() => setStarting(null)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="confirm-start-scenario"
                onClick={() => {
                  const { scenario, mode } = starting;
                  setStarting(null);
                  void attempt.start(scenario, mode);
                }}
              >
                {t('sc.start')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setStarting(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <dl className="facts">
            <dt>{t('sc.goal')}</dt>
            <dd><ContentText text={starting.scenario.goal[lang]} /></dd>
            <dt>{t('sc.background')}</dt>
            <dd><ContentText text={starting.scenario.background[lang]} /></dd>
            <dt>{t('sc.roles')}</dt>
            <dd>{listText(starting.scenario.roles.map((r) => BUILT_IN_ROLE_TITLES[r][lang]), lang)}</dd>
          </dl>
          <p className="msg msg--warn">{t('sc.startBody')} {t(starting.mode === 'practice' ? 'sc.startPractice' : 'sc.startAssessment')}</p>
        </Dialog>
      ) : null}
    </ModulePage>
  );
}
