/**
 * Roth IRA distributions: the ordering rules, and how they differ from a Roth 401(k)'s pro-rata rule.
 *
 * A nonqualified Roth IRA distribution comes out in layers (IRC §408A(d)(4)(B); Treas. Reg. §1.408A-6 Q&A-8): first
 * regular contributions, then conversion and rollover contributions first in, first out — within each conversion the
 * part that was taxed when converted before the part that was not — and earnings last. Contributions and conversions
 * are tax-free when they come out; only earnings are income. The 10% additional tax reaches the earnings and also the
 * taxed part of a conversion distributed within the five taxable years beginning with the year of that conversion, each
 * conversion on its own clock (§408A(d)(3)(F); Q&A-5), unless an exception such as age 59½ applies.
 *
 * A qualified distribution — after the five taxable years beginning with the first year of a contribution to any Roth
 * IRA, and on or after 59½, after death, on account of disability, or for a first home — is entirely tax-free
 * (§408A(d)(2)). All of a person's Roth IRAs count as one for these rules (Q&A-9); the amounts are what remains in them.
 */
import { longDate } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { clampZero, percentOf, roundCents, usd, type Cents } from '../core/money.ts';

export type RothIraConversion = { year: number; amount: Cents; taxedAtConversion: Cents };

export type RothIraFacts = {
  year: number;
  distributionDate: string;
  amount: Cents;
  /** Total value of the Roth IRAs before the distribution. */
  balance: Cents;
  /** Regular contributions still in the Roth IRAs. */
  contributions: Cents;
  /** Conversions and rollovers from non-Roth accounts still in the Roth IRAs, any order (sorted here, oldest first). */
  conversions: readonly RothIraConversion[];
  /** First year of a contribution to any Roth IRA (starts the qualified-distribution clock). */
  firstRothIraYear: number;
  /** Age 59½, death, disability or a first home: the second test of a qualified distribution. */
  qualifyingEvent: boolean;
  /** On or after 59½: the 10% does not reach conversions or earnings. */
  reached59Half: boolean;
};

export type RothIraLayer = {
  source: 'contributions' | 'conversion-taxed' | 'conversion-untaxed' | 'earnings';
  conversionYear: number | null;
  amount: Cents;
  taxable: Cents;
  subjectToAdditionalTax: Cents;
  /** For a conversion layer: January 1 of the year its own five-year period is over. */
  fiveYearsMetOn: string | null;
};

export type RothIraOrdering = {
  qualified: boolean;
  fiveYearsMetOn: string;
  layers: RothIraLayer[];
  taxable: Cents;
  subjectToAdditionalTax: Cents;
  additionalTaxBeforeOtherExceptions: Cents;
  steps: string[];
};

export function rothIraOrdering(f: RothIraFacts): RothIraOrdering {
  const period = figureValue('roth-five-year-period', f.year);
  const rate = figureValue('additional-tax-rate', f.year);
  const fiveYearsMetOn = `${f.firstRothIraYear + period}-01-01`;
  const qualified = f.distributionDate >= fiveYearsMetOn && f.qualifyingEvent;
  const steps: string[] = [];
  if (qualified) {
    steps.push(`The Roth IRA five-year period began January 1, ${f.firstRothIraYear} and was met on ${longDate(fiveYearsMetOn)}, and a qualifying event applies: a qualified distribution, entirely tax-free.`);
    const layer: RothIraLayer = { source: 'contributions', conversionYear: null, amount: f.amount, taxable: 0, subjectToAdditionalTax: 0, fiveYearsMetOn: null };
    return { qualified, fiveYearsMetOn, layers: [layer], taxable: 0, subjectToAdditionalTax: 0, additionalTaxBeforeOtherExceptions: 0, steps };
  }

  const layers: RothIraLayer[] = [];
  let left = f.amount;
  const take = (available: Cents) => {
    const out = Math.min(left, clampZero(available));
    left -= out;
    return out;
  };
  const fromContributions = take(f.contributions);
  if (fromContributions > 0) layers.push({ source: 'contributions', conversionYear: null, amount: fromContributions, taxable: 0, subjectToAdditionalTax: 0, fiveYearsMetOn: null });
  let converted: Cents = 0;
  for (const c of [...f.conversions].sort((a, b) => a.year - b.year)) {
    converted += c.amount;
    const metOn = `${c.year + period}-01-01`;
    const within = f.distributionDate < metOn;
    const taxed = take(Math.min(c.taxedAtConversion, c.amount));
    if (taxed > 0)
      layers.push({ source: 'conversion-taxed', conversionYear: c.year, amount: taxed, taxable: 0, subjectToAdditionalTax: within && !f.reached59Half ? taxed : 0, fiveYearsMetOn: metOn });
    const untaxed = take(c.amount - Math.min(c.taxedAtConversion, c.amount));
    if (untaxed > 0) layers.push({ source: 'conversion-untaxed', conversionYear: c.year, amount: untaxed, taxable: 0, subjectToAdditionalTax: 0, fiveYearsMetOn: metOn });
  }
  const earningsInAccount = clampZero(f.balance - f.contributions - converted);
  const fromEarnings = take(earningsInAccount);
  if (fromEarnings > 0) layers.push({ source: 'earnings', conversionYear: null, amount: fromEarnings, taxable: fromEarnings, subjectToAdditionalTax: f.reached59Half ? 0 : fromEarnings, fiveYearsMetOn: null });

  const taxable = layers.reduce((s, l) => s + l.taxable, 0);
  const subject = layers.reduce((s, l) => s + l.subjectToAdditionalTax, 0);
  const tax = percentOf(subject, rate);
  steps.push(
    f.distributionDate >= fiveYearsMetOn
      ? `Not qualified: the Roth IRA five-year period was met on ${longDate(fiveYearsMetOn)}, but no qualifying event (59½, death, disability, first home) applies.`
      : `Not qualified: the Roth IRA five-year period, begun January 1, ${f.firstRothIraYear}, is met only on ${longDate(fiveYearsMetOn)}.`,
  );
  for (const l of layers) {
    if (l.source === 'contributions') steps.push(`${usd(l.amount)} comes first from regular contributions: tax-free, and no additional tax.`);
    else if (l.source === 'conversion-taxed')
      steps.push(`${usd(l.amount)} comes next from the ${l.conversionYear} conversion, from its part taxed when converted: tax-free now, but ${l.subjectToAdditionalTax > 0 ? `within that conversion’s five years (until ${longDate(l.fiveYearsMetOn!)}) it owes the ${rate}% additional tax unless an exception applies` : f.reached59Half ? 'you are 59½ or older, so no additional tax' : `its five years ended on ${longDate(l.fiveYearsMetOn!)}, so no additional tax`}.`);
    else if (l.source === 'conversion-untaxed') steps.push(`${usd(l.amount)} comes from the untaxed part of the ${l.conversionYear} conversion: tax-free, and no additional tax.`);
    else steps.push(`${usd(l.amount)} comes last from earnings: ordinary income${l.subjectToAdditionalTax > 0 ? `, and subject to the ${rate}% additional tax unless an exception applies` : ''}.`);
  }
  if (left > 0) steps.push(`${usd(left)} is more than the accounts hold as entered.`);
  steps.push(`Taxable: ${usd(taxable)}; subject to the additional tax before other exceptions: ${usd(subject)} × ${rate}% = ${usd(tax)}.`);
  return { qualified, fiveYearsMetOn, layers, taxable, subjectToAdditionalTax: subject, additionalTaxBeforeOtherExceptions: tax, steps };
}

/** The Roth 401(k) rule for the same account: a nonqualified distribution is taxable in proportion to earnings (§72(e)(8)). */
export function rothProRataTaxable(amount: Cents, balance: Cents, basis: Cents): Cents {
  const earnings = clampZero(balance - basis);
  return balance > 0 ? roundCents((amount * earnings) / balance) : 0;
}

/** What the Roth check compares: the same account under the Roth IRA ordering rules and under the Roth 401(k) rule. */
export type RothComparisonInput = {
  year: number;
  distributionDate: string;
  amount: Cents;
  balance: Cents;
  /** The Roth 401(k)'s basis; in the Roth IRA it is the regular contributions plus the conversions entered. */
  basis: Cents;
  conversions: readonly RothIraConversion[];
  firstRothIraYear: number;
  qualifyingEvent: boolean;
  reached59Half: boolean;
  /** The Roth 401(k) result: whether its distribution is qualified. */
  roth401kQualified: boolean;
};

export function compareRothIraWith401k(c: RothComparisonInput) {
  const converted = c.conversions.reduce((s, x) => s + x.amount, 0);
  const ira = rothIraOrdering({
    year: c.year, distributionDate: c.distributionDate, amount: c.amount, balance: c.balance, contributions: clampZero(c.basis - converted),
    conversions: c.conversions, firstRothIraYear: c.firstRothIraYear, qualifyingEvent: c.qualifyingEvent, reached59Half: c.reached59Half,
  });
  const rate = figureValue('additional-tax-rate', c.year);
  const plan401kTaxable = c.roth401kQualified ? 0 : rothProRataTaxable(c.amount, c.balance, c.basis);
  const plan401kSubject = c.reached59Half ? 0 : plan401kTaxable;
  const plan401kTax = percentOf(plan401kSubject, rate);
  const summary = `For the same ${usd(c.amount)} from the same account, the Roth 401(k) rule makes ${usd(plan401kTaxable)} taxable${c.roth401kQualified ? ' (a qualified distribution)' : ' (pro rata)'}, the Roth IRA ordering rules ${usd(ira.taxable)}; before exceptions other than age 59½ the additional tax is ${usd(plan401kTax)} against ${usd(ira.additionalTaxBeforeOtherExceptions)}.`;
  return { ira, plan401kTaxable, plan401kSubject, plan401kTax, summary };
}
