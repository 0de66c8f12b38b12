// 检查检验结果: the patient's released lab results and imaging reports, opened in the viewer frame.

import type { Patient, StaffMember } from '@preceptor/shared/hospital/index.ts';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { examName, labTestName, mdhm } from '../ui/format.ts';
import { ReportFrame } from '../ui/ReportFrame.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';

type Row = { kind: 'lab' | 'imaging'; id: string; item: string; time: string; abnormal: number; unread: boolean };

export function ResultsPanel({ state, patient, operator }: { state: SandboxState; patient: Patient; operator: StaffMember }): ReactNode {
  const { t, lang } = useI18n();
  const rows: Row[] = [
    ...state.labResults
      .filter((r) => r.patientId === patient.patientId && r.status === 'released')
      .map((r) => ({ kind: 'lab' as const, id: r.resultId, item: labTestName(r.testCode, lang), time: r.releasedAt!, abnormal: r.items.filter((i) => i.flag !== 'N').length, unread: false })),
    ...state.imagingExams
      .filter((e) => e.patientId === patient.patientId && e.status === 'reported' && e.report)
      .map((e) => ({ kind: 'imaging' as const, id: e.examId, item: examName(e.examCode, lang), time: e.report!.signedAt, abnormal: 0, unread: !e.reportRead })),
  ].sort((a, b) => b.time.localeCompare(a.time));
  const [selected, setSelected] = useState<Row | null>(rows[0] ?? null);
  return (
    <div className="results-split" data-panel="results">
      <DataTable<Row>
        caption={t('res.listCaption')}
        rows={rows}
        rowKey={(r) => r.id}
        rowData={(r) => ({ 'data-report-id': r.id })}
        selectedKey={selected?.id ?? null}
        onRowClick={setSelected}
        empty={t('common.empty')}
        columns={[
          { key: 'kind', header: t('res.col.kind'), render: (r) => t(r.kind === 'lab' ? 'res.kind.lab' : 'res.kind.imaging') },
          { key: 'item', header: t('res.col.item'), render: (r) => <button type="button" className="linkish" data-action="open-report" onClick={() => setSelected(r)}>{r.item}</button> },
          { key: 'time', header: t('res.col.time'), render: (r) => <span className="mono">{mdhm(r.time)}</span> },
          { key: 'flags', header: t('res.col.flags'), render: (r) => (r.abnormal > 0 ? <StatusTag tone="warn" icon="↕">{t('res.abnormal', { n: r.abnormal })}</StatusTag> : r.unread ? <StatusTag tone="info">{t('res.unread')}</StatusTag> : '') },
        ]}
      />
      <div className="results-split__viewer">
        {selected ? <ReportFrame kind={selected.kind} id={selected.id} title={`${t('fmt.labelled', { label: t('res.viewer') })}${selected.item}`} operator={operator.staffId} /> : <p className="muted">{t('res.pick')}</p>}
      </div>
    </div>
  );
}
