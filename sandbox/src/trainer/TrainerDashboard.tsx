import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../router.ts';
import { AnalysisProgress } from './AnalysisProgress.tsx';
import { BackupView } from './BackupView.tsx';
import { DepartmentReportView } from './DepartmentReportView.tsx';
import { ExportsView } from './ExportsView.tsx';
import { FunnelsView } from './FunnelsView.tsx';
import { GoLiveView } from './GoLiveView.tsx';
import { ImportView } from './ImportView.tsx';
import { LearnersView } from './LearnersView.tsx';
import { LrsView } from './LrsView.tsx';
import { MatrixView } from './MatrixView.tsx';
import { OverdueView } from './OverdueView.tsx';
import { PrintView } from './PrintView.tsx';
import { ProblemListView } from './ProblemListView.tsx';
import { SuggestionListView } from './SuggestionListView.tsx';
import { QuizView } from './QuizView.tsx';
import { RollupsView } from './RollupsView.tsx';
import { RosterView } from './RosterView.tsx';
import { TargetMissingView } from './TargetMissingView.tsx';
import { useTrainerText, type TrainerKey } from './trainerMessages.ts';
import { TRAINER_BASE, trainerPath } from './trainerPaths.ts';
import { DashboardContext, useDashboardState } from './useDashboard.ts';
import './trainer.css';

/** The trainer dashboard's views, as sub-paths of /trainer (framed by TrainerApp). */

const VIEWS = [
  { path: '', key: 'view.import', View: ImportView },
  { path: 'matrix', key: 'view.matrix', View: MatrixView },
  { path: 'rollups', key: 'view.rollups', View: RollupsView },
  { path: 'overdue', key: 'view.overdue', View: OverdueView },
  { path: 'gate', key: 'view.gate', tab: 'tab.gate', View: GoLiveView },
  { path: 'report', key: 'view.report', tab: 'tab.report', View: DepartmentReportView },
  { path: 'quiz', key: 'view.quiz', View: QuizView },
  { path: 'funnels', key: 'view.funnels', tab: 'tab.funnels', View: FunnelsView },
  { path: 'missing', key: 'view.missing', View: TargetMissingView },
  { path: 'problems', key: 'view.problems', tab: 'tab.problems', View: ProblemListView },
  { path: 'suggestions', key: 'view.suggestions', View: SuggestionListView },
  { path: 'learners', key: 'view.learners', tab: 'tab.learners', View: LearnersView },
  { path: 'roster', key: 'view.roster', View: RosterView },
  { path: 'exports', key: 'view.exports', View: ExportsView },
  { path: 'lrs', key: 'view.lrs', tab: 'tab.lrs', View: LrsView },
  { path: 'backup', key: 'view.backup', tab: 'tab.backup', View: BackupView },
] as const satisfies readonly { path: string; key: TrainerKey; tab?: TrainerKey; View: () => ReactNode }[];


export default function TrainerDashboard({ path }: { path: string }): ReactNode {
  const { t } = useTrainerText();
  const dashboard = useDashboardState();
  const sub = path.slice(TRAINER_BASE.length).replace(/^\/+/, '');
  const follow = (to: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };

  if (sub === 'print') {
    return (
      <DashboardContext.Provider value={dashboard}>
        <div className="trainer trainer--print">
          {!dashboard.model && dashboard.loading ? <AnalysisProgress analysing={dashboard.analysing} /> : <PrintView />}
        </div>
      </DashboardContext.Provider>
    );
  }

  const current = VIEWS.find((v) => v.path === sub) ?? VIEWS[0];
  const { model } = dashboard;
  // while the worker sums: a progress bar in the body when there is nothing to show yet, else under the totals
  const progressInBody = !model && dashboard.loading && current.path !== '';
  return (
    <DashboardContext.Provider value={dashboard}>
      <div className="trainer" data-view={current.path || 'import'}>
        <header className="tr-header">
          <h1>{t('title')}</h1>
          <p className="tr-hint">{t('intro')}</p>
          <p className="tr-totals" aria-live="polite" data-region="totals">
            {model ? t('totals', model.totals) : ''}
          </p>
          {dashboard.loading && !progressInBody && <AnalysisProgress analysing={dashboard.analysing} />}
        </header>
        <nav className="tr-tabs" aria-label={t('nav.label')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a href={trainerPath(v.path)} aria-current={v === current ? 'page' : undefined} onClick={follow(trainerPath(v.path))}
                  {...('tab' in v && t(v.tab) !== t(v.key) ? { 'aria-label': t(v.key) } : {})}>
                  {'tab' in v ? t(v.tab) : t(v.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {dashboard.error && (
          <p className="tr-problems" role="alert">
            {dashboard.error}
          </p>
        )}
        <div className="tr-view">
          {progressInBody ? <AnalysisProgress analysing={dashboard.analysing} /> : <current.View />}
        </div>
      </div>
    </DashboardContext.Provider>
  );
}
