// @vitest-environment jsdom
// The quiz start facts, the in-page submit confirmation, the review markers and the reading item
// (issue 17), rendered with react-dom in jsdom: what the learner sees and what each click does.

import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { quizStartFacts } from '@preceptor/shared/learning/quizStartFacts.ts';
import type { ChecklistItem } from '@preceptor/shared/schema/learningContent.ts';
import wardPack from '../../tests/fixtures/packs/ward-orders.pack.json';
import { translator } from '../src/i18n/messages.ts';
import { QuizStartFacts } from '../src/learning/quiz/QuizStartFacts.tsx';
import { UnansweredConfirm } from '../src/learning/quiz/UnansweredConfirm.tsx';
import { QuestionInput } from '../src/learning/quiz/QuestionInput.tsx';
import { ReadingAction } from '../src/learning/popup/ReadingAction.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const pack = ContentPack.parse(wardPack);
const quiz = pack.quizzes[0]!;
let root: Root | undefined;
let host: HTMLElement | undefined;

async function render(element: ReactElement): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(element));
  return host;
}
async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
}
async function key(el: Element, k: string, shiftKey = false) {
  await act(async () => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true })));
}
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
});

describe('quiz start page facts', () => {
  it.each([['zh-CN', /共 \d+ 分/, '及格线', '不限时', '剩余机会'], ['en', /\d+ questions, \d+ points/, 'Pass mark', 'No time limit', 'Attempts left']] as const)(
    'shows questions, points, pass mark, time and attempts left (%s)', async (language, questions, pass, time, left) => {
      const el = await render(createElement(QuizStartFacts, { facts: quizStartFacts(quiz, { attemptsUsed: 1, attemptsLimit: 3 }), t: translator(language) }));
      expect(el.querySelector('[data-fact="questions"]')!.textContent).toMatch(questions);
      expect(el.querySelector('[data-fact="questions"]')!.textContent).toContain(String(quiz.questions.length));
      expect(el.textContent).toContain(pass);
      expect(el.querySelector('[data-fact="pass-mark"]')!.textContent).toBe(`${Math.round(quiz.passMark * 100)}%`);
      expect(el.querySelector('[data-fact="time"]')!.textContent).toBe(time);
      expect(el.textContent).toContain(left);
      expect(el.querySelector('[data-fact="attempts-left"]')!.textContent).toContain('2');
    });
});

describe('the in-page confirmation for a submit with unanswered questions (no window.confirm)', () => {
  it('focuses "back", keeps Tab between its two buttons, Esc and "back" cancel, "submit anyway" submits', async () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    const el = await render(createElement(UnansweredConfirm, { missing: 2, t: translator('en'), onSubmit, onCancel }));
    const dialog = el.querySelector('[role="alertdialog"]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Some questions are unanswered');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('2 questions unanswered. Submit anyway?');
    const back = el.querySelector<HTMLButtonElement>('[data-action="confirm-back"]')!;
    const submit = el.querySelector<HTMLButtonElement>('[data-action="confirm-submit"]')!;
    expect(document.activeElement).toBe(back);
    await key(back, 'Tab', true);
    expect(document.activeElement).toBe(submit);
    await key(submit, 'Tab');
    expect(document.activeElement).toBe(back);
    await key(back, 'Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await click(back);
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSubmit).not.toHaveBeenCalled();
    await click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('says it in Chinese too', async () => {
    const el = await render(createElement(UnansweredConfirm, { missing: 1, t: translator('zh-CN'), onSubmit: () => {}, onCancel: () => {} }));
    expect(el.textContent).toContain('还有 1 题未作答');
    expect(el.textContent).toContain('仍然提交');
    expect(el.textContent).toContain('返回作答');
  });
});

describe('review of a graded choice question', () => {
  it('marks the chosen-wrong and the missed-correct options in words, not colour alone', async () => {
    const question = quiz.questions.find((q) => q.type === 'single-choice')!;
    if (question.type !== 'single-choice') throw new Error('fixture');
    const wrong = question.options.find((o) => o.id !== question.correct)!;
    const props = { question, answer: { type: 'single-choice' as const, optionId: wrong.id }, onAnswer: () => {}, onAnswerOnScreen: () => {}, onScreenState: 'idle' as const, language: 'zh-CN' as const, t: translator('zh-CN'), disabled: true };
    const answering = await render(createElement(QuestionInput, props));
    expect(answering.querySelectorAll('[data-mark]')).toHaveLength(0);
    act(() => root!.unmount());
    const el = await render(createElement(QuestionInput, { ...props, review: true }));
    const label = (id: string) => el.querySelector(`input[value="${id}"]`)!.closest('label')!;
    expect(label(wrong.id).dataset.mark).toBe('wrong');
    expect(label(wrong.id).textContent).toContain('您的选择 · 错误');
    expect(label(question.correct).dataset.mark).toBe('missed');
    expect(label(question.correct).textContent).toContain('正确答案（未选）');
    expect(el.querySelectorAll('label[data-mark]')).toHaveLength(2);
  });
});

describe('a reading item is ticked only once it was opened', () => {
  const linkItem = { id: 'manual', kind: 'read', required: true, title: { 'zh-CN': '手册', en: 'Manual' }, url: 'https://intranet.example/manual' } as const satisfies ChecklistItem;
  const base = { tip: undefined, language: 'en' as const, t: translator('en') };

  it('opens the link in a new tab, then records the tick, then shows the tab', async () => {
    const order: string[] = [];
    let opened!: (id: number) => void;
    const openTab = vi.fn((url: string) => { order.push(`open ${url}`); return new Promise<number>((r) => { opened = r; }); });
    const onRead = vi.fn(async () => { order.push('tick'); });
    const showTab = vi.fn((id: number) => order.push(`show ${id}`));
    const el = await render(createElement(ReadingAction, { ...base, item: linkItem, openTab, showTab, onRead }));
    expect(el.querySelector('[data-action="mark-read"]')).toBeNull();
    await click(el.querySelector('[data-action="open-reading"]'));
    expect(onRead).not.toHaveBeenCalled(); // the tab has not opened yet
    await act(async () => opened(42));
    expect(order).toEqual(['open https://intranet.example/manual', 'tick', 'show 42']);
  });

  it('a tab that fails to open records nothing and says so; a non-http link is refused without opening', async () => {
    const onRead = vi.fn(async () => {});
    const openTab = vi.fn(async () => { throw new Error('blocked'); });
    const el = await render(createElement(ReadingAction, { ...base, item: linkItem, openTab, showTab: () => {}, onRead }));
    await click(el.querySelector('[data-action="open-reading"]'));
    expect(onRead).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('could not be opened');
    act(() => root!.unmount());
    const evil = await render(createElement(ReadingAction, { ...base, item: { ...linkItem, url: 'javascript:alert(1)' }, openTab, showTab: () => {}, onRead }));
    openTab.mockClear();
    await click(evil.querySelector('[data-action="open-reading"]'));
    expect(openTab).not.toHaveBeenCalled();
    expect(onRead).not.toHaveBeenCalled();
    expect(evil.querySelector('[role="alert"]')!.textContent).toContain('not an http(s) address');
  });

  it('a field tip is shown first; only then can it be marked read', async () => {
    const tip = pack.tips[0]!;
    const onRead = vi.fn(async () => {});
    const item = { id: 'tip', kind: 'read', required: false, title: { 'zh-CN': '提示', en: 'Tip' }, tipId: tip.id } as const satisfies ChecklistItem;
    const el = await render(createElement(ReadingAction, { ...base, language: 'zh-CN', t: translator('zh-CN'), item, tip, openTab: vi.fn(), showTab: () => {}, onRead }));
    expect(el.querySelector('[data-action="mark-read"]')).toBeNull();
    const show = el.querySelector('[data-action="show-tip"]')!;
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('[data-region="reading-tip"]')!.textContent).toContain(tip.body['zh-CN']);
    await click(el.querySelector('[data-action="mark-read"]'));
    expect(onRead).toHaveBeenCalledTimes(1);
  });
});
