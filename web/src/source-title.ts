import type { Knowledge } from '../../src/knowledge/index.ts';

/** A source's title, or a readable name for a seed-article section. */
export function sourceTitle(knowledge: Pick<Knowledge, 'sources'>, id: string): string {
  const source = knowledge.sources.find((s) => s.id === id);
  if (source !== undefined) return source.title;
  if (id.startsWith('SEED:')) return `numbcheck's seed article, section "${id.slice('SEED:'.length)}"`;
  return id;
}
