// @vitest-environment jsdom
/**
 * Headings and section titles are known by their words, whatever kind of title they are after an
 * upgrade (scoreCandidate.ts titleKind, captureFingerprint sectionTitle). Liveness: each is found.
 * Safety: another section's title is not taken, and a wrapper around the title is not a rival.
 */
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';
import { $, expectFound, expectNotFound, recordThenUpgrade } from './upgradeHelpers.ts';

const card = (title: string, body = '<p>…</p>') =>
  `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${body}</div></div>`;
const dialog = (title: string) =>
  `<div role="dialog" class="ant-modal"><div class="ant-modal-header"><div class="ant-modal-title">${title}</div></div><div class="ant-modal-body"><label>Dose <input name="dose"></label></div></div>`;

describe('titles', () => {
  it('records that a card title is a section title', () => {
    const fp = recordThenUpgrade(card('Record administration') + card('Due now'), '.ant-card-head-title', '');
    expect(fp.sectionTitle).toBe(true);
  });

  it('finds a heading whose level changed (<h4> made <h3>)', () => {
    const fp = recordThenUpgrade('<main><h4 class="ant-typography">Medication administration record</h4><p>…</p></main>', 'h4', '<main><h3 class="ant-typography">Medication administration record</h3><p>…</p></main>');
    expectFound(fp, $('h3'));
  });

  it('finds a card title that became a dialog title, past the header wrapped around it', () => {
    const fp = recordThenUpgrade(card('Due now') + card('Record administration'), '.ant-card:nth-child(2) .ant-card-head-title', card('Due now') + card('Allergies') + dialog('Record administration'));
    expectFound(fp, $('.ant-modal-title'));
  });

  it('finds a dialog title rendered as <h2>', () => {
    const fp = recordThenUpgrade(card('Due now') + card('Record administration'), '.ant-card:nth-child(2) .ant-card-head-title', `${card('Due now')}<div role="dialog"><h2 class="MuiDialogTitle-root">Record administration</h2><div><input name="dose"></div></div>`);
    expectFound(fp, $('h2'));
  });

  it('a title that shares the card look but whose words say another thing is no rival (the runner-up is the best rival)', () => {
    const fp = recordThenUpgrade(card('Due now') + card('Record administration'), '.ant-card:nth-child(2) .ant-card-head-title', card('Due now') + card('Record vitals') + dialog('Record administration'));
    expectFound(fp, $('.ant-modal-title'));
  });

  // Bootstrap: a card's title is a <span class="fw-bold"> first in its .card-header, a dialog's an <h5>
  const bsCard = (title: string) => `<div class="card"><div class="card-header d-flex justify-content-between"><span class="fw-bold">${title}</span><div><button class="btn btn-sm">Add</button></div></div><div class="card-body"><p>…</p></div></div>`;
  const bsDialog = (title: string) => `<div role="dialog" class="modal show"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">${title}</h5></div><div class="modal-body"><label for="d">Dose</label><input id="d" name="dose"></div></div></div>`;

  it('a card title that became a dialog title is not outscored by another card title sharing a word and the utility classes (fw-bold)', () => {
    const fp = recordThenUpgrade(bsCard('Due now') + bsCard('Record administration'), '.card:nth-child(2) .fw-bold', bsCard('Due now') + bsCard('Last administration') + bsDialog('Record administration'));
    expectFound(fp, $('.modal-title'));
  });

  it('a dialog title (<h5>) that became a card header\'s plain <span> is found: a header row\'s first words are a title, and lacking role=heading is no conflict', () => {
    const fp = recordThenUpgrade(bsCard('处方查询') + bsDialog('退回处方'), '.modal-title', bsCard('处方查询') + bsCard('待审处方') + bsCard('退回处方'));
    expectFound(fp, $('.card:nth-child(3) .fw-bold'));
  });

  it('does not take another section\'s title when the recorded one is gone', () => {
    const fp = recordThenUpgrade(card('Care plan (day)') + card('Care plan (night)'), '.ant-card-head-title', card('Care plan (night)'));
    expectNotFound(fp);
  });

  it('an element and a wrapper saying nothing else are one thing, but two titles saying the same are two', () => {
    const fp = recordThenUpgrade(card('Vital signs') + card('Braden Scale'), '.ant-card-head-title', card('Vital signs') + card('Braden Scale'));
    expectFound(fp, $('.ant-card-head-title'));
    document.body.innerHTML = card('Vital signs') + card('Vital signs');
    expect(resolveTarget(fp, document).status).not.toBe('found');
  });
});
