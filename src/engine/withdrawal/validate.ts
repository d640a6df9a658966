/**
 * Facts a withdrawal request must agree on before any rule runs; each error names the field to fix. These are input
 * checks, not tax rules: the rules themselves assume them.
 */
import { implausibleAge, implausibleStateRate, isCovered, yearNotCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import type { FieldError } from '../core/request-kit.ts';
import { validateAfterTax } from '../rules/after-tax-recovery.ts';
import { separateReturnSpouseErrors } from '../rules/separate-return-spouse.ts';
import type { IraRequest, WithdrawalRequest } from './request.ts';
import { rothYearContradictions } from './roth-first-year.ts';
import { reached, type ReachableRules } from './reachable.ts';

/** `reach`: the parts of a withdrawal the check can reach (`./reachable.ts`). */
export function validateWithdrawal(r: WithdrawalRequest & IraRequest, reach: ReachableRules): FieldError[] {
  const errors: FieldError[] = [];
  const year = yearOf(r.distributionDate);
  if (!isCovered(year)) errors.push(yearNotCovered('distributionDate', year));
  if (r.birthDate >= r.distributionDate) errors.push({ field: 'birthDate', message: 'The birth date must be before the distribution date.' });
  else {
    const tooOld = implausibleAge('birthDate', r.birthDate, year);
    if (tooOld) errors.push(tooOld);
  }
  if (r.amount > r.vestedBalance) errors.push({ field: 'amount', message: 'The distribution cannot be more than the vested balance.' });
  if (r.separatedFromPlanEmployer && !r.separationDate) errors.push({ field: 'separationDate', message: 'Enter the date you left the employer.' });
  if (r.separationDate && r.separationDate <= r.birthDate) errors.push({ field: 'separationDate', message: 'The separation date must be after the birth date.' });
  if (r.accountType === 'roth') {
    if (r.rothFirstContributionYear === undefined) errors.push({ field: 'rothFirstContributionYear', message: 'Enter the first year you made a Roth contribution to this plan.' });
    else if (r.rothFirstContributionYear > year) errors.push({ field: 'rothFirstContributionYear', message: 'The first Roth contribution year cannot be after the distribution year.' });
    else errors.push(...rothYearContradictions('rothFirstContributionYear', r.rothFirstContributionYear, r.birthDate, year));
    if (r.rothRolledInFirstYear !== undefined && r.rothRolledInFirstYear > year) errors.push({ field: 'rothRolledInFirstYear', message: 'This year cannot be after the distribution year.' });
    else if (r.rothRolledInFirstYear !== undefined) errors.push(...rothYearContradictions('rothRolledInFirstYear', r.rothRolledInFirstYear, r.birthDate, year));
  }
  errors.push(...validateAfterTax(r));
  // The part sent by direct rollover beside the payment (Notice 2014-54): only the early-withdrawal check asks it.
  if ((r.directRolloverSameTime ?? 0) !== 0) errors.push(...reached(reach.ira).splitErrors(r));
  if (r.rolledOverWithin60Days > r.amount) errors.push({ field: 'rolledOverWithin60Days', message: 'You cannot roll over more than the distribution.' });
  if (r.payment === 'direct-rollover' && r.rolledOverWithin60Days > 0) errors.push({ field: 'rolledOverWithin60Days', message: 'A direct rollover leaves nothing to roll over within 60 days.' });
  // What each claimed exception must give, and its contradictions (each exception's module, rules/exceptions/<id>.ts).
  errors.push(...reach.exceptions.validateExceptionDetails(r));
  if ((r.planType ?? '401k') === '401k') errors.push(...reach.exceptions.qdroRolloverErrors(r));
  errors.push(...reach.exceptions.correctiveAmountErrors(r));
  const rate = implausibleStateRate('stateTaxRate', r.stateTaxRate);
  if (rate) errors.push(rate);
  errors.push(...separateReturnSpouseErrors(r));
  if (r.planType === 'ira' && r.accountType === 'roth')
    errors.push({ field: 'accountType', message: 'For a Roth IRA, use the Roth distribution check: its ordering rules differ from a traditional IRA’s.' });
  return errors;
}

/** In a year an RMD is due from the plan, the part of a payment that is the RMD (Treas. Reg. §1.402(c)-2, Q&A-7). From
 * an IRA, whose payments are never subject to the mandatory 20%, the RMD part matters only to a 60-day rollover
 * (IRC §408(d)(3)(E)). */
export function validateRmdYearOf(r: WithdrawalRequest & IraRequest, reach: ReachableRules): FieldError[] {
  return (r.planType ?? '401k') === '401k'
    ? reached(reach.rmdYear).validateRmdYear(r)
    : reached(reach.ira).iraRmdRolloverErrors(r);
}
