import { causes } from './causes/index.ts';
import { emergencyKinds, genericEmergencies } from './emergency-kinds.ts';
import { exercises } from './exercises.ts';
import { findings } from './findings.ts';
import { levels, notice, phrases, unsure } from './levels.ts';
import { medicalTests } from './medical-tests.ts';
import { questions } from './questions.ts';
import { rules } from './rules.ts';
import type { Knowledge } from './schema.ts';
import { sources } from './sources.ts';
import { specialists } from './specialists.ts';

/** numbcheck's knowledge base. Bump the version whenever any medical content changes. */
export const knowledge: Knowledge = {
  version: '2026.12.3',
  sources,
  findings,
  questions,
  causes,
  rules,
  tests: medicalTests,
  specialists,
  exercises,
  levels,
  emergencyKinds,
  genericEmergencies,
  notice,
  unsure,
  phrases,
};
