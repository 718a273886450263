/**
 * Lists the knowledge's texts a language still lacks, as JSON (place → English text), for whoever writes them:
 * `npm run knowledge:texts -- ru`, or `-- ru causes.` for the places that start with "causes.". With no language, it
 * lists every text.
 */
import { LANGUAGES, type Language } from '../messages/index.ts';
import { KNOWLEDGE_TEXTS } from './languages.ts';
import { englishTexts } from './readable.ts';

const [language, prefix = ''] = process.argv.slice(2);
if (language !== undefined && !LANGUAGES.includes(language as Language)) {
  process.stderr.write(`list-texts: expected a language (${LANGUAGES.join(', ')}), got "${language}"\n`);
  process.exit(2);
}
const have = language === undefined ? {} : KNOWLEDGE_TEXTS[language as Language];
const missing = Object.fromEntries(
  [...englishTexts()].filter(([place]) => place.startsWith(prefix) && !(place in have)),
);
process.stdout.write(`${JSON.stringify(missing, null, 2)}\n`);
