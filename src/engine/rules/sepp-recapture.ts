/**
 * Recapture when a series of substantially equal periodic payments is modified too early (IRC §72(t)(4)). If the
 * series is modified, other than because of death or disability, "before the close of the 5-year period beginning with
 * the date of the first payment and after the employee attains age 59½, or before the employee attains age 59½", the
 * tax for the first year of the modification is increased by the 10% that the periodic-payment exception kept off the
 * earlier payments, "plus interest for the deferral period" (§72(t)(4)(A)–(B)).
 *
 * The engine computes the 10% on the amount the reader enters; it does not compute the interest, whose rate (the
 * §6621 underpayment rate) and period depend on each earlier payment's year, and no IRS text fixes a method a reader
 * could check it against. Which changes count as a modification is in Rev. Rul. 2002-62 and Notice 2022-6 (a one-time
 * switch to the required-minimum-distribution method does not); the reader says whether the series was modified.
 *
 * The recapture is "the tax which (but for paragraph (2)(A)(iv)) would have been imposed" (§72(t)(4)(A)): when the
 * earlier payments were also excepted on another ground — a series from the plan of an employer left in or after the
 * year of turning 55 (§72(t)(2)(A)(v)), or 50 for a public safety employee (§72(t)(10)) — no tax would have been
 * imposed on them, so nothing is recaptured. A plan's series begins after the separation, so every earlier payment
 * from that plan was covered by it.
 */
import { fillIn } from '../../data/prose.ts';
import { addMonths, longDate, yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { percentOf, usd, type Cents } from '../core/money.ts';
import { date59Half } from './age-59-half.ts';

export type SeppRecapture = {
  /** The first day a change no longer triggers recapture: the later of the fifth anniversary of the first payment and 59½. */
  freeToChangeFrom: string;
  fiveYearsEndOn: string;
  reaches59HalfOn: string;
  modifiedOn: string;
  modifiedEarly: boolean;
  /** Tax year the recapture is added to (the year of the modification). */
  taxYear: number;
  /** Earlier payments the 10% is recaptured on, as entered. */
  earlierPayments: Cents;
  recapturedTax: Cents;
  interest: 'not-computed';
  text: string;
  sources: string[];
};

/**
 * `figureYear` is a covered tax year to read the rate and the 59½ rule from (both fixed in the statute);
 * `coveredOtherwiseBy` names the separation exception that also covered the earlier payments, if one did.
 */
export function seppRecapture(birthDate: string, firstPaymentDate: string, modifiedOn: string, earlierPayments: Cents, figureYear: number, coveredOtherwiseBy?: string): SeppRecapture {
  const year = yearOf(modifiedOn);
  const lockInYears = figureValue('sepp-lock-in-years', figureYear);
  const fiveYearsEndOn = addMonths(firstPaymentDate, lockInYears * 12);
  const reaches59HalfOn = date59Half(birthDate, figureYear);
  const freeToChangeFrom = fiveYearsEndOn > reaches59HalfOn ? fiveYearsEndOn : reaches59HalfOn;
  const modifiedEarly = modifiedOn < freeToChangeFrom;
  const rate = figureValue('additional-tax-rate', figureYear);
  const recapturedTax = modifiedEarly && !coveredOtherwiseBy ? percentOf(earlierPayments, rate) : 0;
  const lockIn = `The series had to continue unchanged until ${longDate(freeToChangeFrom)}, the later of ${fillIn('{n:word}', { n: lockInYears })} years after the first payment (${longDate(fiveYearsEndOn)}) and the day you reach 59½ (${longDate(reaches59HalfOn)}).`;
  const text = !modifiedEarly
    ? `${lockIn} A change on ${longDate(modifiedOn)} is on or after that day, so nothing is recaptured.`
    : coveredOtherwiseBy
      ? `${lockIn} The change on ${longDate(modifiedOn)} comes before it, but the earlier payments from this plan were also excepted on another ground (${coveredOtherwiseBy.charAt(0).toLowerCase()}${coveredOtherwiseBy.slice(1)}): no ${rate}% would have been due on them without the periodic-payment exception, so nothing is recaptured.`
      : `${lockIn} The change on ${longDate(modifiedOn)} comes before it, so your ${year} tax goes up by the ${rate}% the exception kept off the earlier payments: ${rate}% × ${usd(earlierPayments)} = ${usd(recapturedTax)}, plus interest from the year of each earlier payment to ${year}. The interest runs at the IRS underpayment rate; this check does not compute it. Report both on Form 5329 for ${year}; a change because of death or disability is not recaptured.`;
  return {
    freeToChangeFrom, fiveYearsEndOn, reaches59HalfOn, modifiedOn, modifiedEarly, taxYear: year, earlierPayments, recapturedTax,
    interest: 'not-computed', text, sources: ['irc-72-t-4', 'irc-72-t-2-a-iv', 'i5329'],
  };
}
