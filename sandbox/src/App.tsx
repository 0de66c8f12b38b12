import type { ReactNode } from 'react';
import { useI18n } from './i18n.ts';
import { RegistrationPage } from './registration/RegistrationPage.tsx';
import { Redirect, navigate, usePathname } from './router.ts';
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
  return (
    <AppShell pathname={path}>
      {(shell) => (path === '/registration' ? <RegistrationPage notify={shell.notify} /> : <NotFound path={pathname} />)}
    </AppShell>
  );
}
