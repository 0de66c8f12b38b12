import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useAttempt } from '../scenarios/AttemptContext.tsx';
import { useSandboxStore } from '../store/StoreContext.ts';
import { Dialog } from '../ui/Dialog.tsx';

/** Top-bar Reset: after confirmation, everything returns to the seeded state. */
export function ResetButton({ onReset }: { onReset: () => void }): ReactNode {
  const { t } = useI18n();
  const store = useSandboxStore();
  const attempt = useAttempt();
  const [open, setOpen] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" className="his-topbar__btn" data-action="reset-sandbox" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⟲ </span>
        {t('shell.reset')}
      </button>
      {open ? (
        <Dialog
          name="reset-confirm"
          role="alertdialog"
          size="sm"
          title={t('shell.resetTitle')}
          onClose={() => setOpen(false)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-action="confirm-reset"
                onClick={() => {
                  void attempt.abandon();
                  store.reset();
                  setOpen(false);
                  onReset();
                }}
              >
                {t('shell.resetConfirm')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </button>
            </>
          }
        >
          <p>{t('shell.resetBody')}</p>
        </Dialog>
      ) : null}
    </>
  );
}
