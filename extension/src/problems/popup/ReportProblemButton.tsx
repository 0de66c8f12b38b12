import { useState } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { isOpenAsTab } from '../../ui/targetTab.ts';

/** 报告问题 from the popup: opens the form on the page itself (problems/page/problemForm.ts), also where no tour runs. */
export function ReportProblemButton({ tabId, t }: { tabId: number; t: Translate }) {
  const [failed, setFailed] = useState(false);
  async function open() {
    const opened = await sendMessage('openProblemForm', undefined, tabId).catch(() => false);
    if (!opened) return setFailed(true);
    if (!(await isOpenAsTab())) window.close(); // the learner goes on in the page, where the form has focus
  }
  return (
    <section className="panel" aria-labelledby="report-problem-h">
      <div className="row">
        <h2 id="report-problem-h">{t('reportProblem')}</h2>
        <button type="button" data-action="report-problem" onClick={() => void open()}>{t('reportProblem')}</button>
      </div>
      <p className="muted">{t('reportProblemHint')}</p>
      {failed && <p role="alert">{t('reportProblemNoPage')}</p>}
    </section>
  );
}
