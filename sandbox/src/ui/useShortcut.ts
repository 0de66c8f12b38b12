// Function-key shortcuts, as HIS front desks use them (F2 new patient, F9 register).
// Ignored while a modal dialog is open so keys never act behind it.

import { useEffect, useRef } from 'react';

export function useShortcut(key: string, handler: () => void): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.key !== key || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      handlerRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
