/** Loss check: whether a loss in a 401(k) is deductible, and what happens instead (the engine's `loss`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'loss'>;

type WashSale = NonNullable<Result['washSale']>;

const WASH_STATUS: Record<WashSale['status'], string> = {
  disallowed: 'Loss disallowed (Rev. Rul. 2008-5)',
  risk: 'At risk: not settled for a purchase inside a 401(k)',
  'outside-window': 'No: the purchase is outside the window',
};

/** The wash-sale rows. Without dates the engine cannot count days; without an amount it cannot name one. */
function washRows(w: WashSale): [string, string][] {
  const rows: [string, string][] = [
    ['Wash sale', WASH_STATUS[w.status]],
    ['Days between sale and purchase', w.daysApart === null ? `No dates given (the window is ${w.windowDays} days before or after the sale)` : `${w.daysApart} (window: ${w.windowDays} days)`],
  ];
  if (w.status === 'disallowed')
    rows.push(['Loss disallowed', w.lossDisallowed === null ? (w.daysApart === null ? 'All of it, if the purchase is within the window' : 'All of it') : usd(w.lossDisallowed)]);
  rows.push(['Basis of the new shares increased', yesNo(w.basisIncreased)]);
  return rows;
}


function headline(r: Result): string {
  return r.deductible ? `You can deduct ${usd(r.deductibleAmount)}.` : 'The loss is not deductible on your federal return.';
}

export default function Loss(props: CheckProps<'loss'>) {
  return (
    <CheckShell<'loss'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="The loss"
            rows={[
              ['Deductible', yesNo(r.deductible)],
              ['Deductible amount', usd(r.deductibleAmount), true],
              r.unrecoveredBasis !== null && ['Contributions not recovered', usd(r.unrecoveredBasis)],
              ['Miscellaneous itemized deductions allowed', yesNo(r.miscellaneousItemizedDeductionsAllowed)],
              ...(r.washSale === null ? [] : washRows(r.washSale)),
            ]}
          />
          <p>{r.whatHappensInstead}</p>
        </>
      )}
    </CheckShell>
  );
}
