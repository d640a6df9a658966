/**
 * The amount of a lifetime required minimum distribution from a 401(k) account: the account balance on December 31
 * of the year before the distribution calendar year, divided by the distribution period for the participant's age on
 * the birthday in that year — from the Uniform Lifetime Table, or from the Joint and Last Survivor Table when the sole
 * beneficiary all year is a spouse more than 10 years younger (Treas. Reg. §1.401(a)(9)-5; §1.401(a)(9)-9(c), (d) as
 * amended by T.D. 9930). Designated Roth money is left out from 2024 (IRC §402A(d)(5), SECURE 2.0 §325).
 */
import { jointAndLastSurvivorTable, uniformLifetimeTable } from '../../data/rmd-tables.ts';
import { roundCents, type Cents } from '../core/money.ts';

export type Divisor = { value: number; table: 'uniform-lifetime' | 'joint-and-last-survivor'; ages: string; sources: readonly string[] };

/** §1.401(a)(9)-9(c); undefined below the table's first age (no lifetime RMD is computed that young). */
export function uniformLifetimeDivisor(age: number): Divisor | undefined {
  const t = uniformLifetimeTable;
  if (age < t.firstAge) return undefined;
  const i = Math.min(age - t.firstAge, t.periods.length - 1);
  const last = i === t.periods.length - 1;
  return { value: t.periods[i]!, table: 'uniform-lifetime', ages: `age ${t.firstAge + i}${last ? ' and older' : ''}`, sources: t.sources };
}

/** §1.401(a)(9)-9(d) for the older and the younger age; undefined where the site does not hold the printed value. */
export function jointAndLastSurvivorDivisor(olderAge: number, youngerAge: number): Divisor | undefined {
  if (jointAndLastSurvivorTable.unconfirmed.some(([o, y]) => o === olderAge && y === youngerAge)) return undefined;
  for (const b of jointAndLastSurvivorTable.blocks) {
    const col = olderAge - b.firstColumnAge;
    const row = youngerAge - b.firstRowAge;
    if (col < 0 || col > 8 || row < 0 || row >= b.rows.length) continue;
    const value = Number(b.rows[row]!.split(' ')[col]);
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return { value, table: 'joint-and-last-survivor', ages: `ages ${olderAge} and ${youngerAge}`, sources: jointAndLastSurvivorTable.sources };
  }
  return undefined;
}

/** Balance ÷ divisor, rounded once to the cent. Divisors have one decimal, so the division is done in tenths. */
export function rmdAmount(balance: Cents, divisor: number): Cents {
  return roundCents((balance * 10) / Math.round(divisor * 10));
}
