/** Loan check: how much can be borrowed and what a default would cost (the engine's `loan`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'loan'>;



function headline(r: Result): string {
  if (r.offset) {
    const cost = r.offset.cost && r.offset.rolledOver < r.offset.amount ? `; if not, it costs about ${usd(r.offset.cost.asEntered.totalFederalCost)} in federal tax` : '';
    return `Your ${usd(r.offset.amount)} unpaid loan is offset when you leave: roll it over by ${longDate(r.offset.rolloverDeadline)}${cost}.`;
  }
  return `You can borrow up to ${usd(r.maxNewLoan)} more${r.requestedWithinLimit === false ? `; the ${usd(r.requestedAmount ?? 0)} you want is over that` : ''}.`;
}

export default function Loan(props: CheckProps<'loan'>) {
  return (
    <CheckShell<'loan'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="How much you can borrow"
            rows={[
              ['Dollar limit', usd(r.dollarLimit)],
              ['Reduction for recent loans', usd(r.reductionForRecentLoans)],
              ['Dollar limit after that reduction', usd(r.reducedDollarLimit)],
              ['Half your vested balance', usd(r.halfVestedBalance)],
              ['Small-balance floor applies', yesNo(r.floorApplies)],
              ['Limit on all your plan loans', usd(r.totalLoanLimit)],
              ['Largest new loan', usd(r.maxNewLoan), true],
              r.requestedWithinLimit !== null && ['The loan you want is within the limit', yesNo(r.requestedWithinLimit)],
              ['Repay by', `${longDate(r.repayBy)} (${r.termYears} years)`],
              ['Payments at least every', `${r.paymentIntervalMonths} months`],
            ]}
          />
          {r.offset && (
            <>
              <h4>When you leave: the loan offset</h4>
              <Numbers
                label="When you leave: the loan offset"
                rows={[
                  ['Loan offset', usd(r.offset.amount)],
                  ['Offset on', longDate(r.offset.offsetDate)],
                  ['Roll it over by', longDate(r.offset.rolloverDeadline), true],
                  r.offset.dueDateWithoutExtension !== null && ['Your return is due (without an extension)', longDate(r.offset.dueDateWithoutExtension)],
                  r.offset.rolledOver > 0 && ['You roll over', usd(r.offset.rolledOver)],
                  r.offset.cost !== null && ['If not rolled over: federal income tax', usd(r.offset.cost.ifNotRolledOver.incomeTaxAdded)],
                  r.offset.cost !== null && ['If not rolled over: additional tax', usd(r.offset.cost.ifNotRolledOver.additionalTax)],
                  r.offset.cost !== null && ['If not rolled over: total federal cost', usd(r.offset.cost.ifNotRolledOver.totalFederalCost), true],
                  r.offset.cost !== null && r.offset.rolledOver > 0 && ['With what you roll over: total federal cost', usd(r.offset.cost.asEntered.totalFederalCost)],
                  ['Form 1099-R, box 7 code to expect', r.offset.form1099RCode],
                ]}
              />
            </>
          )}
          {r.default && (
            <>
              <h4>If the loan were not repaid</h4>
              <Numbers
                label="If the loan were not repaid"
                rows={[
                  ['Treated as a distribution', usd(r.default.deemedDistribution)],
                  ['Taxable amount', usd(r.default.taxableAmount)],
                  ['Federal income tax added', usd(r.default.incomeTaxAdded)],
                  ['Additional tax on early distributions', usd(r.default.additionalTax)],
                  ['Total federal cost', usd(r.default.totalFederalCost), true],
                  r.default.stateTaxEstimate !== null && ['State tax (your estimate)', usd(r.default.stateTaxEstimate)],
                  ['Form 1099-R, box 7 code to expect', r.default.form1099RCode],
                  ['Can be rolled over', yesNo(r.default.rolloverEligible)],
                ]}
              />
            </>
          )}
        </>
      )}
    </CheckShell>
  );
}
