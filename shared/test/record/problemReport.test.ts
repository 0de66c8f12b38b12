import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/hospital/idNumber.ts';
import { checkProblemReport, problemReportStatement, problemTextPatientData, type ProblemReportInput } from '../../src/record/problemReport.ts';
import { statementFact } from '../../src/record/statementFacts.ts';
import { checkStatement } from '../../src/record/statementValidation.ts';
import { XapiStatement } from '../../src/record/xapiStatement.ts';
import { checkRecordableStatement } from '../../src/record/exportBundle.ts';
import { ACTIVITY_TYPE, EXTENSION, VERB } from '../../src/xapi/vocabulary.ts';
import type { StatementLearner } from '../../src/record/statementParts.ts';

const learner: StatementLearner = { learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44', homePage: 'https://hospital.example.cn', role: 'registrar', department: 'outpatient', language: 'zh-CN' };
const validId = (() => {
  const body = '11010519491231002';
  return body + idNumberCheckChar(body);
})();
const report: ProblemReportInput = { category: 'cannot-find', severity: 'slows-work', text: '找不到“新建患者”按钮在哪里', element: { role: 'button', label: '新建患者' } };
const ids = ['0b5c6a1e-2f3d-4a5b-8c7d-9e0f1a2b3c4d', '7d1e2f3a-4b5c-4d6e-9f70-8a9b0c1d2e3f'];
const newIds = () => {
  let i = 0;
  return () => ids[i++ % ids.length]!;
};

describe('a problem report as a statement', () => {
  const statement = problemReportStatement({ report, pagePattern: 'http://127.0.0.1:4187/registration*', learner, now: new Date('2026-12-06T08:00:00Z'), newId: newIds() });

  it('is a valid xAPI statement by our emitted schema, the trainer import check and Learning Locker', () => {
    expect(XapiStatement.safeParse(statement).success).toBe(true);
    expect(checkStatement(statement).ok).toBe(true);
    expect(checkRecordableStatement(statement).ok).toBe(true);
    expect(validateStatement(statement)).toEqual([]);
  });

  it('says reported a problem-report activity, with category, severity, page and control under our IRIs', () => {
    expect(statement.verb.id).toBe(VERB.reported);
    expect(statement.object.definition.type).toBe(ACTIVITY_TYPE.problemReport);
    expect(statement.object.id).toContain('/problem-reports/');
    expect(statement.result?.response).toBe(report.text);
    expect(statement.result?.extensions).toEqual({
      [EXTENSION.problemCategory]: 'cannot-find',
      [EXTENSION.problemSeverity]: 'slows-work',
      [EXTENSION.pagePattern]: 'http://127.0.0.1:4187/registration*',
      [EXTENSION.elementRole]: 'button',
      [EXTENSION.elementLabel]: '新建患者',
    });
    expect(statement.context.registration).not.toBe(statement.id);
  });

  it('about a tour step: the step in the result, the tour as parent, the pack as grouping', () => {
    const s = problemReportStatement({ report: { ...report, element: undefined }, pagePattern: 'http://emr.test/reg*', step: { pack: { id: 'demo', version: '1.2.0' }, tourId: 'reg', stepId: 'search', stepIndex: 1 }, learner, now: new Date(), newId: newIds() });
    expect(s.result?.extensions?.[EXTENSION.stepId]).toBe('search');
    expect(s.context.contextActivities?.parent?.[0]?.id).toMatch(/\/packs\/demo\/tours\/reg$/);
    expect(s.context.contextActivities?.grouping?.[0]?.id).toMatch(/\/packs\/demo$/);
    expect(s.context.extensions?.[EXTENSION.packVersion]).toBe('1.2.0');
    expect(validateStatement(s)).toEqual([]);
    const fact = statementFact(checkStatement(s).ok ? (s as never) : (undefined as never));
    expect(fact.stepId).toBe('search');
    expect(fact.problem).toEqual({ category: 'cannot-find', severity: 'slows-work', text: report.text });
  });

  it('becomes a fact the problem list reads; other statements carry no problem', () => {
    const fact = statementFact(statement as never);
    expect(fact.problem).toEqual({ category: 'cannot-find', severity: 'slows-work', text: report.text, elementRole: 'button', elementLabel: '新建患者' });
    expect(fact.pagePattern).toBe('http://127.0.0.1:4187/registration*');
    const other = { ...statement, verb: { id: VERB.experienced, display: { en: 'read' } } };
    expect(statementFact(other as never).problem).toBeUndefined();
  });
});

describe('the data rule on a report', () => {
  it('refuses an ID number with a valid check character, and says so', () => {
    expect(problemTextPatientData(`患者 ${validId} 挂不上号`)?.kind).toBe('id-number');
    const checked = checkProblemReport({ ...report, text: `证件号 ${validId} 查不到` });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ path: 'text', patientData: { kind: 'id-number', value: validId } });
  });

  it('refuses phones, record numbers, birth dates and quoted names; accepts plain words', () => {
    for (const text of ['请回电 13812345678', '住院号 123456 打不开', '出生日期填 1962-03-15 报错', '搜索“许晨”没有结果']) expect(checkProblemReport({ ...report, text }).ok, text).toBe(false);
    for (const text of ['挂号页面找不到医保类型', 'The save button does nothing after 3 clicks', '2 号诊室的排班显示不全']) expect(checkProblemReport({ ...report, text }).ok, text).toBe(true);
  });

  it('refuses a control label that is a name, an unknown category, an empty or too long text, unknown fields', () => {
    expect(checkProblemReport({ ...report, element: { role: 'link', label: '王伟' } }).ok).toBe(false);
    expect(checkProblemReport({ ...report, category: 'other' }).ok).toBe(false);
    expect(checkProblemReport({ ...report, text: '   ' }).ok).toBe(false);
    expect(checkProblemReport({ ...report, text: 'x'.repeat(501) }).ok).toBe(false);
    expect(checkProblemReport({ ...report, url: 'http://emr.test/patient/123' }).ok).toBe(false);
    expect(checkProblemReport({ ...report, element: { role: 'Button<script>' } }).ok).toBe(false);
  });
});
