// The simulated HIS frame: top bar, running-scenario bar, module navigation, work area, status bar.

import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { ScenarioBar } from '../scenarios/ScenarioBar.tsx';
import { DowntimePanel, useModuleDown } from '../downtime/DowntimePanel.tsx';
import { useIsV2 } from '../uiVersion.ts';
import { ModuleNav } from './ModuleNav.tsx';
import { moduleForPath } from './modules.ts';
import { StatusBar } from './StatusBar.tsx';
import { TopBar } from './TopBar.tsx';

export type ShellApi = {
  /** Shows a one-line message in the status bar (announced politely). */
  notify: (message: ReactNode) => void;
};

export function AppShell({ pathname, children }: { pathname: string; children: (shell: ShellApi & { resetCount: number }) => ReactNode }): ReactNode {
  const { t } = useI18n();
  const v2 = useIsV2();
  const [message, setMessage] = useState<ReactNode>('');
  const [resetCount, setResetCount] = useState(0);
  const moduleEntry = moduleForPath(pathname);
  const moduleTitle = moduleEntry ? t(moduleEntry.labelKey) : t('notFound.title');
  // a downtime drill: the module that is down keeps its screen, but nothing in it can be used
  const down = useModuleDown(moduleEntry?.id);

  useEffect(() => {
    document.title = t('app.docTitle', { module: moduleTitle });
  }, [t, moduleTitle]);

  return (
    <div className={v2 ? 'his-app his-app--v2' : 'his-app'} data-ui-version={v2 ? 'v2' : 'v1'}>
      <a className="his-skip" href="#his-main">{t('app.skipToMain')}</a>
      <TopBar
        moduleTitle={moduleTitle}
        operatorModule={moduleEntry?.operator}
        onReset={() => {
          setResetCount((n) => n + 1);
          setMessage(t('shell.resetDone'));
        }}
      />
      <ScenarioBar notify={setMessage} />
      <DowntimePanel moduleId={moduleEntry?.id} />
      <div className="his-body">
        <ModuleNav pathname={pathname} />
        <main id="his-main" className={down ? 'his-main is-down' : 'his-main'} tabIndex={-1} key={resetCount} inert={down} data-module-down={down || undefined}>
          {children({ notify: setMessage, resetCount })}
        </main>
      </div>
      <StatusBar message={message} moduleId={moduleEntry?.id} />
    </div>
  );
}
