import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n.ts';
import { AnalysisProgress } from '../../src/trainer/AnalysisProgress.tsx';

const render = (analysing: { done: number; total: number } | undefined) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(AnalysisProgress, { analysing })));

describe('the progress bar while the dashboard sums', () => {
  it('a real <progress> with its value, max and words ("正在汇总 n/N"), labelled for screen readers', () => {
    const html = render({ done: 7, total: 24 });
    expect(html).toMatch(/<progress[^>]*max="24"/);
    expect(html).toMatch(/<progress[^>]*value="7"/);
    expect(html).toMatch(/<progress[^>]*aria-valuetext="正在汇总 7\/24"/);
    expect(html).toMatch(/<progress[^>]*aria-labelledby="[^"]+"/);
    expect(html).toContain('汇总进度');
    expect(html).toContain('data-done="7"');
  });

  it('indeterminate (no value) until the worker says how many blocks there are', () => {
    const html = render(undefined);
    expect(html).toMatch(/<progress(?![^>]*value=)[^>]*>/);
    expect(html).toContain('正在汇总…');
  });
});
