// @vitest-environment jsdom
// @vitest-environment-options {"pretendToBeVisual": true}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureFingerprint } from '@preceptor/shared/targeting/captureFingerprint.ts';
import { followTarget, REATTACH_WAIT_MS } from '../src/tours/page/followTarget.ts';

// jsdom has no ResizeObserver; moves are the card's business (floating-ui), replacements are tested here
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

function field(): HTMLInputElement {
  const slot = document.createElement('div');
  slot.innerHTML = '<label for="allergen">过敏原</label><input id="allergen" name="allergen">';
  document.body.replaceChildren(slot);
  return slot.querySelector('input')!;
}
const frames = (n = 3) => new Promise<void>((resolve) => { let left = n; const tick = () => (--left ? requestAnimationFrame(tick) : resolve()); requestAnimationFrame(tick); });

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('following a target the page re-renders', () => {
  it('moves to the new node when the framework replaces it, by the same fingerprint', async () => {
    const first = field();
    const fingerprint = captureFingerprint(first);
    const on = { onMoved: vi.fn(), onReplaced: vi.fn(), onLost: vi.fn() };
    const stop = new AbortController();
    followTarget(first, fingerprint, stop.signal, on);
    const second = field(); // a remount: same props, a new node
    await frames();
    expect(second).not.toBe(first);
    expect(on.onReplaced).toHaveBeenCalledWith(second);
    expect(on.onLost).not.toHaveBeenCalled();
    // and keeps following the new one
    const third = field();
    await frames();
    expect(on.onReplaced).toHaveBeenLastCalledWith(third);
    stop.abort();
  });

  it('never guesses: when the field is gone and only a look-alike is left, the step loses its target', async () => {
    const first = field();
    const fingerprint = captureFingerprint(first);
    const on = { onMoved: vi.fn(), onReplaced: vi.fn(), onLost: vi.fn() };
    followTarget(first, fingerprint, new AbortController().signal, on);
    document.body.innerHTML = '<div><label for="diagnosis">诊断</label><input id="diagnosis" name="diagnosis"></div>';
    await vi.waitFor(() => expect(on.onLost).toHaveBeenCalled(), { timeout: REATTACH_WAIT_MS * 3 });
    expect(on.onReplaced).not.toHaveBeenCalled();
  });

  it('does nothing once the step is over', async () => {
    const first = field();
    const on = { onMoved: vi.fn(), onReplaced: vi.fn(), onLost: vi.fn() };
    const stop = new AbortController();
    followTarget(first, captureFingerprint(first), stop.signal, on);
    stop.abort();
    field();
    await frames();
    expect(on.onReplaced).not.toHaveBeenCalled();
    expect(on.onLost).not.toHaveBeenCalled();
  });
});
