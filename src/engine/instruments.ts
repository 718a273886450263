import { handMapOf } from './answers.ts';
import { bestKatz } from './hand-map.ts';
import type { Model, StateVector } from './model.ts';
import { PRESENT, UNKNOWN } from './model.ts';
import type { Answers, Instruments } from './types.ts';

/**
 * CTS-6 items a person can answer alone [CTS6]: numbness mainly in the median territory (read from the Katz
 * classic/probable rating), night-time numbness, and Phalen and Tinel done as self-tests. Thenar weakness and
 * two-point discrimination need an examiner, so the score is partial and reported against the self-report maximum.
 */
const CTS6_SELF_REPORT: { finding: string; points: number }[] = [
  { finding: 'katz_classic_probable', points: 3.5 },
  { finding: 'night_waking', points: 4 },
  { finding: 'phalen_positive', points: 5 },
  { finding: 'tinel_wrist_positive', points: 4 },
];

export function scoreInstruments(model: Model, answers: Answers, state: StateVector): Instruments {
  const handMap = handMapOf(model, answers);
  const katz = handMap ? bestKatz(handMap) : null;
  const known = CTS6_SELF_REPORT.filter(
    (item) => state[model.findingIndex.get(item.finding) ?? -1] !== UNKNOWN,
  );
  const present = known.filter((item) => state[model.findingIndex.get(item.finding) ?? -1] === PRESENT);
  const cts6 =
    known.length === 0
      ? null
      : {
          score: present.reduce((sum, item) => sum + item.points, 0),
          max: CTS6_SELF_REPORT.reduce((sum, item) => sum + item.points, 0),
          items: present.map((item) => item.finding),
        };
  return { katz, cts6 };
}
