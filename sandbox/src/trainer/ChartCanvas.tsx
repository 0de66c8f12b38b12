import { useEffect, useRef, type ReactNode } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

// Only the chart.js parts the dashboard uses (tree-shaken).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A chart.js chart. The canvas is an image to assistive technology, labelled; every chart sits
 * next to a table with the same numbers, so nothing is only in the picture or only in colour.
 */
export function ChartCanvas({ config, label, height = 260 }: { config: ChartConfiguration; label: string; height?: number }): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="tr-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}

/** Colour-blind-safe (Okabe–Ito) series colours. */
export const SERIES = {
  ready: '#009E73',
  partial: '#E69F00',
  none: '#999999',
  line: '#0072B2',
} as const;
