/** The rollover or Roth conversion result: what moving 401(k) money costs this year, and what the forms will show. */
import { cents, dollars, longDate } from '../shared/format.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'rollover'>['r'];

export function headline(r: Result): string {
  if (r.taxableAmount === 0) return `Nothing is taxed: the ${dollars(r.grossAmount)} keeps its tax treatment.`;
  // What is taxed, in the reader's terms: what is converted, what is kept (a payment not put back), or both. A
  // conversion paid to you and not yet put back converts nothing: it is the money kept that is taxed.
  const parts = [
    r.conversion && r.convertedTaxable > 0 && `${dollars(r.convertedTaxable)} is converted and taxed now`,
    r.keptTaxable > 0 && `the ${dollars(r.keptTaxable)} you keep is taxed`,
  ].filter((x): x is string => typeof x === 'string');
  const what = parts.length > 0 ? parts.join(', and ') : `${dollars(r.taxableAmount)} is taxed`;
  return `${what[0]!.toUpperCase()}${what.slice(1)}: about ${dollars(r.totalFederalCost)} of federal tax${r.additionalTax > 0 ? `, including a ${dollars(r.additionalTax)} additional tax` : ''}.`;
}

/** What it moves, what is taxed and what is owed: the view's first list, and the key numbers of a brief. */
export function keyRows(r: Result): (Row | false)[] {
  return [
    ['Amount moved', dollars(r.grossAmount)],
    ['Taxable this year', dollars(r.taxableAmount), true],
    ['Total federal cost', dollars(r.totalFederalCost), true],
    r.rmdYear?.required === true && ['Of it, this year’s RMD (cannot be rolled over)', cents(r.rmdYear.rmdPart)],
    r.rmdYear?.required === true && ['Of it, the part you could roll over', cents(r.rmdYear.rollablePart)],
    r.makeUpNeeded > 0 && ['To add from your own money to roll over it all', dollars(r.makeUpNeeded)],
    r.rolloverDeadline !== null && ['Put the money back by', longDate(r.rolloverDeadline)],
    r.balanceDue > 0 && ['Still owed with your return', dollars(r.balanceDue)],
    r.refund > 0 && ['Refunded with your return', dollars(r.refund)],
  ];
}

export function RolloverResult({ r }: ViewProps<'rollover'>) {
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      <Numbers label="The numbers" rows={keyRows(r)} />
      <Numbers
        label="How it is taxed"
        rows={[
          r.conversion && ['Converted to Roth (taxable, no additional tax)', dollars(r.convertedTaxable)],
          r.kept > 0 && ['Kept (not rolled over)', dollars(r.kept)],
          r.kept > 0 && ['Of that, taxable', dollars(r.keptTaxable)],
          r.basisToRoth > 0 && ['After-tax basis landing in a Roth account', dollars(r.basisToRoth)],
          ['Federal income tax added', dollars(r.incomeTaxAdded)],
          ['Additional tax on early distributions', dollars(r.additionalTax)],
          r.stateTaxEstimate !== null && ['State tax (your estimate)', dollars(r.stateTaxEstimate)],
          r.socialSecurity !== null && r.socialSecurity.madeTaxable > 0 && ['Social Security benefits it makes taxable', dollars(r.socialSecurity.madeTaxable)],
          ['Withheld', dollars(r.withholding)],
          r.inPlanRecapture !== null && ['Additional tax if the converted money comes out before', longDate(r.inPlanRecapture.periodEndsOn)],
          r.rothIraContributionBasis !== null && ['Roth IRA contribution basis it brings', dollars(r.rothIraContributionBasis)],
          r.irrevocable && ['Can it be undone?', 'No: a conversion is final'],
        ]}
      />
      <h4>Tax forms</h4>
      <Numbers
        label="Tax forms"
        rows={[
          ['Form 1099-R, box 7', r.form1099R.box7],
          // The payer fills Form 1099-R to the cent.
          ['Form 1099-R, box 2a (taxable amount)', cents(r.form1099R.box2a)],
        ]}
      />
      {r.estimatedTaxMayBeNeeded && <p class="cr-note">Nothing or too little is withheld: pay estimated tax for this quarter, or have more withheld from your pay, to avoid an underpayment penalty.</p>}
    </>
  );
}
