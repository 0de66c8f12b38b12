import { useId, type ReactNode } from 'react';
import type { ReadinessTimeline } from '@preceptor/shared/trainer/readinessOverTime.ts';
import { SERIES } from './ChartCanvas.tsx';

/**
 * Readiness over time as SVG (sharp on paper and in a PDF, unlike a canvas): the ready share as
 * a solid line with dots, the goal as a dashed line, go-live day and today as labelled vertical
 * lines. Nothing is told by colour alone (line styles and labels differ); the picture is an
 * image with a title and a description, and the caller puts the same numbers in a table.
 */

const W = 760;
const H = 250;
const PAD = { left: 46, right: 18, top: 22, bottom: 34 };

export interface ReadinessChartLabels {
  title: string;
  description: string;
  ready: string;
  goal: string;
  goLive: string;
  today: string;
}

function shortDate(day: string): string {
  return day.slice(5);
}

export function ReadinessChart({ timeline, labels, percentText, goLiveDate }: { timeline: ReadinessTimeline; labels: ReadinessChartLabels; percentText: (share: number) => string; /** YYYY-MM-DD: the mark says the day itself, not its week's Monday */ goLiveDate?: string | undefined }): ReactNode {
  const id = useId();
  const { points, goLiveIndex, nowIndex } = timeline;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (share: number) => PAD.top + plotH * (1 - share);
  const ready = points.flatMap((p, i) => (p.share === null ? [] : [[x(i), y(p.share)] as const]));
  const goal = points.flatMap((p, i) => (p.target === null ? [] : [[x(i), y(p.target)] as const]));
  const every = Math.max(1, Math.ceil(points.length / 9));
  const ticks = points.map((p, i) => ({ i, day: p.start })).filter(({ i }) => i % every === 0 || i === points.length - 1);
  const path = (pts: readonly (readonly [number, number])[]) => pts.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const today = nowIndex >= 0 && nowIndex < points.length ? nowIndex : null;

  return (
    <figure className="tr-report__chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-chart="readiness" data-points={points.length} data-go-live={goLiveIndex ?? ''}>
        <title id={`${id}-t`}>{labels.title}</title>
        <desc id={`${id}-d`}>{labels.description}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((share) => (
          <g key={share}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(share)} y2={y(share)} stroke="#d5dde6" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(share) + 4} textAnchor="end" fontSize={11} fill="#4f5b69">
              {percentText(share)}
            </text>
          </g>
        ))}
        {ticks.map(({ i, day }) => (
          <text key={i} x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize={11} fill="#4f5b69">
            {shortDate(day)}
          </text>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#4f5b69" strokeWidth={1} />
        {today !== null && (
          <g data-mark="today">
            <line x1={x(today)} x2={x(today)} y1={PAD.top} y2={y(0)} stroke="#4f5b69" strokeWidth={1} strokeDasharray="2 3" />
            <text x={x(today) + (x(today) < W - 60 ? 4 : -4)} y={y(0) - 6} textAnchor={x(today) < W - 60 ? 'start' : 'end'} fontSize={11} fill="#4f5b69">
              {labels.today}
            </text>
          </g>
        )}
        {goLiveIndex !== null && goLiveIndex < points.length && (
          <g data-mark="go-live">
            <line x1={x(goLiveIndex)} x2={x(goLiveIndex)} y1={PAD.top - 8} y2={y(0)} stroke="#b3261e" strokeWidth={2} strokeDasharray="8 3 2 3" />
            {/* the label reads away from the nearer edge, so it is never cut off */}
            <text x={x(goLiveIndex) + (x(goLiveIndex) < W / 2 ? 4 : -4)} y={PAD.top - 10} textAnchor={x(goLiveIndex) < W / 2 ? 'start' : 'end'} fontSize={12} fontWeight={700} fill="#b3261e">
              {labels.goLive} {shortDate(goLiveDate ?? points[goLiveIndex]!.start)}
            </text>
          </g>
        )}
        {goal.length > 0 && <polyline data-series="goal" points={path(goal)} fill="none" stroke={SERIES.partial} strokeWidth={2} strokeDasharray="7 5" />}
        {ready.length > 0 && <polyline data-series="ready" points={path(ready)} fill="none" stroke={SERIES.line} strokeWidth={2.5} />}
        {ready.length <= 40 && ready.map(([px, py], i) => <circle key={i} cx={px} cy={py} r={3} fill={SERIES.line} />)}
      </svg>
      <figcaption className="tr-report__legend" aria-hidden="true">
        <span>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES.line} strokeWidth="2.5" />
            <circle cx="14" cy="5" r="3" fill={SERIES.line} />
          </svg>{' '}
          {labels.ready}
        </span>
        {goal.length > 0 && (
          <span>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES.partial} strokeWidth="2" strokeDasharray="7 5" />
            </svg>{' '}
            {labels.goal}
          </span>
        )}
        {goLiveIndex !== null && (
          <span>
            <svg width="14" height="12" aria-hidden="true">
              <line x1="7" x2="7" y1="0" y2="12" stroke="#b3261e" strokeWidth="2" strokeDasharray="4 2" />
            </svg>{' '}
            {labels.goLive}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
