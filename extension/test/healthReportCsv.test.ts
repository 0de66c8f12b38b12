import { describe, expect, it } from 'vitest';
import type { HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';
import { translator } from '../src/i18n/messages.ts';
import { healthReportCsv } from '../src/tours/popup/HealthCheck.tsx';

const row: HealthCheckRow = {
  packId: 'registration-demo',
  packVersion: '1.2.0',
  tourId: 'registration-basics',
  tourTitle: { 'zh-CN': '门诊挂号入门', en: 'Outpatient registration basics' },
  stepTitle: { 'zh-CN': '填写证件号', en: 'Enter the ID number' },
  stepId: 'id-number',
  stepIndex: 4,
  status: 'in-closed-dialog',
  confidence: null,
  reason: 'recorded in a dialog, and no dialog is open: open it to check',
};

describe('the health check CSV', () => {
  it('names tour, step and result in the learner language, ids after them', () => {
    const [zhHeader, zhRow] = healthReportCsv([row], 'zh-CN', translator('zh-CN')).replace('\uFEFF', '').split('\r\n');
    expect(zhHeader).toBe('导览,步骤,结果,packId,packVersion,tourId,stepIndex,stepId,status,confidence,reason');
    expect(zhRow).toMatch(/^门诊挂号入门,填写证件号,在对话框中，打开后检查,registration-demo,1\.2\.0,registration-basics,4,id-number,in-closed-dialog,,/);
    const [enHeader, enRow] = healthReportCsv([row], 'en', translator('en')).replace('\uFEFF', '').split('\r\n');
    expect(enHeader!.startsWith('Tour,Step,Result,packId')).toBe(true);
    expect(enRow).toMatch(/^Outpatient registration basics,Enter the ID number,In a dialog: open it to check,registration-demo/);
  });
});
