import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n.ts';
import { StaffName } from '../../src/ui/StaffLabel.tsx';

const render = (staffId: string) => renderToStaticMarkup(createElement(StaffName, { staffId }));
const sandboxSrc = join(import.meta.dirname, '../../src');

describe('a staff member named on a screen', () => {
  it('is the name from the staff directory, marked as data so a translator leaves it alone', () => {
    expect(render('D1003')).toBe('<span translate="no">赵志明</span>');
  });

  it('an id the directory does not know shows as it is, still as data', () => {
    expect(render('X-404')).toBe('<span translate="no">X-404</span>');
  });

  it('needs no language: the same markup under either screen language', () => {
    const inProvider = renderToStaticMarkup(createElement(I18nProvider, null, createElement(StaffName, { staffId: 'D1003' })));
    expect(inProvider).toBe(render('D1003'));
  });

  it('every sandbox screen names staff through it, none builds <Data>{staffName(…)}</Data> by hand', () => {
    const files = readdirSync(sandboxSrc, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx') && !f.endsWith('StaffLabel.tsx'));
    const handBuilt = files.filter((f) => /<Data>\{staffName\(/.test(readFileSync(join(sandboxSrc, f), 'utf8')));
    expect(handBuilt).toEqual([]);
  });
});
