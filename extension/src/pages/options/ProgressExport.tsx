import { useEffect, useState } from 'react';
import { progressExportFileName } from '@preceptor/shared/record/progressExport.ts';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';

/** The learner's statements, downloaded as one JSON file for the trainer. */
export function ProgressExport({ t }: { t: Translate }) {
  const [count, setCount] = useState<number | undefined>(undefined);
  const [done, setDone] = useState<{ count: number; file: string } | undefined>(undefined);

  useEffect(() => void sendMessage('countStatements', undefined).then(setCount), []);

  async function exportNow() {
    const bundle = await sendMessage('exportProgress', undefined);
    const file = progressExportFileName(new Date());
    const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setCount(bundle.statementCount);
    setDone({ count: bundle.statementCount, file });
  }

  return (
    <section className="panel" aria-labelledby="progress-h">
      <h2 id="progress-h">{t('progressHeading')}</h2>
      <p>{count === undefined ? '…' : t('statementCount', { count })}</p>
      <p className="muted">{t('privacyNote')}</p>
      <button type="button" className="primary" data-action="export-progress" onClick={exportNow}>
        {t('exportProgress')}
      </button>
      <p className="status" role="status">{done ? t('exported', done) : ''}</p>
    </section>
  );
}
