import { describe, expect, it } from 'vitest';
import { admitMessage, admitTabMessage } from '../src/messaging/admission.ts';
import { BACKGROUND_MESSAGES } from '../src/messaging/messages.ts';
import { MAX_RELAY_MESSAGE_CHARS } from '../src/progress/protocol.ts';
import { senderContext, type MessageSenderFacts } from '../src/messaging/senderContext.ts';
import { TAB_MESSAGES } from '../src/messaging/tabMessages.ts';
import { parseTabPayload } from '../src/messaging/tabPayloads.ts';
import registrationDemo from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { startTour } from '@preceptor/shared/tour/tourMachine.ts';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const page = (path: string, tab?: number): MessageSenderFacts => ({ id: self.id, url: `${self.baseUrl}${path}`, ...(tab !== undefined ? { tab: { id: tab } } : {}) });
const SENDERS = {
  content: { id: self.id, url: 'http://localhost:4173/registration', tab: { id: 7 }, frameId: 0 },
  popup: page('popup.html'),
  popupAsTab: page('popup.html', 3),
  options: page('options.html', 4),
  editor: page('editor.html#pack=x', 5),
  quiz: page('quiz.html?pack=a&quiz=b&tab=7', 6),
  background: { id: self.id, url: `${self.baseUrl}background.js` },
  backgroundNoUrl: { id: self.id },
} satisfies Record<string, MessageSenderFacts>;

describe('sender context', () => {
  it('names each of the extension\'s contexts from what the browser reports', () => {
    expect(senderContext(SENDERS.content, self)).toBe('content');
    expect(senderContext(SENDERS.popup, self)).toBe('popup');
    expect(senderContext(SENDERS.popupAsTab, self)).toBe('popup');
    expect(senderContext(SENDERS.options, self)).toBe('options');
    expect(senderContext(SENDERS.editor, self)).toBe('editor');
    expect(senderContext(SENDERS.quiz, self)).toBe('quiz');
    expect(senderContext(SENDERS.background, self)).toBe('background');
    expect(senderContext(SENDERS.backgroundNoUrl, self)).toBe('background');
  });

  it('refuses other extensions, web pages and lookalike URLs', () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    for (const sender of [
      { ...SENDERS.popup, id: other },
      { ...SENDERS.content, id: other },
      { url: SENDERS.popup.url }, // no id: a web page via externally_connectable
      { id: self.id, url: `chrome-extension://${other}/popup.html` },
      { id: self.id, url: `${self.baseUrl}tour-guide.js` },
      { id: self.id, url: `${self.baseUrl}popup.html.evil` },
      { id: self.id, url: `${self.baseUrl}sub/popup.html` },
      { id: self.id, url: 'http://localhost:4173/popup.html' }, // no tab: not a content script
      { id: self.id, url: 'file:///tmp/x.html', tab: { id: 1 } },
      { id: self.id, tab: { id: 1 } },
      { id: self.id, url: 'http://localhost/', tab: {} },
    ] as MessageSenderFacts[])
      expect(senderContext(sender, self), JSON.stringify(sender)).toBeUndefined();
  });
});

describe('message gate', () => {
  const allowed = (name: keyof typeof BACKGROUND_MESSAGES, sender: MessageSenderFacts, data: unknown) => admitMessage(BACKGROUND_MESSAGES[name], data, sender, self);

  it('refuses popup-, options-, editor- and quiz-only messages from a content script', () => {
    const tries: [keyof typeof BACKGROUND_MESSAGES, unknown][] = [
      ['exportProgressBundle', undefined],
      ['countStatements', undefined],
      ['signingKeyInfo', undefined],
      ['tickChecklistItem', { packId: 'p', checklistId: 'c', itemId: 'i', mentor: { staffNumber: 'ANYONE', code: '2468' } }],
      ['myChecklists', undefined],
      ['startTour', { tabId: 7, packId: 'demo-registration', tourId: 'registration-basics' }],
      ['listPageTours', { tabId: 7, url: 'http://localhost:4173/' }],
      ['myTourStates', undefined],
      ['startAuthoring', { tabId: 7, url: 'http://localhost:4173/' }],
      ['requestPick', { packKey: 'k', path: ['tours'], label: 'x' }],
      ['submitQuiz', { packId: 'p', quizId: 'q', seed: 1, startedAt: '2026-01-01T00:00:00.000Z', answers: {} }],
      ['quizStatus', { packId: 'p', quizId: 'q' }],
      ['linkLmsCourse', { registration: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
      ['unlinkLmsCourse', undefined],
    ];
    for (const [name, data] of tries) {
      expect(allowed(name, SENDERS.content, data), name).toEqual({ ok: false, refused: 'sender' });
      expect(BACKGROUND_MESSAGES[name].from).not.toContain('content');
    }
    // and from its own page, the same payload passes
    expect(allowed('exportProgressBundle', SENDERS.options, undefined)).toMatchObject({ ok: true, sender: { context: 'options' } });
    expect(allowed('tickChecklistItem', SENDERS.popup, tries[3]![1])).toMatchObject({ ok: true });
    // the popup may not export, the options page may not tick
    expect(allowed('exportProgressBundle', SENDERS.popup, undefined)).toEqual({ ok: false, refused: 'sender' });
    expect(allowed('tickChecklistItem', SENDERS.options, tries[3]![1])).toEqual({ ok: false, refused: 'sender' });
  });

  it('parses payloads instead of coercing them', () => {
    expect(allowed('quizStatus', SENDERS.quiz, { packId: { toString: 'x' }, quizId: 'q' })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('startTourHere', SENDERS.content, { packId: 'a', tourId: 'b', extra: 1 })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('getPageSetup', SENDERS.content, { url: 'javascript:alert(1)' })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('tickChecklistItem', SENDERS.popup, { packId: 'p', checklistId: 'c', itemId: 5 })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('countStatements', SENDERS.options, { all: true })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('tourEvent', SENDERS.content, { type: 'next' })).toEqual({ ok: true, data: { type: 'next' }, sender: { context: 'content', tabId: 7, url: SENDERS.content.url } });
  });

  it('sets or clears the LMS course link only from the popup, and only to a UUID', () => {
    const registration = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(allowed('linkLmsCourse', SENDERS.popup, { registration })).toMatchObject({ ok: true, data: { registration }, sender: { context: 'popup' } });
    expect(allowed('linkLmsCourse', SENDERS.popupAsTab, { registration })).toMatchObject({ ok: true });
    expect(allowed('unlinkLmsCourse', SENDERS.popup, undefined)).toMatchObject({ ok: true });
    for (const sender of [SENDERS.content, SENDERS.options, SENDERS.editor, SENDERS.quiz, SENDERS.background]) {
      expect(allowed('linkLmsCourse', sender, { registration }), JSON.stringify(sender)).toEqual({ ok: false, refused: 'sender' });
      expect(allowed('unlinkLmsCourse', sender, undefined)).toEqual({ ok: false, refused: 'sender' });
    }
    for (const bad of ['', 'not-a-uuid', `${registration} `, `${registration}x`, 'https://lrs.example/xAPI/', registration.replace(/-/g, ''), `{${registration}}`])
      expect(allowed('linkLmsCourse', SENDERS.popup, { registration: bad }), bad).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('linkLmsCourse', SENDERS.popup, { registration, endpoint: 'https://evil.example/' })).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('linkLmsCourse', SENDERS.popup, registration)).toEqual({ ok: false, refused: 'payload' });
    expect(allowed('unlinkLmsCourse', SENDERS.popup, { registration })).toEqual({ ok: false, refused: 'payload' });
  });

  it('takes relayed attempts from content scripts only, in the new shape, within 64 KB', () => {
    const attempt = { attemptId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', scenarioId: 'pharm-warfarin-nsaid', mode: 'practice', outcome: 'passed', score: 100, trapsHit: [], durationMs: 1000 };
    const relay = { source: 'preceptor-sandbox', type: 'scenario-attempt', attempt };
    expect(allowed('relayScenarioAttempt', SENDERS.content, relay)).toMatchObject({ ok: true });
    expect(allowed('relayScenarioAttempt', SENDERS.popup, relay)).toEqual({ ok: false, refused: 'sender' });
    const oldFormat = { source: 'preceptor-sandbox', type: 'scenario-statements', statements: [{ id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }] };
    expect(allowed('relayScenarioAttempt', SENDERS.content, oldFormat)).toEqual({ ok: false, refused: 'payload' });
    const flood = { ...relay, padding: 'x'.repeat(MAX_RELAY_MESSAGE_CHARS) };
    expect(allowed('relayScenarioAttempt', SENDERS.content, flood)).toEqual({ ok: false, refused: 'too-large' });
  });

  it('lets a content script hear only the contexts its messages name', () => {
    expect(admitTabMessage(TAB_MESSAGES.showPlayer, null, SENDERS.background, self)).toMatchObject({ ok: true, sender: { context: 'background' } });
    expect(admitTabMessage(TAB_MESSAGES.showPlayer, null, SENDERS.popup, self)).toEqual({ ok: false, refused: 'sender' });
    expect(admitTabMessage(TAB_MESSAGES.getPageUrl, undefined, SENDERS.popupAsTab, self)).toMatchObject({ ok: true, sender: { context: 'popup' } });
    expect(admitTabMessage(TAB_MESSAGES.answerOnScreen, {}, SENDERS.quiz, self)).toMatchObject({ ok: true, sender: { context: 'quiz' } });
    expect(admitTabMessage(TAB_MESSAGES.answerOnScreen, {}, { ...SENDERS.quiz, id: 'other' }, self)).toEqual({ ok: false, refused: 'sender' });
  });

  it('refuses a payload on a tab message that carries none', () => {
    expect(admitTabMessage(TAB_MESSAGES.runHealthCheck, undefined, SENDERS.popup, self)).toMatchObject({ ok: true });
    expect(admitTabMessage(TAB_MESSAGES.runHealthCheck, { tours: [] }, SENDERS.popup, self)).toEqual({ ok: false, refused: 'payload' });
    expect(admitTabMessage(TAB_MESSAGES.openAuthoring, 'x', SENDERS.background, self)).toEqual({ ok: false, refused: 'payload' });
  });

  it('parses the payloads a content script is given: a real step state passes, a bent one is refused naming the field', () => {
    const pack = ContentPack.parse(registrationDemo);
    const tour = pack.tours[0]!;
    const state = { run: startTour(tour, pack, 'c5b1e6a2-8d3f-4b7a-9e0c-1f2a3b4c5d6e', 1_700_000_000_000).run, tour, packTitle: pack.title, language: 'zh-CN' as const };
    expect(parseTabPayload('showPlayer', state)).toEqual(state);
    expect(parseTabPayload('showPlayer', null)).toBeNull();
    expect(() => parseTabPayload('showPlayer', { ...state, run: { ...state.run, stepIndex: '0' } })).toThrow(/showPlayer.*run\.stepIndex/);
    expect(() => parseTabPayload('showPlayer', { ...state, run: { ...state.run, tourId: 'another-tour' } })).toThrow(/payload \(run\)/);
    expect(() => parseTabPayload('showPlayer', { ...state, extra: '<img onerror>' })).toThrow(/payload/);
    const target = tour.steps.find((step) => step.target)!.target!;
    const question = { prompt: '点击"查询"', target, language: 'en' as const };
    expect(parseTabPayload('answerOnScreen', question)).toEqual(question);
    expect(() => parseTabPayload('answerOnScreen', { ...question, target: { selector: 'body' } })).toThrow(/answerOnScreen.*target/);
    expect(() => parseTabPayload('answerOnScreen', { ...question, prompt: 'x'.repeat(5_000) })).toThrow(/prompt/);
  });

  it('the upgrade rehearsal asks a page only from the editor, with targets parsed like a pack\'s', () => {
    expect(admitTabMessage(TAB_MESSAGES.runRehearsal, [], SENDERS.editor, self)).toMatchObject({ ok: true, sender: { context: 'editor' } });
    for (const sender of [SENDERS.popup, SENDERS.background, SENDERS.content]) expect(admitTabMessage(TAB_MESSAGES.runRehearsal, [], sender, self)).toEqual({ ok: false, refused: 'sender' });
    const target = ContentPack.parse(registrationDemo).tours[0]!.steps.find((step) => step.target)!.target!;
    const steps = [{ tourId: 'registration-basics', stepId: 'patient-search', target }];
    expect(parseTabPayload('runRehearsal', steps)).toEqual(steps);
    expect(() => parseTabPayload('runRehearsal', [{ ...steps[0], target: { selector: 'body' } }])).toThrow(/runRehearsal.*0\.target/);
    expect(() => parseTabPayload('runRehearsal', [{ ...steps[0], click: true }])).toThrow(/runRehearsal/);
  });

  it('declares every message once, each with at least one sender', () => {
    const names = [...Object.keys(BACKGROUND_MESSAGES), ...Object.keys(TAB_MESSAGES)];
    expect(new Set(names).size).toBe(names.length);
    for (const spec of [...Object.values(BACKGROUND_MESSAGES), ...Object.values(TAB_MESSAGES)]) expect(spec.from.length).toBeGreaterThan(0);
  });
});
