/**
 * Display formatting for results: numbers the engine computed, written for readers. A result states amounts in whole
 * dollars, the way a reader thinks of them and a return may round them (Form 1040 instructions, "Rounding off to
 * whole dollars"); to the cent only where the figure is exact by law or form: a payer fills Form 1099-R to the cent,
 * and an RMD is the balance divided by the table's divisor (Treas. Reg. §1.401(a)(9)-5), a minimum that a rounded-down
 * figure would miss. A most-you-may amount (a loan limit) rounds down, so
 * the rounding never turns a right answer into an excess.
 */
import { formatUsd, longDate } from '../../engine/format.ts';

export { longDate };

/** An amount as the reader typed it: 20000 → "$20,000"; 12.5 → "$12.50" (the printed list of inputs). */
export const usd = (n: number): string => formatUsd(n, { cents: 'if-any' });

/** To the nearest dollar, half away from zero: 1234.5 → "$1,235"; 20000 → "$20,000". */
export const dollars = (n: number): string => formatUsd(n);

/** Down to the dollar, for the most the reader may have or do: 18587.04 → "$18,587". */
export const dollarsDown = (n: number): string => formatUsd(n, { round: 'down' });

/** To the cent, as a tax form or the RMD rule states it: 50000 → "$50,000.00"; 13636.36 → "$13,636.36". */
export const cents = (n: number): string => formatUsd(n, { cents: true });
