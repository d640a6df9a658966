/** Loan check: how much can be borrowed and what a default would cost (the engine's `loan`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'loan'>;

export const LOAN_GROUPS = [
  { fields: ['loanDate', 'vestedBalance', 'outstandingBalance', 'highestBalanceLast12Months', 'requestedAmount', 'planAllowsFloor'] },
  { title: 'If the loan were not repaid', fields: ['birthDate', 'defaultDate', 'balanceAtDefault', 'otherIncome', 'filingStatus', 'stateTaxRate', 'spouseBirthDate', 'blind', 'spouseBlind', 'itemizedDeductions'] },
];

function headline(r: Result): string {
  return `You can borrow up to ${usd(r.maxNewLoan)} more${r.requestedWithinLimit === false ? `; the ${usd(r.requestedAmount ?? 0)} you want is over that` : ''}.`;
}

export default function Loan(props: CheckProps<'loan'>) {
  return (
    <CheckShell<'loan'> props={props} groups={LOAN_GROUPS} yearFromDate="loanDate" headline={headline}>
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
