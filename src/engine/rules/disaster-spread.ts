/**
 * The disaster income spread (IRC §72(t)(11)(E); Form 8915-F instructions): the taxable part of a qualified disaster
 * recovery distribution is included in income ratably over the spread period (three taxable years) beginning with the
 * year of the distribution, unless the taxpayer elects to include it all in that year.
 */
import { figureValue, type Explanation } from '../core/explain.ts';
import { roundCents, usd, type Cents } from '../core/money.ts';

export type DisasterSpread = {
  years: number;
  /** The taxable part of the qualified disaster recovery distribution. */
  qdrdTaxable: Cents;
  /** Income moved out of this year into the later years of the spread. */
  deferred: Cents;
  /** Income by year of the spread, this year first; empty when nothing is spread. */
  byYear: Cents[];
};

/** `covered`: the part of the distribution the disaster exception covers (0 when it does not apply). */
export function disasterSpread(taxable: Cents, covered: Cents, electOut: boolean, year: number): DisasterSpread {
  const years = figureValue('disaster-spread-years', year);
  const qdrdTaxable = Math.min(taxable, covered);
  if (covered <= 0 || electOut || years <= 1) return { years, qdrdTaxable, deferred: 0, byYear: [] };
  const thisYear = roundCents(qdrdTaxable / years);
  const deferred = qdrdTaxable - thisYear;
  if (deferred <= 0) return { years, qdrdTaxable, deferred: 0, byYear: [] };
  // Ratably: each later year takes an equal share of what is left; the last year takes the rounding remainder.
  const byYear = [thisYear];
  let left = deferred;
  for (let later = years - 1; later >= 1; later--) {
    const share = later === 1 ? left : roundCents(left / later);
    byYear.push(share);
    left -= share;
  }
  return { years, qdrdTaxable, deferred, byYear };
}

const YEAR_NAMES = ['this year', 'next year', 'the year after'];

export function explainDisasterSpread(s: DisasterSpread, explain: Explanation | undefined): void {
  if (s.deferred <= 0) return;
  const parts = s.byYear.map((c, i) => `${usd(c)} ${YEAR_NAMES[i] ?? `in year ${i + 1}`}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  explain?.add('irc-72t-11-disaster-income-spread', `The disaster distribution’s taxable ${usd(s.qdrdTaxable)} is spread over ${s.years} years on Form 8915-F: ${list}, unless you elect to include it all now.`, ['irc-72-t-11', 'i8915f']);
}
