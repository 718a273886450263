import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { differenceDirection, RATING_VARIANCE_FLOOR, summarize, welchDifference } from './mean-difference.ts';

function close(actual: number, expected: number, digits = 4): void {
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≈ ${expected}`);
}

describe('summarize', () => {
  it('gives count, mean and the sample variance (n − 1)', () => {
    assert.deepEqual(summarize([2, 3, 4]), { count: 3, mean: 3, variance: 1 });
    assert.deepEqual(summarize([5]), { count: 1, mean: 5, variance: 0 });
    assert.throws(() => summarize([]), RangeError);
  });
});

describe('welchDifference', () => {
  it('matches a hand computation with equal spreads', () => {
    // Means 3 and 6, variances 1 and 1, 3 on each side: SE √(1/3 + 1/3) = 0.81650; Welch df
    // (2/3)² / ((1/3)²/2 + (1/3)²/2) = 4; t(0.975, 4) = 2.776445; half-width 2.266958.
    const d = welchDifference([2, 3, 4], [5, 6, 7]);
    close(d.difference, -3);
    close(d.standardError, Math.sqrt(2 / 3));
    close(d.degreesOfFreedom, 4);
    close(d.low, -5.266958);
    close(d.high, -0.733042);
    assert.equal(differenceDirection(d), 'lower');
  });

  it('matches a hand computation with unequal spreads and fractional degrees of freedom', () => {
    // Means 3 and 6, variances 2.5 (n 5) and 4 (n 3): SE² = 0.5 + 1.3333 = 1.8333, SE 1.354006;
    // df = 1.8333² / (0.5²/4 + 1.3333²/2) = 3.532847; t(0.975, 3.532847) = 2.927405.
    const d = welchDifference([1, 2, 3, 4, 5], [4, 6, 8]);
    close(d.standardError, 1.354006);
    close(d.degreesOfFreedom, 3.532847);
    close(d.low, -6.963726);
    close(d.high, 0.963726);
    assert.equal(differenceDirection(d), 'unclear');
  });

  it('gives whole-point ratings that are all the same the spread of rounding, not a zero-width interval', () => {
    // Variances floored at 1/12: SE √(2 · (1/12)/3) = 0.235702, df 4.
    const d = welchDifference([3, 3, 3], [6, 6, 6]);
    close(d.standardError, Math.sqrt((2 * RATING_VARIANCE_FLOOR) / 3));
    close(d.degreesOfFreedom, 4);
    close(d.low, -3.654414);
    close(d.high, -2.345586);
    assert.ok(d.high - d.low > 1);
  });

  it('is larger than a normal interval for a few values, and close to it for many', () => {
    const few = welchDifference([2, 3, 4], [5, 6, 7]);
    assert.ok(few.high - few.difference > 1.96 * few.standardError * 1.3);
    const many = welchDifference(
      Array.from({ length: 400 }, (_, i) => i % 5),
      Array.from({ length: 400 }, (_, i) => (i % 5) + 1),
    );
    close((many.high - many.difference) / many.standardError, 1.966, 2);
  });

  it('needs two values on each side', () => {
    assert.throws(() => welchDifference([1], [2, 3]), RangeError);
    assert.throws(() => welchDifference([1, 2], []), RangeError);
  });

  it('always brackets its difference, and turns round when the sides swap', () => {
    const ratings = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(ratings, ratings, (a, b) => {
        const d = welchDifference(a, b);
        assert.ok(Number.isFinite(d.low) && Number.isFinite(d.high));
        assert.ok(d.low < d.difference && d.difference < d.high);
        const swapped = welchDifference(b, a);
        close(swapped.difference, -d.difference, 9);
        close(swapped.low, -d.high, 9);
        close(swapped.high, -d.low, 9);
        const way = differenceDirection(d);
        const back = differenceDirection(swapped);
        assert.equal(way === 'unclear', back === 'unclear');
        if (way === 'lower') assert.equal(back, 'higher');
      }),
    );
  });
});
