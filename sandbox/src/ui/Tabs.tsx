// WAI-ARIA tabs: arrow keys move between tabs, the panel is labelled by its tab.

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useIsV2 } from '../uiVersion.ts';

export type TabItem<T extends string> = { id: T; label: ReactNode; badge?: number | string; disabled?: boolean };

export type TabsProps<T extends string> = {
  /** names the tab set for tours: div[data-tabs="…"] */
  name: string;
  label: string;
  tabs: readonly TabItem<T>[];
  active: T;
  onChange: (id: T) => void;
  children: ReactNode;
};

export function Tabs<T extends string>({ name, label, tabs, active, onChange, children }: TabsProps<T>): ReactNode {
  const base = useId();
  const v2 = useIsV2();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const enabled = tabs.filter((t) => !t.disabled);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const i = enabled.findIndex((t) => t.id === active);
    let next: TabItem<T> | undefined;
    if (e.key === 'ArrowRight') next = enabled[(i + 1) % enabled.length];
    else if (e.key === 'ArrowLeft') next = enabled[(i - 1 + enabled.length) % enabled.length];
    else if (e.key === 'Home') next = enabled[0];
    else if (e.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    e.preventDefault();
    onChange(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className={v2 ? 'v2-tabs' : 'tabs'} data-tabs={name}>
      <div role="tablist" aria-label={label} className={v2 ? 'v2-tabs__list' : 'tabs__list'}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === active ? 0 : -1}
            disabled={t.disabled}
            data-tab={t.id}
            className={v2 ? 'v2-tabs__tab' : 'tabs__tab'}
            onClick={() => onChange(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
            {t.badge !== undefined && t.badge !== 0 ? <span className="tabs__badge">{t.badge}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${active}`} className={v2 ? 'v2-tabs__panel' : 'tabs__panel'} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
