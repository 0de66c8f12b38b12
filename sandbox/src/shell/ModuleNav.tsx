import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';
import { MODULES, MODULE_GROUPS } from './modules.ts';

export function ModuleNav({ pathname }: { pathname: string }): ReactNode {
  const { t } = useI18n();
  const follow = (path: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(path);
  };
  return (
    <nav className="his-nav" aria-label={t('nav.label')}>
      {MODULE_GROUPS.map((group) => (
        <div className="his-nav__group" key={group.id}>
          <div className="his-nav__group-title" aria-hidden="true">{t(group.labelKey)}</div>
          <ul aria-label={t(group.labelKey)}>
            {MODULES.filter((m) => m.group === group.id).map((m) => (
              <li key={m.id}>
                <a
                  className="his-nav__item"
                  href={m.path}
                  aria-current={pathname.startsWith(m.path) ? 'page' : undefined}
                  onClick={follow(m.path)}
                >
                  {t(m.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
