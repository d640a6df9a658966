/**
 * A distribution in a year for which a required minimum distribution is due from the plan: until the year's RMD is
 * met, every amount paid counts toward it, so that part is not an eligible rollover distribution — it cannot be rolled
 * over and gets the 10% default withholding the reader may change on Form W-4R, not the mandatory 20% (Treas. Reg.
 * §1.402(c)-2, Q&A-7; IRC §402(c)(4)(B); §3405(b), (c)). Only the amount beyond the RMD is rollable. A designated Roth
 * account has no lifetime RMD from 2024 (IRC §402A(d)(5)).
 */
import { yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { toCents, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import { applicableAge } from './rmd-applicable-age.ts';
import { requiredBeginningDate } from './rmd-required-beginning-date.ts';
import { inForceFromYear } from '../../data/dated.ts';

export type RmdYearFacts = {
  distributionDate: string;
  birthDate: string;
  accountType: 'traditional' | 'roth';
  separatedFromPlanEmployer: boolean;
  separationDate?: string | undefined;
  fivePercentOwner: boolean;
  planOffersStillWorkingDelay: boolean;
  rmdStillToTake?: number | undefined;
};

export type RmdYear = {
  /** A required minimum distribution is due from this plan for the distribution's year. */
  required: boolean;
  applicableAge: string;
  /** The first distribution calendar year, or null while the still-working delay lasts. */
  firstYear: number | null;
  reason: string;
};

export function rmdYear(f: RmdYearFacts): RmdYear {
  const year = yearOf(f.distributionDate);
  const age = applicableAge(f.birthDate, year);
  const rbd = requiredBeginningDate(age, {
    stillWorking: !f.separatedFromPlanEmployer,
    retirementYear: f.separatedFromPlanEmployer && f.separationDate ? yearOf(f.separationDate) : undefined,
    fivePercentOwner: f.fivePercentOwner,
    planOffersDelay: f.planOffersStillWorkingDelay,
  }, year);
  const rothExempt = f.accountType === 'roth' && inForceFromYear(figureValue('rmd-roth-401k-exempt-from', year), year);
  const required = !rothExempt && rbd.firstYear !== null && year >= rbd.firstYear;
  const reason = rothExempt
    ? `A Roth 401(k) needs no lifetime RMD from ${figureValue('rmd-roth-401k-exempt-from', year)}, so this payment is not an RMD.`
    : required
      ? `${year} is a year for which an RMD is due from this plan (applicable age ${age.label}; first distribution year ${rbd.firstYear}).`
      : rbd.firstYear === null
        ? `No RMD is due from this plan while you still work for its employer (not a 5% owner, and the plan offers the delay).`
        : `No RMD is due from this plan for ${year}: the first is for ${rbd.firstYear}.`;
  return { required, applicableAge: age.label, firstYear: rbd.firstYear, reason };
}

/** The part of the payment that is the year's RMD (the first dollars paid), in cents. */
export function rmdPartOf(amount: Cents, f: RmdYearFacts, y: RmdYear): Cents {
  return y.required ? Math.min(amount, toCents(f.rmdStillToTake ?? 0)) : 0;
}

/** Field errors: the amount still to take is needed in an RMD year, and the RMD part can be rolled over by no route. */
export function validateRmdYear(f: RmdYearFacts & { amount: number; payment: string; rolledOverWithin60Days: number }): FieldError[] {
  const y = rmdYear(f);
  if (!y.required) return [];
  if (f.rmdStillToTake === undefined)
    return [{ field: 'rmdStillToTake', message: `${y.reason} Enter how much of this year’s RMD from this plan is still to be taken (0 if you have taken it): that part of the payment cannot be rolled over and is withheld differently.` }];
  const rmdPart = Math.min(f.amount, f.rmdStillToTake);
  if (rmdPart > 0 && f.payment === 'direct-rollover')
    return [{ field: 'payment', message: `The first part of the payment is this year’s RMD (${rmdPart} dollars), which cannot be rolled over: the plan pays it to you first, and only the rest can go by direct rollover. Check it as a payment to you, or take the RMD first.` }];
  if (f.rolledOverWithin60Days > f.amount - rmdPart)
    return [{ field: 'rolledOverWithin60Days', message: `Only the part above this year’s RMD (${f.amount - rmdPart} dollars) can be rolled over; putting the RMD into an IRA makes an excess contribution.` }];
  return [];
}
