// The frame every module page shares: the page head (module name, breadcrumb, and on the right
// the day or the page's own pickers) above the module's work. Modules whose work is a set of
// tabs put them in one flush panel with ModuleWorkTabs. The markup is what tours and tests
// anchor on (.his-page--…, section[data-panel="<module>"], div[data-tabs="<module>-work"]).

import type { ReactNode } from 'react';
import { Panel } from './Panel.tsx';
import { Tabs, type TabItem } from './Tabs.tsx';

export type ModulePageProps = {
  /** the `his-page--…` modifier that module styles hang on */
  module: string;
  title: ReactNode;
  breadcrumb: ReactNode;
  /** right end of the head: the day, or a ward / month picker; left out, no slot at all */
  aside?: ReactNode;
  /** dates read monospaced, a learner id muted */
  asideTone?: 'mono' | 'muted';
  children: ReactNode;
};

export function ModulePage({ module, title, breadcrumb, aside, asideTone, children }: ModulePageProps): ReactNode {
  return (
    <div className={`his-page his-page--${module}`}>
      <div className="page-head">
        <h1 className="page-head__title">{title}</h1>
        <span className="page-head__crumbs">{breadcrumb}</span>
        {aside === undefined ? null : <span className={asideTone ? `page-head__date ${asideTone}` : 'page-head__date'}>{aside}</span>}
      </div>
      {children}
    </div>
  );
}

export type ModuleWorkTabsProps<T extends string> = {
  /** names the panel (data-panel) and, with `-work`, the tab set (data-tabs) */
  module: string;
  /** the panel's heading and the tab list's accessible name */
  label: string;
  tabs: readonly TabItem<T>[];
  active: T;
  onChange: (id: T) => void;
  children: ReactNode;
};

export function ModuleWorkTabs<T extends string>({ module, label, tabs, active, onChange, children }: ModuleWorkTabsProps<T>): ReactNode {
  return (
    <Panel title={label} panel={module} flush>
      <Tabs name={`${module}-work`} label={label} active={active} onChange={onChange} tabs={tabs}>
        {children}
      </Tabs>
    </Panel>
  );
}
