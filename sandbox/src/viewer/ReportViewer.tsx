// 报告单: a lab result or an imaging report, as the LIS/PACS vendor's viewer prints it.

import { findImagingExam, findLabTest, formatRange, isoDate, type LabResult } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useSandboxState, useSandboxStore } from '../store/StoreContext.ts';
import { deptName, examName, formatAgeYears, labTestName, ymdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useIsV2 } from '../uiVersion.ts';
import { Data } from '../ui/Data.tsx';

const FLAG_MARK: Record<LabResult['items'][number]['flag'], string> = { N: '', H: '↑', L: '↓', HH: '↑↑', LL: '↓↓' };

export function ReportViewer({ kind, id, by }: { kind: 'lab' | 'imaging'; id: string; by: string }): ReactNode {
  const { t, tx, lang } = useI18n();
  const v2 = useIsV2();
  const state = useSandboxState();
  const store = useSandboxStore();
  const today = isoDate(new Date());
  const lab = kind === 'lab' ? state.labResults.find((r) => r.resultId === id) : undefined;
  const exam = kind === 'imaging' ? state.imagingExams.find((e) => e.examId === id) : undefined;
  const patientId = lab?.patientId ?? exam?.patientId;
  const patient = state.patients.find((p) => p.patientId === patientId);
  const admission = state.admissions.find((a) => a.patientId === patientId && a.status !== 'discharged');
  if (!patient || (!lab && !exam)) {
    return <main className="viewer"><p role="alert">{t('viewer.notFound', { id })}</p></main>;
  }
  const specimen = lab ? state.specimens.find((s) => s.specimenId === lab.specimenId) : undefined;
  const meta = (
    <dl className="viewer__meta">
      <div><dt>{t('col.name')}</dt><dd className="strong">{patient.name}</dd></div>
      <div><dt>{t('col.sexAge')}</dt><dd>{t(`sex.${patient.sex}`)} / {formatAgeYears(patient.birthDate, today, t)}</dd></div>
      <div><dt>{t('col.patientId')}</dt><dd className="mono">{patient.patientId}</dd></div>
      <div><dt>{t('viewer.source')}</dt><dd>{admission ? `${deptName(admission.ward, t, lang)} ${t('common.bedN', { n: admission.bed })}` : t('dept.outpatient')}</dd></div>
      {lab ? (
        <>
          <div><dt>{t('viewer.specimenNo')}</dt><dd className="mono">{lab.specimenId}</dd></div>
          <div><dt>{t('viewer.specimenType')}</dt><dd>{specimen ? t(`tube.${specimen.tube}`) : ''}</dd></div>
          <div><dt>{t('viewer.collected')}</dt><dd className="mono">{specimen?.collected ? ymdhm(specimen.collected.at) : ''}</dd></div>
          <div><dt>{t('viewer.reported')}</dt><dd className="mono">{lab.releasedAt ? ymdhm(lab.releasedAt) : ''}</dd></div>
        </>
      ) : exam ? (
        <>
          <div><dt>{t('viewer.accession')}</dt><dd className="mono">{exam.accessionNo ?? ''}</dd></div>
          <div><dt>{t('viewer.exam')}</dt><dd>{examName(exam.examCode, lang)}</dd></div>
          <div><dt>{t('viewer.examTime')}</dt><dd className="mono">{exam.slot ? `${exam.slot.date} ${exam.slot.time}` : ''}</dd></div>
          <div><dt>{t('viewer.reported')}</dt><dd className="mono">{exam.report ? ymdhm(exam.report.signedAt) : ''}</dd></div>
        </>
      ) : null}
    </dl>
  );

  return (
    <main className={v2 ? 'viewer viewer--v2' : 'viewer'} data-panel={kind === 'lab' ? 'lab-report' : 'imaging-report'} data-report-id={id}>
      <div className="viewer__brand">
        <span className="viewer__hospital">{t('app.hospital')}</span>
        <span className="muted">{kind === 'lab' ? t('viewer.lisName') : t('viewer.pacsName')}</span>
      </div>
      <h1 className="viewer__title">{lab ? `${labTestName(lab.testCode, lang)} ${t('viewer.labReport')}` : t('viewer.imagingReport')}</h1>
      {meta}
      {lab ? (
        <>
          <table className="grid" aria-label={t('viewer.resultsTable')}>
            <thead>
              <tr>
                <th scope="col">{t('viewer.item')}</th>
                <th scope="col" className="num">{t('viewer.result')}</th>
                <th scope="col">{t('viewer.flag')}</th>
                <th scope="col">{t('viewer.unit')}</th>
                <th scope="col">{t('viewer.range')}</th>
              </tr>
            </thead>
            <tbody>
              {lab.items.map((i) => {
                const item = findLabTest(lab.testCode)?.items.find((x) => x.code === i.code);
                return (
                  <tr key={i.code} data-item={i.code} data-flag={i.flag}>
                    <td>{item ? (lang === 'en' ? item.en : item.zh) : i.code} <span className="muted mono">{i.code}</span></td>
                    <td className={`num ${i.flag === 'N' ? '' : `value-${i.flag.toLowerCase()}`}`}>{i.value}</td>
                    <td>{i.flag === 'N' ? '' : <>{FLAG_MARK[i.flag]} {t(`flag.${i.flag}`)}</>}</td>
                    <td>{item?.unit}</td>
                    <td className="mono">{item ? formatRange(item, patient.sex) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="viewer__sign">
            <span>{tx('viewer.testedBy', { name: <StaffName staffId={lab.enteredBy} /> })}</span>
            <span>{tx('viewer.reviewedBy', { name: lab.releasedBy ? <StaffName staffId={lab.releasedBy} /> : '' })}</span>
          </div>
        </>
      ) : exam?.report ? (
        <>
          <section className="viewer__section">
            <h2>{t('viewer.findings')}</h2>
            <p><Data>{exam.report.findings}</Data></p>
          </section>
          <section className="viewer__section">
            <h2>{t('viewer.impression')}</h2>
            <p className="strong"><Data>{exam.report.impression}</Data></p>
          </section>
          <div className="viewer__sign">
            <span>{tx('viewer.draftedBy', { name: <StaffName staffId={exam.report.draftedBy} /> })}</span>
            <span>{tx('viewer.signedBy', { name: <StaffName staffId={exam.report.signedBy} /> })}</span>
          </div>
          <div className="viewer__actions">
            {exam.reportRead ? (
              <StatusTag tone="ok" icon="✔">{tx('viewer.readBy', { name: <StaffName staffId={exam.reportRead.by} />, time: ymdhm(exam.reportRead.at) })}</StatusTag>
            ) : by && findImagingExam(exam.examCode) ? (
              <button type="button" className="btn btn--primary" data-action="mark-report-read" onClick={() => store.dispatch({ type: 'imaging/markReportRead', examId: exam.examId }, by)}>
                {t('viewer.markRead')}
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <p className="muted">{t('issue.imaging.noReport')}</p>
      )}
    </main>
  );
}
