import { html, nothing, type TemplateResult } from 'lit/html.js';
import { markdownToNodes, type MdBlock, type MdInline } from '@preceptor/shared/tour/markdown.ts';

/**
 * Step bodies and tips as lit templates: the markdown subset's tree becomes elements and text
 * bindings, never innerHTML, so whatever a pack holds is shown as text. Links open in a new tab.
 */
export function renderMarkdown(blocks: readonly MdBlock[]): TemplateResult {
  return html`${blocks.map((block) =>
    block.type === 'paragraph'
      ? html`<p>${inline(block.children)}</p>`
      : block.ordered
        ? html`<ol>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ol>`
        : html`<ul>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`,
  )}`;
}

/** Parse and render in one go (what a player card needs for `step.body[language]`). */
export function renderMarkdownText(text: string): TemplateResult {
  return renderMarkdown(markdownToNodes(text));
}

function inline(nodes: readonly MdInline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return html`<br />`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'strong':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'em':
        return html`<em>${inline(node.children)}</em>`;
      case 'link':
        // safeHref already kept only http, https and mailto
        return html`<a href=${node.href} target="_blank" rel="noopener noreferrer">${inline(node.children)}</a>`;
      default:
        return nothing;
    }
  });
}
