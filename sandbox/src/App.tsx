import { Suspense, lazy, type ReactNode } from 'react';
import { useI18n } from './i18n.ts';
import { Redirect, navigate, usePathname } from './router.ts';
import { routeFor } from './routes.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { TRAINER_BASE } from './trainer/trainerPaths.ts';

// the dashboard (and chart.js) load only when a trainer opens it
const TrainerApp = lazy(() => import('./trainer/TrainerApp.tsx').then((m) => ({ default: m.TrainerApp })));
// the printable paper forms of the downtime procedure (应急预案): a page of their own, no HIS frame
const DowntimeFormPage = lazy(() => import('./downtime/DowntimeFormPage.tsx'));

function NotFound({ path }: { path: string }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="his-page">
      <h1 className="his-page__title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <a
          href="/registration"
          onClick={(e) => {
            e.preventDefault();
            navigate('/registration');
          }}
        >
          {t('notFound.back')}
        </a>
      </p>
    </div>
  );
}

export function App(): ReactNode {
  const pathname = usePathname();
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return <Redirect to="/registration" />;
  // the trainer dashboard is an application of its own, not a module of the simulated HIS
  if (path === TRAINER_BASE || path.startsWith(`${TRAINER_BASE}/`)) return <Suspense fallback={null}><TrainerApp path={path} /></Suspense>;
  if (path.startsWith('/downtime/form/')) return <Suspense fallback={null}><DowntimeFormPage name={path.slice('/downtime/form/'.length)} /></Suspense>;
  const route = routeFor(path);
  return <AppShell pathname={path}>{(shell) => (route ? route.render({ ...shell, path }) : <NotFound path={pathname} />)}</AppShell>;
}
