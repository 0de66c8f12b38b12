/**
 * The small markdown subset mentors write step bodies and tips in: paragraphs (a single newline
 * is a line break), `- ` / `1. ` lists, **bold**, *italic*, `code` and [links](https://…).
 * It parses to a small tree that UIs turn into DOM nodes one by one (never innerHTML), so HTML in
 * the text stays text: `<script>` and `onclick=` are shown as typed and do nothing. Links keep
 * only http, https and mailto addresses; any other link shows its words without the link.
 */

export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: MdInline[] }
  | { type: 'break' };

export type MdBlock =
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; items: MdInline[][] };

/** Longer text is cut: a step body is a few sentences, and parsing stays cheap. */
export const MARKDOWN_MAX_LENGTH = 20_000;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address a link may point to, or undefined for anything but http, https and mailto. */
export function safeHref(raw: string): string | undefined {
  const trimmed = raw.trim();
  // no spaces or control characters inside an address: they hide schemes like "java\tscript:"
  if (trimmed === '' || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;

export function markdownToNodes(source: string): MdBlock[] {
  const lines = source.slice(0, MARKDOWN_MAX_LENGTH).replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: paragraphInlines(paragraph) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item, true)) });
    list = undefined;
  };

  for (const line of lines) {
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      flushParagraph();
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[3]!.trim());
      continue;
    }
    if (list) {
      // a line under a list item continues it
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

function paragraphInlines(lines: string[]): MdInline[] {
  const out: MdInline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' });
    out.push(...parseInline(line, true));
  });
  return mergeText(out);
}

const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '#', '-', '+', '.', '!']);

/** How far a closing marker is looked for: keeps hostile input linear. */
const SPAN_LIMIT = 1000;

/** Index of the closing delimiter, skipping escaped characters; -1 when there is none. */
function findClosing(text: string, delimiter: string, from: number): number {
  const last = Math.min(text.length - delimiter.length, from + SPAN_LIMIT);
  for (let i = from; i <= last; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      // `*` must not be half of a `**`
      if (delimiter === '*' && text[i + 1] === '*') {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

function parseInline(text: string, allowLinks: boolean, depth = 0): MdInline[] {
  const out: MdInline[] = [];
  let plain = '';
  const pushPlain = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1 && end - i <= SPAN_LIMIT) {
        pushPlain();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 4 && text.startsWith('**', i)) {
      const end = findClosing(text, '**', i + 2);
      if (end > i + 2 && text[i + 2] !== ' ') {
        pushPlain();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), allowLinks, depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < 4 && (ch === '*' || ch === '_')) {
      const before = text[i - 1];
      // snake_case words are not emphasis
      const opens = ch === '*' || before === undefined || !/[\p{L}\p{N}]/u.test(before);
      const end = opens ? findClosing(text, ch, i + 1) : -1;
      if (end > i + 1 && text[i + 1] !== ' ') {
        pushPlain();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), allowLinks, depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const close = findClosing(text, ']', i + 1);
      if (close > i && text[close + 1] === '(') {
        const end = text.indexOf(')', close + 2);
        if (end > close && end - close <= SPAN_LIMIT) {
          pushPlain();
          const label = parseInline(text.slice(i + 1, close), false, depth + 1);
          const href = allowLinks ? safeHref(text.slice(close + 2, end)) : undefined;
          if (href) out.push({ type: 'link', href, children: label.length > 0 ? label : [{ type: 'text', text: href }] });
          else out.push(...label); // an unsafe or nested link keeps its words, never its address
          i = end + 1;
          continue;
        }
      }
    }
    plain += ch;
    i++;
  }
  pushPlain();
  return mergeText(out);
}

function mergeText(nodes: MdInline[]): MdInline[] {
  const out: MdInline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

/** The words without formatting (search, screen-reader summaries, diffs). */
export function markdownToPlainText(blocks: readonly MdBlock[]): string {
  const inline = (nodes: readonly MdInline[]): string =>
    nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'break' ? '\n' : inline(n.children))).join('');
  return blocks
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n')))
    .join('\n\n');
}

/**
 * Build DOM nodes for plain-DOM UIs (createElement and text nodes only). Links open in a new tab
 * without access to the opener.
 */
export function markdownToFragment(blocks: readonly MdBlock[], doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const appendInline = (parent: Node, nodes: readonly MdInline[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          parent.appendChild(doc.createTextNode(node.text));
          break;
        case 'break':
          parent.appendChild(doc.createElement('br'));
          break;
        case 'code': {
          const code = doc.createElement('code');
          code.textContent = node.text;
          parent.appendChild(code);
          break;
        }
        case 'strong':
        case 'em': {
          const el = doc.createElement(node.type);
          appendInline(el, node.children);
          parent.appendChild(el);
          break;
        }
        case 'link': {
          const a = doc.createElement('a');
          a.setAttribute('href', node.href);
          a.setAttribute('target', '_blank');
          a.setAttribute('rel', 'noopener noreferrer');
          appendInline(a, node.children);
          parent.appendChild(a);
          break;
        }
      }
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const p = doc.createElement('p');
      appendInline(p, block.children);
      fragment.appendChild(p);
    } else {
      const list = doc.createElement(block.ordered ? 'ol' : 'ul');
      for (const item of block.items) {
        const li = doc.createElement('li');
        appendInline(li, item);
        list.appendChild(li);
      }
      fragment.appendChild(list);
    }
  }
  return fragment;
}
