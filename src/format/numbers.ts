import { cached, DEFAULT_LOCALE, type LocaleOption } from './locale.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(options: LocaleOption, fields: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = options.locale ?? DEFAULT_LOCALE;
  return cached(formatters, [locale, fields], () => new Intl.NumberFormat(locale, fields));
}

/** A number with exactly `fractionDigits` digits after the point: 2.45 with 2 is "2.45", 3 with 1 is "3.0". */
export function formatNumber(value: number, fractionDigits: number, options: LocaleOption = {}): string {
  return numberFormat(options, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export interface PercentOptions extends LocaleOption {
  /** Digits after the point at most (0 unless given): a prior of 0.4% needs one. */
  fractionDigits?: number;
}

/**
 * A chance (0 to 1) as a percentage, whole unless told otherwise: "71%". A chance that rounds to 0 but is not 0 is
 * "<1%" (or "<0.1%" with one digit), so that a small chance is never shown as none.
 */
export function formatPercent(probability: number, options: PercentOptions = {}): string {
  const digits = options.fractionDigits ?? 0;
  const percent = numberFormat(options, { style: 'percent', maximumFractionDigits: digits });
  const smallest = 10 ** -(digits + 2);
  if (probability > 0 && probability < smallest / 2) return `<${percent.format(smallest)}`;
  return percent.format(probability);
}

/**
 * A weight of evidence (log-odds) with its sign always shown, to one decimal: "+1.2", "−0.4". The minus is the
 * typographic one (U+2212), as wide as the plus, so that columns of weights line up.
 */
export function formatWeight(weight: number, options: LocaleOption = {}): string {
  const size = formatNumber(Math.abs(weight), 1, options);
  return weight < 0 ? `−${size}` : `+${size}`;
}

/** A number to at most `digits` significant digits, for small ratios: 0.0438 with 1 is "0.04". */
export function formatSignificant(value: number, digits: number, options: LocaleOption = {}): string {
  return numberFormat(options, { maximumSignificantDigits: digits }).format(value);
}
