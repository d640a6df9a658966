/**
 * What part of a 401(k) distribution that is rolled over is taxed this year, by the kind of money and where it goes.
 *
 * - Same tax type (pre-tax to a traditional IRA or another plan's pre-tax account; Roth 401(k) to a Roth IRA or
 *   another plan's Roth account): nothing rolled over is taxed (IRC §402(c)(1); §402A(c)(3)).
 * - Pre-tax to a Roth IRA, directly or within 60 days, is a conversion: taxable in full in the year it moves, except
 *   after-tax basis (§408A(d)(3)(A), (e)). An in-plan Roth rollover is taxed the same way (§402A(c)(4)(A)).
 * - A partial 60-day rollover is treated as coming first from the taxable part (§402(c)(2); for a Roth 401(k), first
 *   from earnings: Treas. Reg. §1.402A-1, Q&A-5(b)); what is kept is taxed, and the 10% additional tax can apply to it.
 * - Within 60 days, only the taxable earnings of a Roth 401(k) distribution may go to another plan's Roth account; the
 *   contributions part may go only to a Roth IRA (Q&A-5(a)).
 * - Basis and pre-tax amounts paid at the same time may be sent to a Roth IRA and a traditional IRA respectively, or
 *   the pre-tax part rolled over directly and the basis paid to the participant, untaxed (Notice 2014-54: disbursements
 *   made at the same time are one distribution, and the pre-tax part goes first to the direct rollover).
 */
import { figureValue, type Explanation } from '../core/explain.ts';
import { clampZero, usd, type Cents } from '../core/money.ts';

export const ROLLOVER_SOURCES = ['pre-tax', 'after-tax', 'designated-roth'] as const;
export const ROLLOVER_DESTINATIONS = ['traditional-ira', 'plan-pre-tax', 'roth-ira', 'plan-roth', 'in-plan-roth'] as const;
export const ROLLOVER_METHODS = ['direct', '60-day'] as const;
export type RolloverSource = (typeof ROLLOVER_SOURCES)[number];
export type RolloverDestination = (typeof ROLLOVER_DESTINATIONS)[number];
export type RolloverMethod = (typeof ROLLOVER_METHODS)[number];

export type RolloverFacts = {
  source: RolloverSource;
  destination: RolloverDestination;
  method: RolloverMethod;
  amount: Cents;
  /** After-tax basis in this distribution (pre-tax or after-tax money) or Roth contributions (Roth 401(k)). */
  basis: Cents;
  /** A qualified Roth 401(k) distribution: nothing in it is taxable. */
  rothQualified: boolean;
  /** 60-day: what was put into the destination within 60 days (the whole amount for a direct rollover). */
  rolledOver: Cents;
  /** Pre-tax part to the destination, basis to a Roth IRA (Notice 2014-54). */
  basisToRothIra: boolean;
  /** Direct rollover of the pre-tax part only, the basis paid to the participant in the same distribution (Notice 2014-54). */
  basisPaidToYou?: boolean;
};

export type RolloverTaxable = {
  /** Taxable if nothing were rolled over: what the payer puts in Form 1099-R box 2a for a payment to you. */
  taxableIfKept: Cents;
  rolledOver: Cents;
  /** Of the rolled amount, the taxable part and the basis part. */
  rolledTaxable: Cents;
  rolledBasis: Cents;
  kept: Cents;
  /** Taxable part of what was kept (the 10% can apply to it). */
  keptTaxable: Cents;
  /** Taxable part of what went to a Roth account from pre-tax money: a conversion (no 10% now). */
  converted: Cents;
  /** Income this year: kept taxable + converted. */
  taxable: Cents;
  /** Basis that lands in a Roth IRA (as a Roth IRA contribution for a Roth 401(k); as conversion basis otherwise). */
  basisToRoth: Cents;
  conversion: boolean;
};

export function isConversion(source: RolloverSource, destination: RolloverDestination): boolean {
  return source !== 'designated-roth' && (destination === 'roth-ira' || destination === 'in-plan-roth' || destination === 'plan-roth');
}

export function rolloverTaxable(f: RolloverFacts): RolloverTaxable {
  const taxableIfKept = f.source === 'designated-roth' && f.rothQualified ? 0 : clampZero(f.amount - f.basis);
  const rolledOver = f.method === 'direct' ? (f.basisPaidToYou ? Math.min(f.amount, taxableIfKept) : f.amount) : f.rolledOver;
  const rolledTaxable = Math.min(rolledOver, taxableIfKept);
  const rolledBasis = rolledOver - rolledTaxable;
  const kept = f.amount - rolledOver;
  const keptTaxable = taxableIfKept - rolledTaxable;
  const conversion = isConversion(f.source, f.destination);
  const converted = conversion ? rolledTaxable : 0;
  const toRoth = f.destination === 'roth-ira' || f.destination === 'plan-roth' || f.destination === 'in-plan-roth';
  const basisToRoth = toRoth || f.basisToRothIra ? rolledBasis : 0;
  return { taxableIfKept, rolledOver, rolledTaxable, rolledBasis, kept, keptTaxable, converted, taxable: keptTaxable + converted, basisToRoth, conversion };
}

const DESTINATION_NAMES: Record<RolloverDestination, string> = {
  'traditional-ira': 'a traditional IRA', 'plan-pre-tax': 'another plan’s pre-tax account', 'roth-ira': 'a Roth IRA', 'plan-roth': 'another plan’s Roth account',
  'in-plan-roth': 'the Roth account in the same plan (an in-plan Roth rollover)',
};

/** The step that says what moved, what is taxed and why. */
export function explainRolloverTaxable(t: RolloverTaxable, f: Pick<RolloverFacts, 'source' | 'destination' | 'method' | 'amount' | 'basisToRothIra' | 'basisPaidToYou'> & { year: number }, explain: Explanation): void {
  const where = DESTINATION_NAMES[f.destination];
  const moved = f.method === 'direct'
    ? (f.basisPaidToYou ? `leaving the plan in one distribution: the pre-tax ${usd(t.rolledOver)} moved directly to ${where}, and the ${usd(t.kept)} of after-tax basis paid to you` : `moved directly to ${where}`)
    : `paid to you; ${usd(t.rolledOver)} put into ${where} within ${figureValue('rollover-window-days', f.year)} days`;
  const steps: string[] = [`${usd(f.amount)} ${moved}.`];
  if (t.conversion) steps.push(`Pre-tax money going into a Roth account is a conversion: the taxable ${usd(t.converted)} it carries is income for ${f.year}${t.rolledBasis ? `; the ${usd(t.rolledBasis)} of after-tax basis is not taxed` : ''}. The 10% additional tax does not apply to the converted amount when it moves.`);
  else if (t.rolledOver > 0) steps.push(`Rolled into an account of the same tax type, the ${usd(t.rolledOver)} is not taxed now.`);
  if (f.basisToRothIra && t.basisToRoth > 0) steps.push(`The ${usd(t.basisToRoth)} of after-tax basis goes to a Roth IRA at the same time and is not taxed (Notice 2014-54); in the Roth IRA it counts as basis.`);
  if (f.basisPaidToYou && t.kept > 0) steps.push(`Disbursements made at the same time are one distribution, and its pre-tax part goes first to the direct rollover (Notice 2014-54), so the ${usd(t.kept)} paid to you is all basis: not taxed, and nothing is withheld from it (IRC §3405(e)(1)(B)).`);
  else if (t.kept > 0) steps.push(`Kept: ${usd(t.kept)}. A partial rollover counts first against the taxable part, so ${usd(t.keptTaxable)} of what you kept is taxable${t.kept - t.keptTaxable ? ` and ${usd(t.kept - t.keptTaxable)} is a tax-free return of basis` : ''}.`);
  steps.push(`Taxable for ${f.year}: ${usd(t.taxable)}.`);
  explain.add(
    t.conversion ? 'irc-408a-d-3-conversion-taxable' : 'irc-402c-rollover',
    steps.join(' '),
    [
      'irc-402-c', ...(t.conversion ? ['irc-408a-d-3', 'irc-408a-e'] : []), ...(f.destination === 'in-plan-roth' ? ['irc-402a-c-4'] : []),
      ...(t.kept > 0 || t.rolledBasis > 0 ? ['irc-402-c-2'] : []), ...(f.source === 'designated-roth' ? ['reg-1-402a-1'] : []), ...(f.basisToRothIra || f.basisPaidToYou ? ['notice-2014-54'] : []), ...(f.basisPaidToYou ? ['irc-3405'] : []),
    ],
  );
}
