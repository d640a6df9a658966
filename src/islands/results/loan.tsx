/** The loan result: how much can be borrowed, and what an offset on leaving or a default would cost. */
import { cents, dollars, dollarsDown, longDate } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'loan'>['r'];

/** Loan limits are maxima: rounded down, so the whole-dollar figure is never over the limit. */
export function headline(r: Result): string {
  if (r.offset) {
    const cost = r.offset.cost && r.offset.rolledOver < r.offset.amount ? `; if not, it costs about ${dollars(r.offset.cost.asEntered.totalFederalCost)} in federal tax` : '';
    return `Your ${dollars(r.offset.amount)} unpaid loan is offset when you leave: roll it over by ${longDate(r.offset.rolloverDeadline)}${cost}.`;
  }
  return `You can borrow up to ${dollarsDown(r.maxNewLoan)} more${r.requestedWithinLimit === false ? `; the ${dollars(r.requestedAmount ?? 0)} you want is over that` : ''}.`;
}

/** The key numbers of a brief: an offset's deadline and cost, or the loan limit and term; what a default costs. */
export function keyRows(r: Result): (Row | false)[] {
  const o = r.offset;
  const d = r.default;
  return [
    o !== null && ['Loan offset', dollars(o.amount)],
    o !== null && ['Roll it over by', longDate(o.rolloverDeadline), true],
    o !== null && o.cost !== null && ['If not rolled over: total federal cost', dollars(o.cost.ifNotRolledOver.totalFederalCost), true],
    ['Largest new loan', dollarsDown(r.maxNewLoan), true],
    o === null && ['Repay by', `${longDate(r.repayBy)} (${r.termYears} years)`],
    d !== null && ['If not repaid: total federal cost', dollars(d.totalFederalCost), true],
  ];
}

export function LoanResult({ r }: ViewProps<'loan'>) {
  const o = r.offset;
  const d = r.default;
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      {o && (
        <>
          <h4>When you leave: the loan offset</h4>
          <Numbers
            label="When you leave: the loan offset"
            rows={[
              ['Loan offset', dollars(o.amount)],
              ['Roll it over by', longDate(o.rolloverDeadline), true],
              o.cost !== null && ['If not rolled over: total federal cost', dollars(o.cost.ifNotRolledOver.totalFederalCost), true],
              o.cost !== null && o.rolledOver > 0 && ['With what you roll over: total federal cost', dollars(o.cost.asEntered.totalFederalCost)],
              o.cost !== null && ['If not rolled over: federal income tax', dollars(o.cost.ifNotRolledOver.incomeTaxAdded)],
              o.cost !== null && ['If not rolled over: additional tax', dollars(o.cost.ifNotRolledOver.additionalTax)],
              ['Offset on', longDate(o.offsetDate)],
              o.dueDateWithoutExtension !== null && ['Your return is due (without an extension)', longDate(o.dueDateWithoutExtension)],
              o.rmdYear?.required === true && ['Of the offset, this year’s RMD (cannot be rolled over)', cents(o.rmdYear.rmdPart)],
              o.rmdYear?.required === true && ['Of the offset, the part you could roll over', cents(o.rmdYear.rollablePart)],
              o.rolledOver > 0 && ['You roll over', dollars(o.rolledOver)],
              ['Form 1099-R, box 7 code to expect', o.form1099RCode],
            ]}
          />
        </>
      )}
      <Numbers
        label="How much you can borrow"
        rows={[
          ['Largest new loan', dollarsDown(r.maxNewLoan), true],
          r.requestedWithinLimit !== null && ['The loan you want is within the limit', yesNo(r.requestedWithinLimit)],
          ['Limit on all your plan loans', dollarsDown(r.totalLoanLimit)],
          ['Dollar limit', dollars(r.dollarLimit)],
          ['Reduction for recent loans', dollars(r.reductionForRecentLoans)],
          ['Dollar limit after that reduction', dollarsDown(r.reducedDollarLimit)],
          ['Half your vested balance', dollarsDown(r.halfVestedBalance)],
          ['Small-balance floor applies', yesNo(r.floorApplies)],
          ['Repay by', `${longDate(r.repayBy)} (${r.termYears} years)`],
          ['Payments at least every', `${r.paymentIntervalMonths} months`],
        ]}
      />
      {d && (
        <>
          <h4>If the loan were not repaid</h4>
          <Numbers
            label="If the loan were not repaid"
            rows={[
              ['Treated as a distribution', dollars(d.deemedDistribution)],
              ['Total federal cost', dollars(d.totalFederalCost), true],
              ['Taxable amount', dollars(d.taxableAmount)],
              ['Federal income tax added', dollars(d.incomeTaxAdded)],
              ['Additional tax on early distributions', dollars(d.additionalTax)],
              d.stateTaxEstimate !== null && ['State tax (your estimate)', dollars(d.stateTaxEstimate)],
              ['Form 1099-R, box 7 code to expect', d.form1099RCode],
              ['Can be rolled over', yesNo(d.rolloverEligible)],
            ]}
          />
        </>
      )}
    </>
  );
}
