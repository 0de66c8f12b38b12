import { hasNameShape, holdsPatientData } from '../authoring/patientDataPatterns.ts';
import { ELEMENT_LABEL_MAX, type ReportedElement } from '../record/problemReport.ts';
import { accessibleNameOf, normalizeText, roleOf } from './elementSignals.ts';
import { dataRecordOf, isControl } from './pageDataFilter.ts';

/**
 * What a problem report may say about the element a learner picked (issue 16): the control it
 * belongs to, by its ARIA role, and its own label only when that is a control's label — a
 * button's words, a field's <label>, a tab's name — never a value, a cell, a list item or any
 * other text of the page (DESIGN.md safety rule 3). Unlike a mentor's fingerprint there is no
 * text, no selector, no context: when unsure, the role alone.
 */

const CONTROL =
  'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"], [role="textbox"], [role="searchbox"], [role="spinbutton"], [role="slider"]';
/** Roles whose name is a control's label even inside a navigation or toolbar. */
const LABELLED_ROLES = new Set(['button', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'checkbox', 'radio', 'switch', 'combobox', 'textbox', 'searchbox', 'spinbutton', 'slider', 'listbox', 'link']);

/** The control the picked element belongs to (itself, or the nearest control around it), if any. */
export function controlOf(picked: Element): Element | undefined {
  return picked.closest(CONTROL) ?? undefined;
}

export function reportedControlOf(picked: Element): ReportedElement | undefined {
  const control = controlOf(picked);
  if (!control) return undefined;
  const role = (roleOf(control) ?? control.tagName.toLowerCase()).toLowerCase();
  const element: ReportedElement = { role: /^[a-z]{1,30}$/.test(role) ? role : 'generic' };
  const label = controlLabel(control, element.role);
  if (label) element.label = label;
  return element;
}

function controlLabel(control: Element, role: string): string | undefined {
  if (!LABELLED_ROLES.has(role)) return undefined;
  const record = dataRecordOf(control);
  // in a row, a result list or a banner only a button's words are a label ("退号"); a link there is a patient's name
  if (record && !isControl(control)) return undefined;
  const name = normalizeText(accessibleNameOf(control));
  if (!name || name.length > ELEMENT_LABEL_MAX) return undefined;
  if (holdsPatientData(name, { bareNames: true })) return undefined;
  if (record && hasNameShape(name)) return undefined;
  return name;
}
