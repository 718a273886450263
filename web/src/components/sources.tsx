import type { JSX } from 'preact';
import type { Knowledge } from '../../../src/knowledge/index.ts';

/** The sources cited, each with a link when the knowledge has one. */
export function SourceList(props: {
  ids: readonly string[];
  knowledge: Pick<Knowledge, 'sources'>;
}): JSX.Element {
  return (
    <ul class="sources">
      {props.ids.map((id) => {
        const source = props.knowledge.sources.find((s) => s.id === id);
        const title = source?.title ?? id;
        return (
          <li key={id}>
            <span class="source-id">{id}</span>{' '}
            {source?.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
          </li>
        );
      })}
    </ul>
  );
}
