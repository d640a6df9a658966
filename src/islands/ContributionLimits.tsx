/** Contribution limits: the year's deferral limit, the catch-up for the reader's age and any excess (`contribution-limits`). */
import type { ResultOf } from '../engine/index.ts';
import { Bar } from './shared/Bar.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'contribution-limits'>;



function headline(r: Result): string {
  return r.excessDeferral > 0
    ? `Your planned deferrals of ${usd(r.plannedDeferrals)} are ${usd(r.excessDeferral)} over your limit of ${usd(r.totalAllowed)}.`
    : `You can defer up to ${usd(r.totalAllowed)} this year; your plans add up to ${usd(r.plannedDeferrals)}.`;
}

export default function ContributionLimits(props: CheckProps<'contribution-limits'>) {
  return (
    <CheckShell<'contribution-limits'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="Your limit"
            rows={[
              ['Age at the end of the year', String(r.ageAtYearEnd)],
              ['Elective deferral limit', usd(r.baseLimit)],
              ['Catch-up for your age', usd(r.catchUpForAge)],
              ['Catch-up your plan allows', usd(r.catchUpAllowed)],
              ['Total you can defer', usd(r.totalAllowed), true],
              ['Planned deferrals, all plans', usd(r.plannedDeferrals)],
              ['Catch-up used', usd(r.catchUpUsed)],
              ['Excess deferral', usd(r.excessDeferral), true],
              r.excessCorrectionDeadline !== null && ['Correct the excess by', longDate(r.excessCorrectionDeadline)],
              ['Catch-ups must be Roth', yesNo(r.rothCatchUpRequired)],
              r.catchUpRothShortfall > 0 && ['Catch-up that must move to Roth', usd(r.catchUpRothShortfall)],
              !r.selfEmployed && ['Left out of W-2 box 1 wages', usd(r.excludedFromBox1Wages)],
              !r.selfEmployed && ['Taxed now (in box 1 wages)', usd(r.includedInBox1Wages)],
              !!r.selfEmployed && ['Net earnings from self-employment', usd(r.selfEmployed.netEarnings)],
              !!r.selfEmployed && ['Most the business may contribute for you as employer', usd(r.selfEmployed.maxEmployerContribution)],
              !!r.selfEmployed && r.selfEmployed.employerContributionOverLimit > 0 && ['Employer contribution over that limit', usd(r.selfEmployed.employerContributionOverLimit)],
              !!r.selfEmployed && ['Most you can put in altogether', usd(r.selfEmployed.maxContribution)],
              !!r.selfEmployed && ['Deducted on Schedule 1 (Form 1040), line 16', usd(r.selfEmployed.schedule1Line16Deduction), true],
              !!r.selfEmployed && ['Elect deferrals by', longDate(r.selfEmployed.deferralElectionDeadline)],
              !!r.selfEmployed && ['Employer contribution by (with an extension)', longDate(r.selfEmployed.employerContributionDeadlineExtended)],
              !r.selfEmployed && r.employerDeductionLimit != null && ['Employer’s deduction limit for your pay (all participants share it)', usd(r.employerDeductionLimit)],
              !!r.annualAdditions && ['Annual additions: deferrals, employer and after-tax', usd(r.annualAdditions.total)],
              !!r.annualAdditions && ['Annual additions limit for you at this employer', usd(r.annualAdditions.limit)],
              !!r.annualAdditions && r.annualAdditions.over > 0 && ['Over the annual additions limit', usd(r.annualAdditions.over), true],
              !!r.form5500EZ && ['Form 5500-EZ due for the year', yesNo(r.form5500EZ.required)],
              !r.annualAdditions && ['Annual additions limit (you and your employer)', usd(r.annualAdditionsLimit)],
            ]}
          />
          <Bar
            id={props.ns}
            caption={`Your ${usd(r.plannedDeferrals)} of planned deferrals`}
            parts={[
              { label: 'Within the limit, left out of taxable wages', value: r.excludedFromBox1Wages, tone: 'kept' },
              { label: 'Within the limit, taxed now', value: r.includedInBox1Wages, tone: 'tax' },
              { label: 'Over the limit', value: r.excessDeferral, tone: 'tax2' },
            ]}
          />
          <p class="cr-note">{r.note}</p>
        </>
      )}
    </CheckShell>
  );
}
