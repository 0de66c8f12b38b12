import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lmsCsv, type LmsCompletionRecord } from '../../src/trainer/lmsCsv.ts';

const base: LmsCompletionRecord = {
  learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44',
  staffId: 'H01234',
  learnerName: '王晓红',
  organisation: 'https://hospital.example.cn',
  role: 'registrar',
  department: '门诊部',
  pack: 'demo-registration',
  itemKind: 'tour',
  itemId: 'https://preceptor.dev/xapi/activities/packs/demo-registration/tours/registration-basics',
  itemTitle: '门诊挂号入门',
  status: 'completed',
  completedAt: Date.UTC(2026, 10, 26, 9, 30, 0),
  durationMs: 95_000,
  attempts: 2,
  keyFingerprint: '3F2A-91BC-0D47-E6A8-55C1',
  keyTrusted: true,
};

const records: LmsCompletionRecord[] = [
  base,
  { ...base, itemKind: 'quiz', itemId: 'https://preceptor.dev/xapi/activities/packs/demo-registration/quizzes/q', itemTitle: '挂号测验', bestScaled: 0.8, durationMs: undefined },
  { ...base, learnerId: '11111111-1111-4111-8111-111111111111', staffId: undefined, department: '=HYPERLINK("x")', status: 'in-progress', completedAt: undefined, keyTrusted: false },
];

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' }).data;
}

describe('LMS CSV', () => {
  it('generic completion file: every learner × item with its status, machine headers', () => {
    const rows = parse(lmsCsv('generic-completion', records));
    expect(Object.keys(rows[0]!)).toEqual([
      'learner_id', 'staff_id', 'learner_name', 'organisation', 'role', 'department', 'pack_id', 'item_type', 'item_id', 'item_title',
      'status', 'completed_at_utc', 'duration_minutes', 'score_percent', 'attempts', 'key_fingerprint', 'key_trusted',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ learner_id: base.learnerId, staff_id: 'H01234', learner_name: '王晓红', department: '门诊部', item_type: 'tour', status: 'completed', completed_at_utc: '2026-11-26T09:30:00Z', duration_minutes: '1.6', attempts: '2', key_trusted: 'true' });
    expect(rows[1]).toMatchObject({ item_type: 'quiz', score_percent: '80', duration_minutes: '' });
    // formula neutralised, empty completion for an unfinished item
    expect(rows[2]).toMatchObject({ department: '\'=HYPERLINK("x")', status: 'in-progress', completed_at_utc: '', key_trusted: 'false' });
  });

  it('external-training file: completions only, mapped to the LMS’s columns', () => {
    const rows = parse(lmsCsv('external-training', records));
    expect(Object.keys(rows[0]!)).toEqual(['Student ID', 'Description', 'Completion Date', 'Completion Time Zone', 'Grade', 'Credit Hours', 'Total Hours', 'Instructor Name', 'Comments']);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      'Student ID': 'H01234',
      Description: '门诊挂号入门 (demo-registration/registration-basics)',
      'Completion Date': '2026-11-26T09:30:00Z',
      'Completion Time Zone': 'UTC',
      Grade: 'COMPLETE',
      'Credit Hours': '',
      'Total Hours': '0.03',
      'Instructor Name': '',
      Comments: `Preceptor tour; learner ${base.learnerId}; key 3F2A-91BC-0D47-E6A8-55C1 trusted`,
    });
    expect(rows[1]).toMatchObject({ Grade: 'PASS 80%', 'Total Hours': '' });
  });

  it('falls back to the opaque learner id when the trainer has no staff id', () => {
    const rows = parse(lmsCsv('external-training', [{ ...records[2]!, status: 'completed', completedAt: 0 }]));
    expect(rows[0]!['Student ID']).toBe('11111111-1111-4111-8111-111111111111');
    expect(rows[0]!.Comments).toContain('unverified');
  });
});
