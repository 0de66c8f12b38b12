import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Component tests (jsdom): one React root per test in a fresh <div>, the fake browser reset first.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Call at the top of a test file: `dom.host` and `dom.root` are each test's own, unmounted after it. */
export function reactHostPerTest(): { readonly host: HTMLElement; readonly root: Root } {
  const dom = {} as { host: HTMLElement; root: Root };
  beforeEach(() => {
    fakeBrowser.reset();
    dom.host = document.createElement('div');
    document.body.append(dom.host);
    dom.root = createRoot(dom.host);
  });
  afterEach(() => {
    act(() => dom.root.unmount());
    dom.host.remove();
  });
  return dom;
}

/** Let React and the page's promises run until `check` holds (at most ~2 s), then assert it. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}
