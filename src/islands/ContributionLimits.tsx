/** Contribution limits: the year's deferral limit, the catch-up for the reader's age and any excess (`contribution-limits`). */
import type { ResultOf } from '../engine/index.ts';
import { Bar } from './shared/Bar.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'contribution-limits'>;

export const CONTRIBUTION_GROUPS = [
  { fields: ['taxYear', 'birthDate', 'traditionalDeferrals', 'rothDeferrals', 'priorYearFicaWages'] },
  { title: 'Other plans and what your plan allows', fields: ['otherEmployerDeferrals', 'planOffersCatchUp', 'planOffersAge60To63CatchUp', 'planOffersRoth'] },
];

function headline(r: Result): string {
  return r.excessDeferral > 0
    ? `Your planned deferrals of ${usd(r.plannedDeferrals)} are ${usd(r.excessDeferral)} over your limit of ${usd(r.totalAllowed)}.`
    : `You can defer up to ${usd(r.totalAllowed)} this year; your plans add up to ${usd(r.plannedDeferrals)}.`;
}

export default function ContributionLimits(props: CheckProps<'contribution-limits'>) {
  return (
    <CheckShell<'contribution-limits'> props={props} groups={CONTRIBUTION_GROUPS} headline={headline}>
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
              ['Left out of W-2 box 1 wages', usd(r.excludedFromBox1Wages)],
              ['Taxed now (in box 1 wages)', usd(r.includedInBox1Wages)],
              ['Annual additions limit (you and your employer)', usd(r.annualAdditionsLimit)],
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
