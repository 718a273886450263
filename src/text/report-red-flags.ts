/** Writes docs/red-flags.md (see `red-flags-doc.ts`): `npm run red-flags` after changing a rule or the matrix. */
import { writeFileSync } from 'node:fs';
import { renderRedFlagsDoc } from './red-flags-doc.ts';

const file = new URL('../../docs/red-flags.md', import.meta.url);
writeFileSync(file, renderRedFlagsDoc());
console.log(`wrote ${file.pathname}`);
