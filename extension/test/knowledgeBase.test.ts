import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { EXTENSION, VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { admitMessage } from '../src/messaging/admission.ts';
import { BACKGROUND_MESSAGES } from '../src/messaging/messages.ts';
import { ensureLearnerProfile, saveLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements } from '../src/progress/progressLog.ts';
import { installContentPack } from '../src/packs/installedPacks.ts';
import { forgetHelpIndex, searchHelpForPage } from '../src/knowledge/helpSearchService.ts';
import { recordSuggestion } from '../src/knowledge/suggestions.ts';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const content = { id: self.id, url: 'http://127.0.0.1:4194/registration?patient=P000040', tab: { id: 7 }, frameId: 0 };
const popup = { id: self.id, url: `${self.baseUrl}popup.html` };
const tip = { kind: 'tip', text: '医保患者先选费别', language: 'zh-CN', element: { role: 'button', label: '新建患者 (F2)' } } as const;

describe('the knowledge base through the gate', () => {
  it('search and suggestions are taken from our content script only, parsed strictly', () => {
    expect(admitMessage(BACKGROUND_MESSAGES.suggestTip, tip, content, self)).toMatchObject({ ok: true, sender: { context: 'content', tabId: 7 } });
    expect(admitMessage(BACKGROUND_MESSAGES.suggestTip, tip, popup, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitMessage(BACKGROUND_MESSAGES.suggestTip, tip, { ...content, id: 'a-web-page' }, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitMessage(BACKGROUND_MESSAGES.suggestTip, { ...tip, pagePattern: 'http://x/*' }, content, self)).toEqual({ ok: false, refused: 'payload' });
    expect(admitMessage(BACKGROUND_MESSAGES.suggestTip, { ...tip, text: 'x'.repeat(5000) }, content, self)).toEqual({ ok: false, refused: 'too-large' });
    expect(admitMessage(BACKGROUND_MESSAGES.searchHelp, { query: 'gh', url: content.url }, content, self)).toMatchObject({ ok: true });
    expect(admitMessage(BACKGROUND_MESSAGES.searchHelp, { query: 'gh', url: content.url }, popup, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitMessage(BACKGROUND_MESSAGES.searchHelp, { query: 'x'.repeat(101), url: content.url }, content, self)).toEqual({ ok: false, refused: 'payload' });
  });
});

describe('the knowledge base in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    forgetHelpIndex();
    const profile = await ensureLearnerProfile();
    await saveLearnerProfile({ ...profile, role: 'registrar', department: 'outpatient', language: 'zh-CN' });
    await installContentPack(ContentPack.parse({ ...demoPackJson, faqs: [{ id: 'refund', question: { 'zh-CN': '怎样退号？', en: 'How do I cancel?' }, answer: { 'zh-CN': '点击退号。', en: 'Click Cancel.' } }] }));
  });

  it('searches the installed packs for this page and role, in the learner’s language', async () => {
    const reply = await searchHelpForPage('gh', content.url);
    expect(reply.language).toBe('zh-CN');
    expect(reply.hits[0]).toMatchObject({ kind: 'tour', packId: 'demo-registration', id: 'registration-basics', title: '门诊挂号入门', onPage: true });
    expect((await searchHelpForPage('tuihao', content.url)).hits.map((h) => [h.kind, h.body])).toEqual([['faq', '点击退号。']]);
    // a page no installed pack covers has no help
    expect((await searchHelpForPage('gh', 'http://other.example/registration')).hits).toEqual([]);
  });

  it('a suggestion becomes a statement with the route template and the pack covering the page, never the URL', async () => {
    expect(await recordSuggestion(tip, content.url)).toEqual({ recorded: true });
    const [statement] = (await allLearnerStatements()).filter((s) => s.verb.id === VERB.suggested);
    expect(statement?.result?.extensions?.[EXTENSION.pagePattern]).toBe('http://127.0.0.1:4194/registration*');
    expect(statement?.result?.extensions?.[EXTENSION.suggestionText]).toBe(tip.text);
    expect(statement?.context.contextActivities?.grouping?.[0]?.id).toMatch(/\/packs\/demo-registration$/);
    expect(JSON.stringify(statement)).not.toContain('P000040');
  });

  it('refuses patient data and non-web pages, and records nothing then', async () => {
    const before = (await allLearnerStatements()).length;
    expect(await recordSuggestion({ kind: 'faq', question: '患者 13812345678 来电？', answer: '回电', language: 'zh-CN' }, content.url)).toMatchObject({ recorded: false, problems: [{ path: 'question', patientData: { kind: 'phone' } }] });
    expect(await recordSuggestion(tip, 'chrome-extension://x/popup.html')).toMatchObject({ recorded: false });
    expect(await recordSuggestion(tip, undefined)).toMatchObject({ recorded: false });
    expect((await allLearnerStatements()).length).toBe(before);
  });
});
