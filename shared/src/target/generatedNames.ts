/**
 * Names that a framework or build tool makes up change on every build or upgrade: an id, class
 * or data value that looks generated is never recorded, so it can never mislead the resolver.
 */

const GENERATED_ID_PREFIX =
  /^(ember|ext-comp-|ext-gen|ext-element-|yui_|gwt-uid-|mui-|rc_|rc-tabs-|react-select-|headlessui-|radix-|ui-id-|jqg|j_idt|datagrid-row-r|_easyui_|el-id-|vxe-|tiny-|x-auto-)/i;

/** Ids, names and data-* values. */
export function looksGenerated(value: string): boolean {
  return (
    /^[:«]r[0-9a-z]+[:»]$/i.test(value) || // React useId (`:r4:`, React 19.1+ `«r4»`)
    /:r[0-9a-z]+:/i.test(value) || // useId embedded in a longer id (radix-:r1:-trigger)
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
