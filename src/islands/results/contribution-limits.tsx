/** The contribution-limits result: the year's limit for the reader's age, what is planned against it, any excess. */
import { Bar } from '../shared/Bar.tsx';
import { dollars, dollarsDown, longDate } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'contribution-limits'>['r'];

export function headline(r: Result): string {
  return r.excessDeferral > 0
    ? `Your planned deferrals of ${dollars(r.plannedDeferrals)} are ${dollars(r.excessDeferral)} over your limit of ${dollars(r.totalAllowed)}.`
    : `You can defer up to ${dollars(r.totalAllowed)} this year; your plans add up to ${dollars(r.plannedDeferrals)}.`;
}

/** The limit and what is planned against it: the view's first list, and the key numbers of a brief. */
export function keyRows(r: Result): (Row | false)[] {
  const se = r.selfEmployed;
  return [
    ['Total you can defer', dollars(r.totalAllowed), true],
    ['Planned deferrals, all plans', dollars(r.plannedDeferrals)],
    ['Excess deferral', dollars(r.excessDeferral), true],
    r.excessCorrectionDeadline !== null && ['Correct the excess by', longDate(r.excessCorrectionDeadline)],
    r.catchUpRothShortfall > 0 && ['Catch-up that must move to Roth', dollars(r.catchUpRothShortfall)],
    !!se && ['Most you can put in altogether', dollarsDown(se.maxContribution), true],
  ];
}

export function ContributionLimitsResult({ r, id }: ViewProps<'contribution-limits'>) {
  const se = r.selfEmployed;
  const aa = r.annualAdditions;
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      <Numbers label="Your limit" rows={keyRows(r)} />
      {/* Every planned dollar is within the limit or over it; a limit not reached shows the room left. */}
      <Bar
        id={id}
        caption={`Your ${dollars(r.plannedDeferrals)} of planned deferrals against your ${dollars(r.totalAllowed)} limit`}
        parts={[
          { label: 'Within the limit', value: r.plannedDeferrals - r.excessDeferral, tone: 'kept' },
          { label: 'Over the limit', value: r.excessDeferral, tone: 'tax2' },
          { label: 'Room left under the limit', value: Math.max(0, r.totalAllowed - r.plannedDeferrals), tone: 'other' },
        ]}
      />
      <Numbers
        label="How the limit is made"
        rows={[
          ['Age at the end of the year', String(r.ageAtYearEnd)],
          ['Elective deferral limit', dollars(r.baseLimit)],
          ['Catch-up for your age', dollars(r.catchUpForAge)],
          ['Catch-up your plan allows', dollars(r.catchUpAllowed)],
          ['Catch-up used', dollars(r.catchUpUsed)],
          ['Catch-ups must be Roth', yesNo(r.rothCatchUpRequired)],
        ]}
      />
      <Numbers
        label="Taxes and other limits"
        rows={[
          !se && ['Left out of W-2 box 1 wages', dollars(r.excludedFromBox1Wages)],
          !se && ['Taxed now (in box 1 wages)', dollars(r.includedInBox1Wages)],
          // §402(g)(1)(A): a pre-tax excess is income for the year deferred, whatever box 1 shows.
          !se && r.excessIncludedInIncome > 0 && ['Also income this year: the pre-tax deferrals over the limit', dollars(r.excessIncludedInIncome), true],
          !!se && ['Net earnings from self-employment', dollars(se.netEarnings)],
          !!se && ['Most the business may contribute for you as employer', dollarsDown(se.maxEmployerContribution)],
          !!se && se.employerContributionOverLimit > 0 && ['Employer contribution over that limit', dollars(se.employerContributionOverLimit)],
          !!se && ['Deducted on Schedule 1 (Form 1040), line 16', dollars(se.schedule1Line16Deduction), true],
          !!se && ['Elect deferrals by', longDate(se.deferralElectionDeadline)],
          !!se && ['Employer contribution by (with an extension)', longDate(se.employerContributionDeadlineExtended)],
          !se && r.employerDeductionLimit != null && ['Employer’s deduction limit for your pay (all participants share it)', dollars(r.employerDeductionLimit)],
          !!aa && ['Annual additions: deferrals, employer and after-tax', dollars(aa.total)],
          !!aa && ['Annual additions limit for you at this employer', dollars(aa.limit)],
          !!aa && aa.over > 0 && ['Over the annual additions limit', dollars(aa.over), true],
          !!r.form5500EZ && ['Form 5500-EZ due for the year', yesNo(r.form5500EZ.required)],
          !aa && ['Annual additions limit (you and your employer)', dollars(r.annualAdditionsLimit)],
        ]}
      />
      <p class="cr-note">{r.note}</p>
    </>
  );
}
