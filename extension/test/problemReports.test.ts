import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTENSION, VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import { admitMessage, admitTabMessage } from '../src/messaging/admission.ts';
import { BACKGROUND_MESSAGES } from '../src/messaging/messages.ts';
import { TAB_MESSAGES } from '../src/messaging/tabMessages.ts';
import { ensureLearnerProfile, saveLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements } from '../src/progress/progressLog.ts';
import { recordProblemReport } from '../src/problems/problemReports.ts';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const content = { id: self.id, url: 'http://emr.test/registration/P000040?visit=88', tab: { id: 7 }, frameId: 0 };
const popup = { id: self.id, url: `${self.baseUrl}popup.html` };
const report = { category: 'system-error', severity: 'blocks-work', text: '保存后提示“内部错误”', element: { role: 'button', label: '挂号 (F9)' } } as const;

describe('a problem report through the gate', () => {
  it('is taken from our content script only, parsed strictly, with no URL of its own', () => {
    expect(admitMessage(BACKGROUND_MESSAGES.reportProblem, report, content, self)).toMatchObject({ ok: true, sender: { context: 'content', tabId: 7 } });
    expect(admitMessage(BACKGROUND_MESSAGES.reportProblem, report, popup, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitMessage(BACKGROUND_MESSAGES.reportProblem, report, { ...content, id: 'another-extension-or-a-page' }, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitMessage(BACKGROUND_MESSAGES.reportProblem, { ...report, url: 'http://emr.test/patient/1' }, content, self)).toEqual({ ok: false, refused: 'payload' });
    expect(admitMessage(BACKGROUND_MESSAGES.reportProblem, { ...report, text: 'x'.repeat(9000) }, content, self)).toEqual({ ok: false, refused: 'too-large' });
    // the popup may ask the page to open the form; nothing else may, and it carries nothing
    expect(admitTabMessage(TAB_MESSAGES.openProblemForm, undefined, popup, self)).toMatchObject({ ok: true });
    expect(admitTabMessage(TAB_MESSAGES.openProblemForm, undefined, { id: self.id, url: `${self.baseUrl}background.js` }, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitTabMessage(TAB_MESSAGES.openProblemForm, { category: 'x' }, popup, self)).toEqual({ ok: false, refused: 'payload' });
  });
});

describe('a problem report in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const profile = await ensureLearnerProfile();
    await saveLearnerProfile({ ...profile, role: 'registrar', department: 'outpatient' });
  });

  it('becomes a statement in the learner log with the route template of the sender, never its URL', async () => {
    expect(await recordProblemReport(report, 7, content.url)).toEqual({ recorded: true });
    const [statement] = (await allLearnerStatements()).filter((s) => s.verb.id === VERB.reported);
    expect(statement?.result?.extensions?.[EXTENSION.pagePattern]).toBe('http://emr.test/registration/*');
    expect(statement?.result?.extensions?.[EXTENSION.elementLabel]).toBe('挂号 (F9)');
    expect(statement?.context.extensions?.[EXTENSION.role]).toBe('registrar');
    expect(JSON.stringify(statement)).not.toMatch(/P000040|visit=88/);
  });

  it('refuses patient data and pages that are not web pages, and records nothing then', async () => {
    const before = (await allLearnerStatements()).length;
    const refused = await recordProblemReport({ ...report, text: '请回电 13812345678' }, 7, content.url);
    expect(refused).toMatchObject({ recorded: false, problems: [{ path: 'text', patientData: { kind: 'phone' } }] });
    expect(await recordProblemReport(report, 7, 'chrome-extension://x/popup.html')).toMatchObject({ recorded: false });
    expect(await recordProblemReport(report, 7, undefined)).toMatchObject({ recorded: false });
    expect((await allLearnerStatements()).length).toBe(before);
  });
});
