// A titled work area (面板). The upgraded UI (v2) renders the same panel as the vendor's new
// "card" markup: other class names and an extra wrapper, same data-panel anchor and heading.

import { useId, type ReactNode } from 'react';
import { useIsV2 } from '../uiVersion.ts';

export type PanelProps = {
  title: ReactNode;
  /** stable anchor for tours and tests: section[data-panel="…"] */
  panel: string;
  children: ReactNode;
  meta?: ReactNode;
  tools?: ReactNode;
  flush?: boolean;
  className?: string;
  headingLevel?: 2 | 3;
};

export function Panel({ title, panel, children, meta, tools, flush = false, className = '', headingLevel = 2 }: PanelProps): ReactNode {
  const headingId = useId();
  const v2 = useIsV2();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (v2) {
    return (
      <section className={`v2-card ${className}`} data-panel={panel} aria-labelledby={headingId}>
        <header className="v2-card__head">
          <Heading id={headingId} className="v2-card__title">{title}</Heading>
          {meta ? <span className="panel__meta">{meta}</span> : null}
          {tools ? <div className="panel__tools">{tools}</div> : null}
        </header>
        <div className="v2-card__inner">
          <div className={flush ? 'v2-card__body v2-card__body--flush' : 'v2-card__body'}>{children}</div>
        </div>
      </section>
    );
  }
  return (
    <section className={`panel ${className}`} data-panel={panel} aria-labelledby={headingId}>
      <div className="panel__head">
        <Heading id={headingId} className="panel__title">{title}</Heading>
        {meta ? <span className="panel__meta">{meta}</span> : null}
        {tools ? <div className="panel__tools">{tools}</div> : null}
      </div>
      <div className={flush ? 'panel__body panel__body--flush' : 'panel__body'}>{children}</div>
    </section>
  );
}
