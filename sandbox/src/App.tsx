import type { ReactNode } from 'react';
import { useI18n } from './i18n.ts';
import { Redirect, navigate, usePathname } from './router.ts';
import { routeFor } from './routes.tsx';
import { AppShell } from './shell/AppShell.tsx';

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
  const route = routeFor(path);
  return <AppShell pathname={path}>{(shell) => (route ? route.render({ ...shell, path }) : <NotFound path={pathname} />)}</AppShell>;
}
