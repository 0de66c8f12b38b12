import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import type { ItemProgress } from '@preceptor/shared/record/itemProgress.ts';
import { LMS_PROFILES, lmsCsv, type LmsCompletionRecord, type LmsProfileId } from '@preceptor/shared/trainer/lmsCsv.ts';
import { cellStatus } from '@preceptor/shared/trainer/readiness.ts';
import type { Lang } from '../i18n.ts';
import { navigate } from '../router.ts';
import type { DashboardModel } from './dashboardModel.ts';
import { useTrainerText, type TrainerKey } from './trainerMessages.ts';
import { TrainerSection, downloadText, shortId, titleOf } from './trainerUi.tsx';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { useDashboard } from './useDashboard.ts';

/** Learner × required item, as the LMS files want them. */
export function lmsRecords(model: DashboardModel, lang: Lang): LmsCompletionRecord[] {
  const progress = new Map<string, ItemProgress>();
  for (const p of model.progress) progress.set(`${p.learner}\u0000${p.item}`, p);
  const records: LmsCompletionRecord[] = [];
  for (const learner of model.learners) {
    model.items.forEach((item, index) => {
      const status = cellStatus(learner.cells[index] ?? '-');
      if (status === 'not-required') return;
      const p = progress.get(`${learner.learner}\u0000${item.id}`);
      const record: LmsCompletionRecord = {
        learnerId: learner.learner,
        organisation: learner.homePage,
        role: learner.role,
        department: learnerDepartment(learner),
        pack: shortId(item.pack),
        itemKind: item.kind,
        itemId: item.id,
        itemTitle: titleOf(model, item.id, lang),
        status,
        attempts: p?.attempts ?? 0,
        keyFingerprint: learner.latestKey,
        keyTrusted: learner.keyStatus === 'trusted',
      };
      // the staff number the learner handed in, else the trainer's label for their key
      const staffId = learner.staff?.staffNumber ?? learner.label;
      if (staffId) record.staffId = staffId;
      if (learner.staff?.displayName) record.learnerName = learner.staff.displayName;
      if (p?.completedAt !== undefined) record.completedAt = p.completedAt;
      if (p?.durationMs !== undefined) record.durationMs = p.durationMs;
      if (p?.bestScaled !== undefined) record.bestScaled = p.bestScaled;
      records.push(record);
    });
  }
  return records;
}

const MAPPING: Record<string, TrainerKey> = {
  'Student ID': 'map.studentId',
  Description: 'map.description',
  'Completion Date': 'map.completionDate',
  'Completion Time Zone': 'map.timeZone',
  Grade: 'map.grade',
  'Credit Hours': 'map.creditHours',
  'Total Hours': 'map.totalHours',
  'Instructor Name': 'map.instructor',
  Comments: 'map.comments',
};

function stamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function ExportsView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model } = useDashboard();
  const id = useId();
  const [titleLang, setTitleLang] = useState<Lang>(lang);
  const [done, setDone] = useState('');
  if (!model) return <p className="tr-hint">{t('loading')}</p>;

  function download(profile: LmsProfileId) {
    const records = lmsRecords(model!, titleLang);
    const csv = lmsCsv(profile, records);
    const file = `preceptor-${profile}-${stamp()}.csv`;
    downloadText(file, csv);
    setDone(t('exports.downloaded', { file, rows: records.filter(LMS_PROFILES[profile].includes).length }));
  }

  const openPrint = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate('/trainer/print');
  };

  return (
    <TrainerSection heading={t('exports.heading')}>
      <section className="tr-card" aria-labelledby={`${id}-lms`}>
        <h3 id={`${id}-lms`}>{t('exports.lmsHeading')}</h3>
        <p className="tr-hint">{t('exports.lmsHint')}</p>
        <div className="tr-row">
          <label htmlFor={`${id}-lang`}>{t('exports.language')}</label>
          <select id={`${id}-lang`} value={titleLang} onChange={(e) => setTitleLang(e.target.value as Lang)}>
            {(['zh-CN', 'en'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="tr-export">
          <button type="button" className="tr-button--primary" data-action="export-generic" onClick={() => download('generic-completion')} disabled={model.learners.length === 0}>
            {t('exports.generic')}
          </button>
          <p className="tr-hint">{t('exports.genericHint')}</p>
        </div>
        <div className="tr-export">
          <button type="button" className="tr-button--primary" data-action="export-external" onClick={() => download('external-training')} disabled={model.learners.length === 0}>
            {t('exports.external')}
          </button>
          <p className="tr-hint">{t('exports.externalHint')}</p>
          <table className="tr-table tr-mapping">
            <caption className="sr-only">{t('exports.external')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exports.mapping.column')}</th>
                <th scope="col">{t('exports.mapping.source')}</th>
              </tr>
            </thead>
            <tbody>
              {LMS_PROFILES['external-training'].columns.map((c) => (
                <tr key={c.header}>
                  <th scope="row"><code>{c.header}</code></th>
                  <td>{MAPPING[c.header] ? t(MAPPING[c.header]!) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p role="status" className="tr-ok">{done}</p>
      </section>
      <section className="tr-card" aria-labelledby={`${id}-print`}>
        <h3 id={`${id}-print`}>{t('exports.printHeading')}</h3>
        <p className="tr-hint">{t('exports.printHint')}</p>
        <a className="tr-button" href="/trainer/print" onClick={openPrint} data-action="open-print">
          {t('exports.openPrint')}
        </a>
      </section>
    </TrainerSection>
  );
}
