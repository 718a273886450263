import type { Cause } from '../schema.ts';
import { anemia } from './anemia.ts';
import { anxietyHyperventilation } from './anxiety-hyperventilation.ts';
import { arterialOcclusion } from './arterial-occlusion.ts';
import { b12Deficiency } from './b12-deficiency.ts';
import { cardiacIschemia } from './cardiac-ischemia.ts';
import { carpalTunnel } from './carpal-tunnel.ts';
import { cervicalMyelopathy } from './cervical-myelopathy.ts';
import { cervicalRadiculopathy } from './cervical-radiculopathy.ts';
import { coldExposure } from './cold-exposure.ts';
import { compartmentSyndrome } from './compartment-syndrome.ts';
import { diabeticNeuropathy } from './diabetic-neuropathy.ts';
import { exerciseRelated } from './exercise-related.ts';
import { guillainBarre } from './guillain-barre.ts';
import { hypoglycaemia } from './hypoglycaemia.ts';
import { injuryNerveDamage } from './injury-nerve-damage.ts';
import { multipleSclerosis } from './multiple-sclerosis.ts';
import { positionalCompression } from './positional-compression.ts';
import { raynaud } from './raynaud.ts';
import { spinalCordInjury } from './spinal-cord-injury.ts';
import { spinalInfectionOrTumour } from './spinal-infection-or-tumour.ts';
import { strokeTia } from './stroke-tia.ts';
import { thoracicOutlet } from './thoracic-outlet.ts';
import { ulnarNeuropathy } from './ulnar-neuropathy.ts';
import { upperLimbDvt } from './upper-limb-dvt.ts';

/** Every cause, in the order of `CAUSE_IDS`. */
export const causes: Cause[] = [
  positionalCompression,
  exerciseRelated,
  carpalTunnel,
  ulnarNeuropathy,
  cervicalRadiculopathy,
  cervicalMyelopathy,
  cardiacIschemia,
  strokeTia,
  diabeticNeuropathy,
  anemia,
  b12Deficiency,
  raynaud,
  coldExposure,
  thoracicOutlet,
  anxietyHyperventilation,
  injuryNerveDamage,
  multipleSclerosis,
  arterialOcclusion,
  compartmentSyndrome,
  spinalCordInjury,
  upperLimbDvt,
  guillainBarre,
  hypoglycaemia,
  spinalInfectionOrTumour,
];
