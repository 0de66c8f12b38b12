// Small inline SVG icons for the few signs that fonts often lack: emoji such as ⛔ ⏱ ⏫ 💡 💉 💳 🖨
// drew as empty boxes on a hospital PC (or a Linux box) without an emoji font. Decorative only:
// the words beside an icon carry the meaning, so every icon is hidden from screen readers.

import type { ReactNode } from 'react';

export type IconName = 'stop' | 'timer' | 'escalate' | 'hint' | 'syringe' | 'card' | 'printer';

const PATHS: Record<IconName, ReactNode> = {
  // a no-entry disc: a filled circle with a white bar
  stop: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="3.5" y="6.75" width="9" height="2.5" rx="0.5" fill="#fff" />
    </>
  ),
  timer: (
    <>
      <circle cx="8" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 9V6M6 1.5h4M8 1.5v2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  escalate: <path d="M3 8l5-5 5 5M3 13l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />,
  hint: (
    <>
      <path d="M8 1.5a4.5 4.5 0 0 0-2.6 8.2V11.5h5.2V9.7A4.5 4.5 0 0 0 8 1.5z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M6 13.5h4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </>
  ),
  syringe: (
    <path d="M11 1.5l3.5 3.5M12.75 3.25L10.5 5.5M11.5 6.5L5 13H3v-2l6.5-6.5zM9.5 4.5l2 2M4.5 11.5l-3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  ),
  card: (
    <>
      <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1.5 6.5h13M4 10h3" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
  printer: (
    <>
      <path d="M4.5 6V1.5h7V6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <rect x="1.5" y="6" width="13" height="5.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="4.5" y="9.5" width="7" height="5" fill="#fff" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
};

export function Icon({ name }: { name: IconName }): ReactNode {
  return (
    <svg className="icon" data-icon={name} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
