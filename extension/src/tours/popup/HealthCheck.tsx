import { useState } from 'react';
import { healthCheckSummary, type HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';
import type { MessageKey, Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { downloadFile } from '../../ui/downloadFile.ts';
import { csvDocument } from '@preceptor/shared/record/csvCells.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';

const ID_COLUMNS = ['packId', 'packVersion', 'tourId', 'stepIndex', 'stepId', 'status', 'confidence', 'reason'] as const satisfies readonly (keyof HealthCheckRow)[];

/**
 * The same spreadsheet-safe CSV the trainer's exports use: BOM, CRLF, quoting, formulas
 * neutralised. The tour, step and result in the learner's language first; the ids after them.
 */
export function healthReportCsv(rows: readonly HealthCheckRow[], language: Language, t: Translate): string {
  const header = [t('healthTour'), t('healthStep'), t('healthResult'), ...ID_COLUMNS];
  return csvDocument(
    header,
    rows.map((row) => [row.tourTitle[language] || row.tourId, row.stepTitle[language] || row.stepId, t(`healthStatus_${row.status}` as MessageKey), ...ID_COLUMNS.map((c) => row[c])]),
  );
}

/** "Check this page" for mentors and IT: every step of every tour, resolved on the page as it is now. */
export function HealthCheck({ tabId, language, t }: { tabId: number; language: Language; t: Translate }) {
  const [rows, setRows] = useState<HealthCheckRow[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setRows(await sendMessage('runHealthCheck', undefined, tabId));
    setBusy(false);
  }

  const summary = rows ? healthCheckSummary(rows) : undefined;
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13);
  return (
    <section className="panel" aria-labelledby="health-h">
      <div className="row">
        <h2 id="health-h">{t('healthCheck')}</h2>
        <button type="button" data-action="health-check" onClick={run} disabled={busy}>{t('healthCheck')}</button>
      </div>
      <p className="muted">{t('healthCheckHint')}</p>
      <div role="status">
        {busy && t('healthRunning')}
        {summary &&
          t('healthSummary', {
            total: rows!.length,
            found: summary.found,
            ambiguous: summary.ambiguous,
            missing: summary.missing,
            closed: summary['in-closed-dialog'],
            other: summary['no-target'] + summary['other-page'],
          })}
      </div>
      {rows && rows.length > 0 && (
        <>
          <table data-table="health-check">
            <thead>
              <tr>
                <th scope="col">{t('healthTour')}</th>
                <th scope="col">{t('healthStep')}</th>
                <th scope="col">{t('healthResult')}</th>
                <th scope="col">{t('healthConfidence')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.packId}/${row.tourId}/${row.stepId}`} data-step={row.stepId} data-status={row.status}>
                  <td data-tour={row.tourId}>{row.tourTitle[language] || row.tourId}</td>
                  <td>{row.stepIndex + 1}. {row.stepTitle[language] || row.stepId}</td>
                  <td>{t(`healthStatus_${row.status}` as MessageKey)}</td>
                  <td>{row.confidence === null ? '—' : row.confidence.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row" style={{ justifyContent: 'flex-end', marginTop: 6 }}>
            <button type="button" onClick={() => downloadFile(`preceptor-health-${stamp}.json`, JSON.stringify({ checkedAt: new Date().toISOString(), rows }, null, 2), 'application/json')}>
              {t('exportJson')}
            </button>
            <button type="button" onClick={() => downloadFile(`preceptor-health-${stamp}.csv`, healthReportCsv(rows, language, t), 'text/csv;charset=utf-8')}>
              {t('exportCsv')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
