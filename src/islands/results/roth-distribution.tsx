/** The Roth 401(k) distribution result: qualified or not, the taxable earnings part if not, and the Roth IRA comparison. */
import { dollars, longDate } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import { WithdrawalResultView, withdrawalKeyRows } from '../shared/Withdrawal.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'roth-distribution'>['r'];

export function headline(r: Result): string {
  // A direct rollover is not a distribution to you: nothing is taxed, so whether it is qualified is not tested.
  if (r.qualified === null) return `A direct rollover is not taxed now: all ${dollars(r.grossAmount)} moves to the new account.`;
  return r.qualified
    ? `This is a qualified distribution: all ${dollars(r.grossAmount)} is tax-free.`
    : `This is not a qualified distribution: ${dollars(r.earningsPart)} of earnings is taxable and ${dollars(r.contributionsPart)} of contributions comes back tax-free.`;
}

/** Qualified or not, and the parts: the first list of the view. */
function qualifiedRows(r: Result): (Row | false)[] {
  return [
    ['Qualified distribution', r.qualified === null ? 'Not tested: a direct rollover is not taxed' : yesNo(r.qualified)],
    // A qualified distribution is tax-free whole (§402A(d)(1)): it is not split into contributions and
    // earnings, and calling its earnings "$0" would misstate them.
    r.qualified === true && ['Tax-free part (a qualified distribution)', dollars(r.grossAmount)],
    r.qualified !== true && ['Contributions part (tax-free)', dollars(r.contributionsPart)],
    r.qualified !== true && ['Earnings part', dollars(r.earningsPart), r.qualified === false],
    r.fiveYearPeriod !== null && ['Five-year period began', longDate(r.fiveYearPeriod.startsOn)],
    r.fiveYearPeriod !== null && [r.fiveYearPeriod.met ? 'Five-year period met on' : 'Five-year period will be met on', longDate(r.fiveYearPeriod.metOn)],
  ];
}

/** The key numbers, for a brief: qualified or not and the parts, then the cost. */
export const keyRows = (r: Result): (Row | false)[] => [...qualifiedRows(r).slice(0, 4), ...withdrawalKeyRows(r, false).slice(1)];

export function RothDistributionResult({ r, id }: ViewProps<'roth-distribution'>) {
  const cmp = r.rothIraComparison;
  return (
    <>
      <WithdrawalResultView
        id={id}
        r={r}
        split={false}
        lead={
          <>
            <p class="cr-headline">{headline(r)}</p>
            <Numbers label="Qualified or not" rows={qualifiedRows(r)} />
          </>
        }
      />
      {r.qualified !== null && (
        <>
          <h4>The same numbers in a Roth IRA</h4>
          <Numbers
            label="Roth IRA ordering against the Roth 401(k) rule"
            rows={[
              ['Taxable under the Roth 401(k) rule (pro rata)', dollars(cmp.roth401kTaxable)],
              ['Taxable under the Roth IRA ordering rules', dollars(cmp.taxable)],
              ['Additional tax before other exceptions, Roth 401(k)', dollars(cmp.roth401kAdditionalTaxBeforeOtherExceptions)],
              ['Additional tax before other exceptions, Roth IRA', dollars(cmp.additionalTaxBeforeOtherExceptions)],
            ]}
          />
          <p class="cr-note">{cmp.summary}</p>
        </>
      )}
    </>
  );
}
