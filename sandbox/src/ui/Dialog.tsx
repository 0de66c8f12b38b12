// Modal dialog: labelled, Esc closes, Tab stays inside, the page behind is inert,
// and focus goes back to where it was when the dialog closes.

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export type DialogProps = {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** Element to focus first; defaults to the first focusable element in the body. */
  initialFocus?: RefObject<HTMLElement | null>;
  size?: 'sm' | 'md' | 'lg';
  /** Marks the dialog for tours and tests, e.g. "new-patient". */
  name?: string;
  role?: 'dialog' | 'alertdialog';
};

export function Dialog({ title, onClose, children, footer, initialFocus, size = 'md', name, role = 'dialog' }: DialogProps): ReactNode {
  const { t } = useI18n();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const appRoot = document.getElementById('root');
    appRoot?.setAttribute('inert', '');
    const panel = panelRef.current;
    const body = panel?.querySelector('.his-dialog__body');
    const first = initialFocus?.current ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? panel;
    first?.focus();
    return () => {
      appRoot?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
    // Run once per opening; the initial focus target is read at that moment.
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !panelRef.current) return;
    const items = [...panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const firstItem = items[0]!;
    const lastItem = items[items.length - 1]!;
    if (e.shiftKey && (document.activeElement === firstItem || document.activeElement === panelRef.current)) {
      e.preventDefault();
      lastItem.focus();
    } else if (!e.shiftKey && document.activeElement === lastItem) {
      e.preventDefault();
      firstItem.focus();
    }
  };

  return createPortal(
    <div className="his-dialog-backdrop">
      <div
        ref={panelRef}
        className={`his-dialog his-dialog--${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        data-dialog={name}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="his-dialog__head">
          <h2 id={titleId} className="his-dialog__title">{title}</h2>
          <button type="button" className="his-dialog__x" onClick={() => onCloseRef.current()} aria-label={t('common.close')} title={`${t('common.close')} (Esc)`}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="his-dialog__body">{children}</div>
        {footer ? <div className="his-dialog__foot">{footer}</div> : null}
      </div>
    </div>,
    document.body,
  );
}
