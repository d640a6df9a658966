/** Rollover or Roth conversion: what moving 401(k) money costs this year (the engine's `rollover`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';



type RolloverResult = ResultOf<'rollover'>;

function headline(r: RolloverResult): string {
  if (r.taxableAmount === 0) return `Nothing is taxed: the ${usd(r.grossAmount)} keeps its tax treatment.`;
  const what = r.conversion ? `${usd(r.convertedTaxable)} is converted and taxed now` : `${usd(r.keptTaxable)} you keep is taxed`;
  return `${what[0]!.toUpperCase()}${what.slice(1)}: about ${usd(r.totalFederalCost)} of federal tax${r.additionalTax > 0 ? `, including a ${usd(r.additionalTax)} additional tax` : ''}.`;
}

export default function Rollover(props: CheckProps<'rollover'>) {
  return (
    <CheckShell<'rollover'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="The numbers"
            rows={[
              ['Amount moved', usd(r.grossAmount)],
              r.conversion && ['Converted to Roth (taxable, no additional tax)', usd(r.convertedTaxable)],
              r.kept > 0 && ['Kept (not rolled over)', usd(r.kept)],
              r.kept > 0 && ['Of that, taxable', usd(r.keptTaxable)],
              ['Taxable this year', usd(r.taxableAmount), true],
              r.basisToRoth > 0 && ['After-tax basis landing in a Roth account', usd(r.basisToRoth)],
              ['Federal income tax added', usd(r.incomeTaxAdded)],
              ['Additional tax on early distributions', usd(r.additionalTax)],
              ['Total federal cost', usd(r.totalFederalCost), true],
              r.stateTaxEstimate !== null && ['State tax (your estimate)', usd(r.stateTaxEstimate)],
              r.socialSecurity !== null && r.socialSecurity.madeTaxable > 0 && ['Social Security benefits it makes taxable', usd(r.socialSecurity.madeTaxable)],
              ['Withheld', usd(r.withholding)],
              r.makeUpNeeded > 0 && ['To add from your own money to roll over it all', usd(r.makeUpNeeded)],
              r.rolloverDeadline !== null && ['Put the money back by', longDate(r.rolloverDeadline)],
              r.balanceDue > 0 && ['Still owed with your return', usd(r.balanceDue)],
              r.refund > 0 && ['Refunded with your return', usd(r.refund)],
              r.inPlanRecapture !== null && ['Additional tax if the converted money comes out before', longDate(r.inPlanRecapture.periodEndsOn)],
              r.rothIraContributionBasis !== null && ['Roth IRA contribution basis it brings', usd(r.rothIraContributionBasis)],
              ['Form 1099-R, box 7', r.form1099R.box7],
              ['Form 1099-R, box 2a (taxable amount)', usd(r.form1099R.box2a)],
              r.irrevocable && ['Can it be undone?', 'No: a conversion is final'],
            ]}
          />
          {r.estimatedTaxMayBeNeeded && <p class="cr-note">Nothing or too little is withheld: pay estimated tax for this quarter, or have more withheld from your pay, to avoid an underpayment penalty.</p>}
        </>
      )}
    </CheckShell>
  );
}
