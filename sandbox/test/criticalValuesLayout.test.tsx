import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../src/i18n.ts';
import { CriticalValues } from '../src/nurse/CriticalValues.tsx';
import { seedState } from '../src/store/sandboxStore.ts';

// The ward's critical-value list in a narrow panel (a small window, the v2 layout's side column):
// it must not scroll sideways, or its caption and the first columns scroll out of view. Measured
// in a browser by tests/e2e/sandboxModules.spec.ts (the panel at 1366 px and squeezed to 400 px);
// here, that the list is built to fit: stacked beside its form only when both fit, words wrapping.

const NOW = new Date(2026, 10, 26, 9, 15);
const css = readFileSync(join(import.meta.dirname, '../src/styles.css'), 'utf8');
/** the declarations of a rule whose selector list is exactly `selector` */
const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css)?.[2] ?? '';

function markup(): string {
  const state = seedState(NOW);
  const ward = state.admissions.find((a) => state.criticalAlerts.some((c) => c.patientId === a.patientId))?.ward ?? state.admissions[0]!.ward;
  return renderToStaticMarkup(
    createElement(I18nProvider, null, createElement(CriticalValues, { state, ward, now: NOW, selectedPatient: null, onSelectPatient: () => {}, dispatch: () => ({ ok: true, state }) as never, notify: () => {} })),
  );
}

describe('the critical-value list fits a narrow panel', () => {
  it('its panel stacks the list over the form when both do not fit side by side', () => {
    expect(markup()).toMatch(/<div data-panel="critical-values" class="[^"]*\bcrit-panel\b/);
    expect(rule('.crit-panel')).toMatch(/grid-template-columns:\s*repeat\(auto-fit,\s*minmax\(min\(100%,\s*\d+px\),\s*1fr\)\)/);
  });

  it('its grid wraps words (times and statuses too) instead of scrolling sideways; names and headers stay whole', () => {
    const html = markup();
    expect(html).toMatch(/<div class="grid-wrap grid-wrap--fit" role="region" aria-labelledby="[^"]+" tabindex="0"><table class="grid"><caption id="[^"]+" class="grid__caption">本病区危急值<\/caption>/);
    expect(rule('.crit-panel .grid-wrap--fit .grid .mono, .crit-panel .grid-wrap--fit .tag')).toMatch(/white-space:\s*normal/);
    expect(rule('.crit-panel .grid-wrap--fit .grid th')).toMatch(/white-space:\s*nowrap/);
  });
});
