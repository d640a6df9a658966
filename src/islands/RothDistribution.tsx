/** Roth 401(k) distribution: qualified or not, and the taxable earnings part if not (the engine's `roth-distribution`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';
import { WithdrawalResultView } from './shared/Withdrawal.tsx';

type Result = ResultOf<'roth-distribution'>;


function headline(r: Result): string {
  // A direct rollover is not a distribution to you: nothing is taxed, so whether it is qualified is not tested.
  if (r.qualified === null) return `A direct rollover is not taxed now: all ${usd(r.grossAmount)} moves to the new account.`;
  return r.qualified
    ? `This is a qualified distribution: all ${usd(r.grossAmount)} is tax-free.`
    : `This is not a qualified distribution: ${usd(r.earningsPart)} of earnings is taxable and ${usd(r.contributionsPart)} of contributions comes back tax-free.`;
}

export default function RothDistribution(props: CheckProps<'roth-distribution'>) {
  return (
    <CheckShell<'roth-distribution'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="Qualified or not"
            rows={[
              ['Qualified distribution', r.qualified === null ? 'Not tested: a direct rollover is not taxed' : yesNo(r.qualified)],
              r.fiveYearPeriod !== null && ['Five-year period began', longDate(r.fiveYearPeriod.startsOn)],
              r.fiveYearPeriod !== null && [r.fiveYearPeriod.met ? 'Five-year period met on' : 'Five-year period will be met on', longDate(r.fiveYearPeriod.metOn)],
              ['Contributions part (tax-free)', usd(r.contributionsPart)],
              ['Earnings part', usd(r.earningsPart)],
            ]}
          />
          {r.qualified !== null && (
            <>
              <h4>The same numbers in a Roth IRA</h4>
              <Numbers
                label="Roth IRA ordering against the Roth 401(k) rule"
                rows={[
                  ['Taxable under the Roth 401(k) rule (pro rata)', usd(r.rothIraComparison.roth401kTaxable)],
                  ['Taxable under the Roth IRA ordering rules', usd(r.rothIraComparison.taxable)],
                  ['Additional tax before other exceptions, Roth 401(k)', usd(r.rothIraComparison.roth401kAdditionalTaxBeforeOtherExceptions)],
                  ['Additional tax before other exceptions, Roth IRA', usd(r.rothIraComparison.additionalTaxBeforeOtherExceptions)],
                ]}
              />
              <p class="cr-note">{r.rothIraComparison.summary}</p>
            </>
          )}
          <WithdrawalResultView ns={props.ns} r={r} headline={false} />
        </>
      )}
    </CheckShell>
  );
}
