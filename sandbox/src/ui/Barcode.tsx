import type { ReactNode } from 'react';

/** A printed barcode as on wristbands, labels and tubes: bars for the eye, digits for the reader. */
export function Barcode({ value, label }: { value: string; label?: string }): ReactNode {
  const bars: number[] = [];
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    bars.push(1 + (c % 3), 1 + ((c >> 2) % 2), 2 + ((c >> 1) % 3), 1);
  }
  let x = 0;
  return (
    <span className="barcode" aria-label={label ?? value} role="img">
      <svg width={Math.min(220, bars.reduce((a, b) => a + b, 0) + 4)} height="22" aria-hidden="true" focusable="false">
        {bars.map((w, i) => {
          const rect = i % 2 === 0 ? <rect key={i} x={x} y={0} width={w} height={22} fill="#111" /> : null;
          x += w;
          return rect;
        })}
      </svg>
      <span className="barcode__digits mono" aria-hidden="true">{value}</span>
    </span>
  );
}
