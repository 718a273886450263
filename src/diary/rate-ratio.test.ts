import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { describeRatio, direction, formatRatio, poissonRateRatio } from './rate-ratio.ts';

function close(actual: number, expected: number, digits = 3): void {
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≈ ${expected}`);
}

describe('poissonRateRatio', () => {
  it('is the ratio of rates with a 95% interval on the log scale', () => {
    // 2 episodes in 10 runs against 10 in 10: ratio 0.2, SE of the log √(1/2 + 1/10) = 0.7746.
    const r = poissonRateRatio(2, 10, 10, 10);
    close(r.ratio, 0.2);
    close(r.low, 0.2 * Math.exp(-1.959964 * Math.sqrt(0.6)));
    close(r.high, 0.2 * Math.exp(1.959964 * Math.sqrt(0.6)));
    close(r.low, 0.0438);
    close(r.high, 0.913);
    assert.equal(r.corrected, false);
    assert.equal(direction(r), 'lower');
    assert.equal(describeRatio(r), 'rate ratio 0.2, 95% interval 0.04–0.9');
  });

  it('uses the exposure on each side', () => {
    // 6 in 12 working days against 6 in 4: rates 0.5 and 1.5 a day.
    close(poissonRateRatio(6, 12, 6, 4).ratio, 1 / 3);
  });

  it('adds 0.5 to both counts when one is zero, and says so', () => {
    const r = poissonRateRatio(0, 5, 6, 5);
    assert.equal(r.corrected, true);
    close(r.ratio, 0.5 / 6.5);
    close(Math.log(r.high / r.ratio), 1.959964 * Math.sqrt(1 / 0.5 + 1 / 6.5));
    const none = poissonRateRatio(0, 4, 0, 4);
    close(none.ratio, 1);
    assert.equal(direction(none), 'unclear');
  });

  it('always brackets its ratio, finitely, and flips with the sides', () => {
    fc.assert(
      fc.property(
        fc.nat(200),
        fc.integer({ min: 1, max: 500 }),
        fc.nat(200),
        fc.integer({ min: 1, max: 500 }),
        (a, n1, b, n0) => {
          const r = poissonRateRatio(a, n1, b, n0);
          assert.ok(Number.isFinite(r.low) && Number.isFinite(r.high));
          assert.ok(r.low > 0 && r.low <= r.ratio && r.ratio <= r.high);
          const flipped = poissonRateRatio(b, n0, a, n1);
          close(flipped.ratio * r.ratio, 1, 6);
          close(flipped.low * r.high, 1, 6);
        },
      ),
    );
  });

  it('refuses a side without periods', () => {
    assert.throws(() => poissonRateRatio(1, 0, 1, 3), RangeError);
  });
});

describe('formatRatio', () => {
  it('shows one decimal, or one significant digit below 0.1, or none from 10', () => {
    assert.equal(formatRatio(0.36), '0.4');
    assert.equal(formatRatio(1.73), '1.7');
    assert.equal(formatRatio(0.0438), '0.04');
    assert.equal(formatRatio(12.4), '12');
  });
});
