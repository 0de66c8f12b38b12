/**
 * Names that a framework or build tool makes up change on every build or upgrade: an id, class
 * or data value that looks generated is never recorded, so it can never mislead the resolver.
 */

const GENERATED_ID_PREFIX =
  /^(ember|ext-comp-|ext-gen|ext-element-|yui_|gwt-uid-|mui-|rc_|rc-tabs-|rc-menu-|rc-tree-|rc-select-|react-select-|react-aria|headlessui-|radix-|mantine-|chakra-|downshift-|ui-id-|jqg|j_idt|datagrid-row-r|_easyui_|el-id-|el-popper-|el-collapse-|vxe-|tiny-|x-auto-|arco-tabs-|t-popup-)/i;

/** Ids, names and data-* values. */
export function looksGenerated(value: string): boolean {
  return (
    /^[:«]r[0-9a-z]+[:»]$/i.test(value) || // React useId (`:r4:`, React 19.1+ `«r4»`)
    /:r[0-9a-z]+:/i.test(value) || // useId embedded in a longer id (radix-:r1:-trigger)
    /(^|[^a-z0-9])_r_[0-9a-z]+_/i.test(value) || // React 19.2 useId (`_r_4_`), alone or embedded
    GENERATED_ID_PREFIX.test(value) ||
    /(^|[:_-])j_idt\d+/.test(value) || // JSF auto ids inside client ids (form1:j_idt23:name)
    /(^|[_$])ctl\d+[_$]/.test(value) || // ASP.NET naming containers (ctl00_MainContent_txtName, ctl00$...)
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value) || // uuid
    /(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}/i.test(value) || // hex hashes (need both digits and letters)
    /\d{4,}/.test(value) || // long counters, dates, record ids
    (/^[a-z]+[-_][a-z0-9]{5,}$/i.test(value) && /\d/.test(value)) || // css-module hash: name_x8f2k
    randomLookingSegment(value)
  );
}

/**
 * The part of a generated client id that a developer chose: `txtCardNo` in
 * `ctl00_ContentPlaceHolder1_txtCardNo` (ASP.NET) or `name` in `form1:j_idt23:name` (JSF).
 * Naming containers are renamed when a master page changes; the developer's part survives.
 */
export function developerPartOf(value: string): { separator: string; part: string } | undefined {
  if (!/(^|[_$])ctl\d+[_$]/.test(value) && !/(^|[:_-])j_idt\d+/.test(value)) return undefined;
  const match = /([_$:])([A-Za-z][A-Za-z0-9]*)$/.exec(value);
  if (!match || /^(ctl\d+|j_idt\d+)$/.test(match[2]!) || match[2]!.length < 3) return undefined;
  return { separator: match[1]!, part: match[2]! };
}

/** Class names: CSS-module, CSS-in-JS and scoped-style hashes on top of the id rules. */
export function looksGeneratedClass(value: string): boolean {
  return (
    looksGenerated(value) ||
    /__[A-Za-z0-9_-]{5,}$/.test(value) && /[0-9A-Z]/.test(value.slice(value.lastIndexOf('__') + 2)) || // Button_primary__3xK9a
    /^(css|jss|sc|svelte|emotion|astro|tw)-[A-Za-z0-9]*\d[A-Za-z0-9]*$/.test(value) || // css-1x2y3z, svelte-1ab2cd
    /^sc-[A-Za-z]{5,}$/.test(value) || // styled-components sc-bdfBwQ
    /^css-dev-only-do-not-override-/.test(value) ||
    /^el-table_\d+_column_\d+$/.test(value) || // Element UI / Plus column ids: global counters of tables and columns
    /^(jss|makeStyles-|MuiBox-root-)\d*/.test(value) && /\d/.test(value) ||
    /^_[A-Za-z0-9]{5,}$/.test(value) && /\d/.test(value) // _3xK9a
  );
}

/** Classes that say what state an element is in right now, not what it is. */
export function isStateClass(value: string): boolean {
  return (
    /^(is|has)-/.test(value) ||
    /^(active|selected|focus|focused|hover|disabled|checked|open|opened|current|expanded|collapsed|hidden|show|shown|visible|error|invalid|valid|loading|highlight|highlighted|in|fade|on|off|odd|even|first|last|dirty|pristine|touched|untouched)$/i.test(value) ||
    /[-_](active|selected|focus|focused|hover|disabled|checked|open|opened|current|expanded|collapsed|hidden|error|invalid|loading|highlight|odd|even|striped|dirty|touched|pristine|untouched)$/i.test(value) ||
    /^ng-(valid|invalid|dirty|pristine|touched|untouched|star-inserted|tns)/.test(value)
  );
}

/**
 * A segment of at least five characters that flips between letters and digits several times
 * (3xK9a, a1b2c): no person names a field like that.
 */
function randomLookingSegment(value: string): boolean {
  for (const segment of value.split(/[-_:.]/)) {
    if (segment.length < 5) continue;
    let flips = 0;
    for (let i = 1; i < segment.length; i++) {
      const a = /\d/.test(segment[i - 1]!);
      const b = /\d/.test(segment[i]!);
      if (a !== b) flips++;
    }
    if (flips >= 3) return true;
  }
  return false;
}

/**
 * data-* keys that say how an element looks or what state it is in (component libraries keep
 * their styling props there: Mantine `data-variant`, Radix `data-state`, MUI/Base `data-focus-visible`,
 * Headless UI `data-headlessui-state`). A theme change or a hover flips them; they are never identity.
 */
const STYLING_DATA_KEY =
  /^(variant|size|color|colour|theme|tone|intent|appearance|shape|radius|underline|position|placement|side|align|orientation|density|elevation|status|state|active|disabled|selected|checked|pressed|expanded|collapsed|open|opened|focus|focused|focus-visible|focus-within|hover|hovered|loading|invalid|error|required|readonly|mounted|animation|motion|transition|empty|filled|highlighted|inert|gap|block|full-width|fullwidth|compact|inline|dir|mode|swipe|side-offset|align-offset|mantine-[\w-]*|radix-[\w-]*|headlessui-[\w-]*|floating-ui-[\w-]*|(with|has|is|no)-[\w-]+|[\w-]+-(state|variant|size|color|active|disabled|selected|open|hover|focus))$/i;

/** A data-* attribute that can say which element this is: not styling or state, not a flag. */
export function isIdentityDataAttribute(key: string, value: string): boolean {
  if (STYLING_DATA_KEY.test(key)) return false;
  // a bare flag (`data-active`, `data-loading="true"`) says a state, not a name
  return !/^(|true|false|on|off|yes|no)$/i.test(value.trim());
}

/** Class namespaces of component libraries: `ant-btn-primary`, `el-button--small`, `MuiButton-contained`, `x-btn-text`. */
const LIBRARY_CLASS =
  /^(ant|el|mui|t|arco|layui|vxe|ivu|van|n|mantine|chakra|semi|tdesign|x|k|ag|datagrid|easyui|textbox|combo|l|panel|window|tabs|tree|menu|bp\d)-|^Mui[A-Z]|^m_[0-9a-f]{6,}$/;
/** Bootstrap's own classes (no namespace of its own). */
const BOOTSTRAP_CLASS =
  /^(btn|btn-(primary|secondary|success|danger|warning|info|light|dark|link|sm|lg|close|group|toolbar)|btn-outline-\w+|form-(control|select|check|check-input|check-label|label|text|group|floating|switch|range)|input-group(-\w+)?|nav|nav-(link|item|tabs|pills)|navbar(-\w+)?|dropdown(-\w+)?|list-group(-\w+)?|card(-\w+)?|modal(-\w+)?|table(-\w+)?|page-(link|item)|badge|alert(-\w+)?|accordion(-\w+)?|breadcrumb(-item)?|row|col(-\w+)*|container(-\w+)?|d-\w+|[mp][tbsexy]?-\d|text-\w+|bg-\w+|fw-\w+|fs-\d|gap-\d|shadow(-\w+)?|rounded(-\w+)?|border(-\w+)?|w-\d+|h-\d+)$/;

/**
 * A class a component library gives every element of its kind: it says what kind of element
 * (a primary button, a form field), never which one. Developers' own classes (`btn-save`,
 * `patient-search`) are not library classes.
 */
export function isLibraryClass(value: string): boolean {
  return LIBRARY_CLASS.test(value) || BOOTSTRAP_CLASS.test(value);
}

/** Words of a library's look: variant, colour, size, shape (`ant-btn-primary`, `el-button--small`, `MuiButton-containedPrimary`). */
const VARIANT_WORDS = [
  'primary', 'secondary', 'tertiary', 'success', 'danger', 'dangerous', 'warning', 'info', 'light', 'dark', 'link', 'text',
  'outlined', 'outline', 'contained', 'filled', 'solid', 'ghost', 'dashed', 'round', 'rounded', 'circle', 'plain', 'mini',
  'small', 'medium', 'large', 'sm', 'md', 'lg', 'xs', 'xl', 'xxl', 'default', 'color', 'size', 'variant', 'block',
  'icon-only', 'only-icon', 'inverse', 'flat', 'raised', 'elevated', 'subtle', 'soft', 'compact', 'shape', 'theme', 'status',
];
/**
 * A whole word: after a separator, the start, or a lower-case letter (camel case), and before a
 * separator, the end, a digit or an upper-case letter. Case matters at the edges (`containedPrimary`
 * is two words, `textarea` is one), so the pattern spells each word lower-case and capitalised
 * rather than ignoring case.
 */
const VARIANT_WORD = new RegExp(
  `(^|[-_]|(?<=[a-z]))(${VARIANT_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?=$|[-_A-Z0-9])`,
);

/**
 * A library class that says how its element looks (variant, colour, size) rather than what kind
 * it is: an upgrade or a theme flips it, and the one primary button of a form is not the same
 * button after the upgrade made another primary.
 */
export function isVariantClass(value: string): boolean {
  return (isLibraryClass(value) && VARIANT_WORD.test(value)) || isUtilityClass(value);
}

/**
 * Utility classes (Bootstrap's and the like): spacing, display, flex, font weight and size, text
 * and background colour, border, shadow, width and height (`mb-3`, `d-flex`, `fw-bold`,
 * `text-muted`, `justify-content-between`). They say how an element is laid out and styled, never
 * what kind it is: two card titles share `fw-bold` whatever they are called.
 */
const COLOUR = '(primary|secondary|success|danger|warning|info|light|dark|body|white|black|muted|transparent)(-(subtle|emphasis|50))?';
const UTILITY_CLASS = new RegExp(
  `^(d-(none|inline|inline-block|block|grid|table|table-row|table-cell|flex|inline-flex)|[mp][tbsexy]?-(n?\\d|auto)|gap-\\d|(row|column)-gap-\\d` +
    `|fw-(bold|bolder|semibold|medium|normal|light|lighter)|fs-\\d|fst-(italic|normal)|lh-(1|sm|base|lg)` +
    `|text-(${COLOUR}|start|end|center|wrap|nowrap|truncate|break|lowercase|uppercase|capitalize|decoration-(none|underline|line-through)|reset)` +
    `|bg-(${COLOUR}|gradient)|border(-(${COLOUR}|top|end|bottom|start|0|\\d))?|rounded(-(top|end|bottom|start|circle|pill|0|\\d))?|shadow(-(none|sm|lg))?` +
    `|[wh]-(25|50|75|100|auto)|m[wh]-100|(min-)?v[wh]-100|justify-content-(start|end|center|between|around|evenly)` +
    `|align-(items|self|content)-(start|end|center|baseline|stretch|between|around)|align-(baseline|top|middle|bottom|text-top|text-bottom)` +
    `|flex-(row|column|row-reverse|column-reverse|wrap|nowrap|fill|grow-[01]|shrink-[01])|order-(\\d|first|last)|float-(start|end|none)` +
    `|position-(static|relative|absolute|fixed|sticky)|overflow-(auto|hidden|visible|scroll)|opacity-\\d+|pe-(none|auto)|user-select-(all|auto|none)` +
    `|visually-hidden(-focusable)?|clearfix|small|lead)$`,
);

export function isUtilityClass(value: string): boolean {
  return UTILITY_CLASS.test(value);
}
