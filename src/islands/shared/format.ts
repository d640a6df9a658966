/**
 * Display formatting for results: numbers the engine computed, written for readers. A result states amounts in whole
 * dollars, the way a reader thinks of them and a return may round them (Form 1040 instructions, "Rounding off to
 * whole dollars"); to the cent only where the figure is exact by law or form: a payer fills Form 1099-R to the cent,
 * and an RMD is the balance divided by the table's divisor (Treas. Reg. §1.401(a)(9)-5), a minimum that a rounded-down
 * figure would miss. A most-you-may amount (a loan limit) rounds down, so
 * the rounding never turns a right answer into an excess.
 */
const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const toTheCent = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

/** Dollars (the engine's unit, exact to the cent) as whole cents, so the rounding below is integer arithmetic. */
const toCents = (n: number): number => Math.round(n * 100);
/** No "-$0": a rounded zero is zero. */
const plain = (n: number): number => (n === 0 ? 0 : n);

/** An amount as the reader typed it: 20000 → "$20,000"; 12.5 → "$12.50" (the printed list of inputs). */
export function usd(n: number): string {
  return Number.isInteger(n) ? whole.format(n) : toTheCent.format(n);
}

/** To the nearest dollar, half away from zero: 1234.5 → "$1,235"; 20000 → "$20,000". */
export function dollars(n: number): string {
  const c = toCents(n);
  return whole.format(plain(Math.sign(c) * Math.round(Math.abs(c) / 100)));
}

/** Down to the dollar, for the most the reader may have or do: 18587.04 → "$18,587". */
export function dollarsDown(n: number): string {
  return whole.format(plain(Math.floor(toCents(n) / 100)));
}

/** To the cent, as a tax form or the RMD rule states it: 50000 → "$50,000.00"; 13636.36 → "$13,636.36". */
export function cents(n: number): string {
  return toTheCent.format(plain(toCents(n) / 100));
}

/** "2026-11-27" → "November 27, 2026" (a calendar date, read in UTC). */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}
