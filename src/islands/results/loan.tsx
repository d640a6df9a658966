/** The loan result: how much can be borrowed, and what an offset on leaving or a default would cost. */
import { cents, dollars, dollarsDown, longDate } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'loan'>['r'];

type NonNull<T> = { [K in keyof T]: Exclude<T[K], null> };
type Limit = NonNull<Pick<Result, 'maxNewLoan' | 'totalLoanLimit' | 'dollarLimit' | 'reductionForRecentLoans' | 'reducedDollarLimit' | 'halfVestedBalance' | 'floorApplies' | 'repayBy' | 'termYears' | 'paymentIntervalMonths'>> & Pick<Result, 'requestedAmount' | 'requestedWithinLimit'>;

/** The new loan's limit and term, worked out only for a reader who stays (leaving, no new loan is taken). */
const limitOf = (r: Result): Limit | null => (r.maxNewLoan === null ? null : (r as Limit));

/** When the plan offsets the loan, in the reader's terms. */
const when = (r: Result) => (r.leaving === 'plan-ending' ? 'the plan ends' : 'you leave');

/** Loan limits are maxima: rounded down, so the whole-dollar figure is never over the limit. */
export function headline(r: Result): string {
  const o = r.offset;
  if (o) {
    const cost = o.cost && o.rolledOver < o.amount ? `; if not, it costs about ${dollars(o.cost.asEntered.totalFederalCost)} in federal tax` : '';
    return `Your ${dollars(o.amount)} unpaid loan is offset when ${when(r)}: roll it over by ${longDate(o.rolloverDeadline)}${cost}.`;
  }
  const l = limitOf(r);
  if (!l) return `You owe nothing on a plan loan, so nothing is offset when ${when(r)}.`;
  return `You can borrow up to ${dollarsDown(l.maxNewLoan)} more${l.requestedWithinLimit === false ? `; the ${dollars(l.requestedAmount ?? 0)} you want is over that` : ''}.`;
}

/** The key numbers of a brief: an offset's amount, deadline, cost and code, or the loan limit and term; what a default costs. */
export function keyRows(r: Result): (Row | false)[] {
  const o = r.offset;
  const d = r.default;
  const l = limitOf(r);
  return [
    o !== null && ['Loan offset', dollars(o.amount)],
    o !== null && ['Roll it over by', longDate(o.rolloverDeadline), true],
    o !== null && o.cost !== null && ['If not rolled over: total federal cost', dollars(o.cost.ifNotRolledOver.totalFederalCost), true],
    o !== null && ['Form 1099-R, box 7 code to expect', o.form1099RCode],
    l !== null && ['Largest new loan', dollarsDown(l.maxNewLoan), true],
    l !== null && ['Repay by', `${longDate(l.repayBy)} (${l.termYears} years)`],
    d !== null && ['If not repaid: total federal cost', dollars(d.totalFederalCost), true],
  ];
}

export function LoanResult({ r }: ViewProps<'loan'>) {
  const o = r.offset;
  const d = r.default;
  const l = limitOf(r);
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      {o && (
        <>
          <h4>When {when(r)}: the loan offset</h4>
          <Numbers
            label={`When ${when(r)}: the loan offset`}
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
      {l && (
        <Numbers
          label="How much you can borrow"
          rows={[
            ['Largest new loan', dollarsDown(l.maxNewLoan), true],
            l.requestedWithinLimit !== null && ['The loan you want is within the limit', yesNo(l.requestedWithinLimit)],
            ['Limit on all your plan loans', dollarsDown(l.totalLoanLimit)],
            ['Dollar limit', dollars(l.dollarLimit)],
            ['Reduction for recent loans', dollars(l.reductionForRecentLoans)],
            ['Dollar limit after that reduction', dollarsDown(l.reducedDollarLimit)],
            ['Half your vested balance', dollarsDown(l.halfVestedBalance)],
            ['Small-balance floor applies', yesNo(l.floorApplies)],
            ['Repay by', `${longDate(l.repayBy)} (${l.termYears} years)`],
            ['Payments at least every', `${l.paymentIntervalMonths} months`],
          ]}
        />
      )}
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
