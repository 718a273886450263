/**
 * The knowledge base in another language. English is the knowledge base itself: its numbers, ids, links and sources
 * are the same in every language, so a language adds only its words, as a table from a text's place to the text.
 *
 * A place is the path to a text through ids, not positions: "causes.carpal_tunnel.selfCare.night_splint.text",
 * "questions.duration.options.weeks.label", "exercises.tendon_glides.steps.2" (a list of steps has no ids, so its
 * items go by position). Adding a cause or a piece of advice moves no other text's place, and the check in
 * localize.test.ts names every text a language lacks or has left over.
 */

/** A language's words for the knowledge base: a text's place → the text. */
export type KnowledgeTexts = Readonly<Record<string, string>>;

/**
 * The fields whose strings are words a person reads. Everything else that is a string is data: ids, source ids,
 * finding ids, levels, kinds, links, the knowledge version.
 */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'title',
  'label',
  'labels',
  'text',
  'description',
  'purpose',
  'summary',
  'help',
  'instructions',
  'steps',
  'cautions',
  'notice',
  'unit',
  'phrases',
]);

/** Fields whose whole subtree stays as it is in every language: the sources are cited by their own titles. */
const UNTRANSLATED_FIELDS: ReadonlySet<string> = new Set(['sources', 'version']);

/** How an item of a list is named in a place: by its id, a choice by its value, else by its position. */
function segmentOf(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const { id, value } = item as { id?: unknown; value?: unknown };
    if (typeof id === 'string') return id;
    if (typeof value === 'string') return value;
  }
  return String(index);
}

function join(place: string, segment: string): string {
  return place === '' ? segment : `${place}.${segment}`;
}

/**
 * Rebuilds `value` with each text replaced by `replace(place, text)`. One walk serves both reading the texts out and
 * putting a language's in, so the two can never disagree about what a place is.
 */
function mapTexts<T>(
  value: T,
  place: string,
  inText: boolean,
  replace: (place: string, text: string) => string,
): T {
  if (typeof value === 'string') return (inText ? replace(place, value) : value) as T;
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      mapTexts(item, join(place, segmentOf(item, index)), inText, replace),
    ) as T;
  }
  if (typeof value === 'object' && value !== null) {
    const rebuilt: Record<string, unknown> = {};
    for (const [field, child] of Object.entries(value)) {
      rebuilt[field] = UNTRANSLATED_FIELDS.has(field)
        ? child
        : mapTexts(child, join(place, field), inText || TEXT_FIELDS.has(field), replace);
    }
    return rebuilt as T;
  }
  return value;
}

/** Every text of `value` by its place, under `root` ("" for the knowledge base, "bctq" for the questionnaire). */
export function textsOf(value: unknown, root = ''): Map<string, string> {
  const texts = new Map<string, string>();
  mapTexts(value, root, false, (place, text) => {
    if (texts.has(place)) throw new Error(`Two texts of the knowledge base share the place "${place}"`);
    texts.set(place, text);
    return text;
  });
  return texts;
}

/**
 * `value` in the language of `texts`: each text that `texts` has replaced, each it lacks left in English, so a
 * language that is being written reads partly in English rather than not at all (the check keeps shipped languages
 * complete).
 */
export function localize<T>(value: T, texts: KnowledgeTexts, root = ''): T {
  return mapTexts(value, root, false, (place, text) => texts[place] ?? text);
}
