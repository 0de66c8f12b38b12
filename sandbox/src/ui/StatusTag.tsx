import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'muted' | 'progress';

/** A bordered status word; the icon and text carry the meaning, colour only supports it. */
export function StatusTag({ tone, children, icon }: { tone: Tone; children: ReactNode; icon?: ReactNode }): ReactNode {
  return (
    <span className={`tag tag--${tone}`}>
      {icon ? <span aria-hidden="true">{icon} </span> : null}
      {children}
    </span>
  );
}
