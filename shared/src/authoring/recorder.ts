import type { LocalizedText } from '../schema/localizedText.ts';
import type { FieldRule } from '../schema/contentPack.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { nextStepId, type DraftStep } from './draftPack.ts';
import { generaliseUrl, pagePatternOf } from './urlGeneraliser.ts';
import { holdsPatientData } from './patientDataPatterns.ts';

/**
 * What the in-page recorder reports while a mentor works. A field entry carries the kind of
 * control and, for a <select> only, the chosen option's value (a code from the EMR's list, such
 * as `ivgtt`): never what was typed. URLs may be raw; the recorder keeps only generalised patterns.
 */
export type RecordedAction =
  | { kind: 'click'; target: TargetFingerprint; url: string }
  | { kind: 'field'; target: TargetFingerprint; url: string; control: 'text' | 'select' | 'checkbox' | 'radio'; optionValue?: string }
  | { kind: 'page'; url: string };

export interface RecorderState {
  steps: DraftStep[];
  /** the page pattern the mentor is on, as far as the recorder knows */
  page?: string;
  /** the step the last action made or changed, to merge what belongs together */
  last?: { kind: RecordedAction['kind']; stepId?: string; targetKey?: string };
}

/** Two fingerprints of the same element compare equal (key order does not matter). */
export function fingerprintKey(fp: TargetFingerprint): string {
  return stableJson({ anchors: fp.anchors, tag: fp.tag, role: fp.role, name: fp.accessibleName, text: fp.text, css: fp.css, scope: fp.scope, position: fp.position });
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The words that name an element for a default step title: a label, never a value. */
export function targetName(fp: TargetFingerprint | undefined): string | undefined {
  if (!fp) return undefined;
  const a = fp.anchors;
  const name = [fp.accessibleName, a.labelText, a.ariaLabel, fp.text, a.title, a.placeholder, fp.context?.nearbyLabel].find((n) => n !== undefined && isLabel(n));
  return name ? shortened(name) : undefined;
}

/** Capture already leaves data out; this keeps a title clean even for a fingerprint from elsewhere. */
const isLabel = (text: string) => !holdsPatientData(text, { bareNames: true });
const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const KIND_WORDS: Record<string, { zh: string; en: string }> = {
  row: { zh: '行', en: 'row' },
  cell: { zh: '单元格', en: 'cell' },
  gridcell: { zh: '单元格', en: 'cell' },
  listitem: { zh: '项', en: 'item' },
  option: { zh: '选项', en: 'option' },
  treeitem: { zh: '节点', en: 'node' },
  link: { zh: '链接', en: 'link' },
  button: { zh: '按钮', en: 'button' },
  textbox: { zh: '输入框', en: 'field' },
  combobox: { zh: '选择框', en: 'field' },
  checkbox: { zh: '复选框', en: 'checkbox' },
  radio: { zh: '选项', en: 'option' },
  tab: { zh: '标签页', en: 'tab' },
};

/**
 * How a default title points at the element: by its own label (“挂号”), or, when it has none that
 * may be recorded (a patient's row, a search result), by where it is: “患者列表”中的行, the row in
 * “Patient list”. Never by the element's data.
 */
function targetPhrase(fp: TargetFingerprint | undefined, zh: boolean): string {
  const name = targetName(fp);
  if (name) return `“${name}”`;
  const where = [fp?.context?.ancestorLabel].find((w) => w !== undefined && isLabel(w));
  const column = [fp?.context?.columnHeader].find((c) => c !== undefined && isLabel(c));
  if (!fp || (!where && !column)) return zh ? '高亮的元素' : 'the highlighted element';
  const kind = KIND_WORDS[fp.role ?? ''] ?? (fp.tag === 'li' ? KIND_WORDS.listitem! : { zh: '元素', en: 'element' });
  if (zh) return `${where ? `“${shortened(where)}”中` : ''}${column ? `“${shortened(column)}”列` : ''}的${kind.zh}`;
  return `the ${kind.en}${column ? ` in the “${shortened(column)}” column` : ''}${where ? ` ${column ? 'of' : 'in'} “${shortened(where)}”` : ''}`;
}

/** Default texts, so a fresh recording is already a valid tour; the mentor rewrites them. */
export function defaultTexts(step: Pick<DraftStep, 'target' | 'advance'>): { title: LocalizedText; body: LocalizedText } {
  const zh = targetPhrase(step.target, true);
  const en = targetPhrase(step.target, false);
  switch (step.advance.on) {
    case 'click':
      return { title: { 'zh-CN': `点击${zh}`, en: `Click ${en}` }, body: { 'zh-CN': `请点击${zh}继续。`, en: `Click ${en} to continue.` } };
    case 'enter':
      return step.advance.rule.kind === 'equals'
        ? { title: { 'zh-CN': `选择${zh}`, en: `Choose ${en}` }, body: { 'zh-CN': `请在${zh}中选择所需的选项。`, en: `Choose the required option in ${en}.` } }
        : { title: { 'zh-CN': `填写${zh}`, en: `Fill in ${en}` }, body: { 'zh-CN': `请填写${zh}，填好后自动继续。`, en: `Fill in ${en}; the tour moves on when it is filled in.` } };
    case 'navigate':
      return step.target
        ? { title: { 'zh-CN': `点击${zh}进入下一页面`, en: `Open the next page with ${en}` }, body: { 'zh-CN': `请点击${zh}，新页面打开后自动继续。`, en: `Click ${en}; the tour continues when the next page opens.` } }
        : { title: { 'zh-CN': '前往下一页面', en: 'Go to the next page' }, body: { 'zh-CN': '请前往下一页面，到达后自动继续。', en: 'Go to the next page; the tour continues when you get there.' } };
    case 'next':
      return step.target
        ? { title: { 'zh-CN': zh, en }, body: { 'zh-CN': `这里是${zh}。`, en: `This is ${en}.` } }
        : { title: { 'zh-CN': '说明', en: 'About this page' }, body: { 'zh-CN': '请阅读说明后点击“下一步”。', en: 'Read this, then press Next.' } };
  }
}

function sameTexts(a: LocalizedText, b: LocalizedText): boolean {
  return a['zh-CN'] === b['zh-CN'] && a.en === b.en;
}

/**
 * Keep the mentor's words; refresh the ones the recorder wrote itself (after a step changed kind,
 * or its element was re-picked).
 */
export function refreshDefaultTexts(step: DraftStep, before: Pick<DraftStep, 'target' | 'advance'>): DraftStep {
  const old = defaultTexts(before);
  const fresh = defaultTexts(step);
  return {
    ...step,
    title: sameTexts(step.title, old.title) ? fresh.title : step.title,
    body: sameTexts(step.body, old.body) ? fresh.body : step.body,
  };
}

/** A select's option code becomes the rule; an option that is a patient (value="P000040") does not. */
function fieldRule(action: Extract<RecordedAction, { kind: 'field' }>): FieldRule {
  const value = action.optionValue;
  return action.control === 'select' && value && isLabel(value) ? { kind: 'equals', value } : { kind: 'not-empty' };
}

function newStep(steps: readonly DraftStep[], base: Pick<DraftStep, 'target' | 'advance' | 'page'>): DraftStep {
  const step = { id: nextStepId(steps), placement: 'auto' as const, ...base };
  if (step.target === undefined) delete step.target;
  if (step.page === undefined) delete step.page;
  return { ...step, ...defaultTexts(step) } as DraftStep;
}

/** Start (or resume) recording on a page: no step, the recorder just learns where it is. */
export function startRecording(state: RecorderState, url: string): RecorderState {
  return { ...state, page: pagePatternOf(url), last: undefined };
}

/**
 * Fold one action into the draft. Rules, in the mentor's terms:
 * - a click makes a click step (a second click on the same element is ignored);
 * - typing in or choosing from a field makes one enter step, however many keys were pressed;
 *   choosing another option updates that step's rule;
 * - reaching another page right after a click turns that click into a navigate step that points
 *   at what was clicked; reaching it any other way adds a navigate step without a target;
 * - a reload, or the same page with other query values, adds nothing.
 */
export function recordAction(state: RecorderState, action: RecordedAction): RecorderState {
  const page = pagePatternOf(action.url);
  if (action.kind === 'page') return recordPage(state, action.url);
  // an SPA route change the page watcher has not reported yet
  const here = state.page !== undefined && state.page !== page ? recordPage(state, action.url) : { ...state, page };
  const key = fingerprintKey(action.target);
  const last = here.last;
  const lastStep = last?.stepId ? here.steps.find((s) => s.id === last.stepId) : undefined;

  if (action.kind === 'click') {
    if (last?.kind === 'click' && last.targetKey === key && lastStep) return here;
    const step = newStep(here.steps, { target: action.target, advance: { on: 'click' }, page });
    return { steps: [...here.steps, step], page, last: { kind: 'click', stepId: step.id, targetKey: key } };
  }

  const advance = { on: 'enter' as const, rule: fieldRule(action) };
  const isLast = lastStep !== undefined && here.steps[here.steps.length - 1] === lastStep;
  if (lastStep && isLast && last?.targetKey === key && (last.kind === 'field' || last.kind === 'click')) {
    // the same field again (more typing, another option), or a click that opened it: one step
    const updated = refreshDefaultTexts({ ...lastStep, advance }, lastStep);
    return { steps: here.steps.map((s) => (s === lastStep ? updated : s)), page, last: { kind: 'field', stepId: updated.id, targetKey: key } };
  }
  const step = newStep(here.steps, { target: action.target, advance, page });
  return { steps: [...here.steps, step], page, last: { kind: 'field', stepId: step.id, targetKey: key } };
}

function recordPage(state: RecorderState, url: string): RecorderState {
  const page = pagePatternOf(url);
  if (state.page === undefined || state.page === page) return { ...state, page };
  const urlPattern = generaliseUrl(url);
  const last = state.last;
  const lastStep = last?.kind === 'click' ? state.steps.find((s) => s.id === last.stepId) : undefined;
  if (lastStep && state.steps[state.steps.length - 1] === lastStep) {
    const navigate = refreshDefaultTexts({ ...lastStep, advance: { on: 'navigate', urlPattern } }, lastStep);
    return { steps: state.steps.map((s) => (s === lastStep ? navigate : s)), page, last: { kind: 'page', stepId: navigate.id } };
  }
  const step = newStep(state.steps, { advance: { on: 'navigate', urlPattern }, page: state.page });
  return { steps: [...state.steps, step], page, last: { kind: 'page', stepId: step.id } };
}

/** A whole recording at once (tests, imports of recorded sessions). */
export function draftStepsFromActions(actions: readonly RecordedAction[], startUrl?: string): DraftStep[] {
  let state: RecorderState = startUrl ? startRecording({ steps: [] }, startUrl) : { steps: [] };
  for (const action of actions) state = recordAction(state, action);
  return state.steps;
}
