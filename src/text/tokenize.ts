/**
 * Cutting text into tokens: words (normalised by the lexicon), sentence ends, and clause separators, each with its
 * place in the original text so that what was understood can point at the words that said it.
 */

/** One token. `start` and `end` are offsets into the original text. */
export interface Token {
  /**
   * The word as it is compared with a lexicon's words: normalised ("Don't" → "dont", "numbess" → "numbness") and, in
   * a lexicon with a stemmer, reduced to its stem ("руку" → "рук"); or the punctuation mark.
   */
  norm: string;
  /** The normalised word before stemming ("руку"); the same as `norm` in a lexicon without a stemmer. */
  word: string;
  start: number;
  end: number;
  /** `word`; `stop`: a sentence end (. ! ? ; or a new line); `comma`: a softer break (, : dashes, brackets). */
  kind: 'word' | 'stop' | 'comma';
  /** Index of the sentence the token is in. */
  sentence: number;
}

/** What tokenising needs from a compiled lexicon. */
export interface Tokenizer {
  regex: RegExp;
  /** A word as written → the word corrected and folded ("Numbess" → "numbness"). */
  normalise(raw: string): string;
  /** A normalised word → the form it is compared by: its stem, or the word itself. */
  stem(word: string): string;
  /** The word "&" stands for ("and"). */
  and: string;
}

/** Builds the token regular expression for a lexicon's letters and apostrophes. */
export function tokenRegex(letters: string, apostrophes: string): RegExp {
  const word = `[${letters}]+(?:[${apostrophes}][${letters}]+)*`;
  return new RegExp(`(\\d+(?:[.,]\\d+)?|${word})|([.!?;\\n]+)|([,:()\\u2013\\u2014&])`, 'gu');
}

export function tokenize(text: string, tokenizer: Tokenizer): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  const regex = new RegExp(tokenizer.regex.source, tokenizer.regex.flags);
  for (const m of text.matchAll(regex)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const word = tokenizer.normalise(m[1]);
      tokens.push({ norm: tokenizer.stem(word), word, start, end, kind: 'word', sentence });
    } else if (m[2] !== undefined) {
      const mark = m[2].trim() || '.';
      tokens.push({ norm: mark, word: mark, start, end, kind: 'stop', sentence });
      sentence++;
    } else if (m[0] === '&') {
      tokens.push({
        norm: tokenizer.stem(tokenizer.and),
        word: tokenizer.and,
        start,
        end,
        kind: 'word',
        sentence,
      });
    } else {
      tokens.push({ norm: m[0], word: m[0], start, end, kind: 'comma', sentence });
    }
  }
  return tokens;
}
