import { useId, type ReactNode } from 'react';
import { useReportText } from './reportMessages.ts';

/**
 * While the worker sums the stored facts after a load or an import: a real <progress> that
 * says how far it is ("正在汇总 12/24" / "Summarising 12 of 24"), instead of a bare "…".
 */
export function AnalysisProgress({ analysing }: { analysing: { done: number; total: number } | undefined }): ReactNode {
  const { p } = useReportText();
  const id = useId();
  const total = analysing?.total ?? 0;
  const done = Math.min(analysing?.done ?? 0, total);
  const text = analysing && total > 0 ? p('summarising.text', { done, total }) : p('summarising.start');
  return (
    <span className="tr-analysing" data-region="analysing" data-done={done} data-total={total}>
      <span id={`${id}-label`} className="tr-sr-only">{p('summarising.label')}</span>
      {/* without a total yet the bar is indeterminate (no value) */}
      <progress aria-labelledby={`${id}-label`} aria-valuetext={text} max={Math.max(total, 1)} {...(analysing && total > 0 ? { value: done } : {})} />
      <span aria-hidden="true">{text}</span>
    </span>
  );
}
