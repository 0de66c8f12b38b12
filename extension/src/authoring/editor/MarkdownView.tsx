import type { MdBlock, MdInline } from '@preceptor/shared/tour/markdown.ts';

/** The markdown subset as React elements: text stays text (React escapes it), no innerHTML. */
export function MarkdownView({ blocks }: { blocks: readonly MdBlock[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{inline(block.children)}</p>
        ) : block.ordered ? (
          <ol key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ol>
        ) : (
          <ul key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ul>
        ),
      )}
    </>
  );
}

function inline(nodes: readonly MdInline[]): React.ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">{inline(node.children)}</a>;
    }
  });
}
