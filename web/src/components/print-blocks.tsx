import type { JSX } from 'preact';
import type { Block } from '../../../src/print/index.ts';

function BlockView(props: { block: Block }): JSX.Element {
  const { block } = props;
  switch (block.kind) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'paragraph':
      if (block.emphasis === 'strong')
        return (
          <p>
            <strong>{block.text}</strong>
          </p>
        );
      return <p class={block.emphasis === 'muted' ? 'muted small' : undefined}>{block.text}</p>;
    case 'list':
      return (
        <ul class="bullets">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table class="print-table">
          {block.columns.length > 0 && (
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'notice':
      return <p class="notice-plain">{block.text}</p>;
  }
}

/** Blocks of a printed document (src/print) as HTML: the print view draws the same document the PDF does. */
export function PrintBlocks(props: { blocks: readonly Block[] }): JSX.Element {
  return (
    <>
      {props.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </>
  );
}
