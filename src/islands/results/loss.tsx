/** The loss result: whether a loss in (or around) a 401(k) is deductible, and what happens instead. */
import { dollars } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'loss'>['r'];
type WashSale = NonNullable<Result['washSale']>;

const WASH_STATUS: Record<WashSale['status'], string> = {
  disallowed: 'Loss disallowed (Rev. Rul. 2008-5)',
  risk: 'At risk: not settled for a purchase inside a 401(k)',
  'outside-window': 'No: the purchase is outside the window',
};

/** The wash-sale rows. Without dates the engine cannot count days; without an amount it cannot name one. */
function washRows(w: WashSale): Row[] {
  // Without dates the rule's answer holds only if the purchase falls inside the window: every row says so.
  const ifInside = w.daysApart === null ? ', if the purchase is within the window' : '';
  const rows: Row[] = [
    ['Wash sale', w.status === 'disallowed' && ifInside ? 'If the purchase is within the window: loss disallowed (Rev. Rul. 2008-5)' : WASH_STATUS[w.status]],
    ['Days between sale and purchase', w.daysApart === null ? `No dates given (the window is ${w.windowDays} days before or after the sale)` : `${w.daysApart} (window: ${w.windowDays} days)`],
  ];
  if (w.status === 'disallowed') rows.push(['Loss disallowed', `${w.lossDisallowed === null ? 'All of it' : dollars(w.lossDisallowed)}${ifInside}`]);
  rows.push(['Basis of the new shares increased', yesNo(w.basisIncreased)]);
  return rows;
}

/** The answer in the reader's terms: a loss inside the account, or a taxable sale and what the wash-sale rule does to it. */
export function headline(r: Result): string {
  const w = r.washSale;
  if (w === null) return 'The loss is not deductible on your federal return.';
  if (r.deductible === true)
    return `You can deduct ${r.deductibleAmount === null ? 'the loss' : `the ${dollars(r.deductibleAmount)} loss`} on the taxable sale as a capital loss: the purchase is outside the wash-sale window.`;
  if (r.deductible === null) return 'Whether you can deduct the loss on the taxable sale is not settled: your 401(k) bought the same stock within the wash-sale window.';
  return w.daysApart === null
    ? `If your IRA bought the same stock within ${w.windowDays} days of the sale, the loss on the taxable sale is not deductible, now or later.`
    : 'The loss on the taxable sale is not deductible, now or later: your IRA bought the same stock within the wash-sale window.';
}

/** The key numbers of a brief: deductible or not, and the wash-sale verdict when there is a taxable sale. */
export function keyRows(r: Result): Row[] {
  return lossRows(r).filter((row): row is Row => !!row).slice(0, 2);
}

function lossRows(r: Result): (Row | false)[] {
  return [
    ['Deductible', r.deductible === false && r.washSale?.daysApart === null ? 'No, if the purchase is within the window' : yesNo(r.deductible, 'Not settled')],
    r.deductible === true && r.deductibleAmount !== null && ['Deductible capital loss', dollars(r.deductibleAmount), true],
    r.unrecoveredBasis !== null && ['Contributions not recovered', dollars(r.unrecoveredBasis)],
    ['Miscellaneous itemized deductions allowed', yesNo(r.miscellaneousItemizedDeductionsAllowed)],
    ...(r.washSale === null ? [] : washRows(r.washSale)),
  ];
}

export function LossResult({ r }: ViewProps<'loss'>) {
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      <Numbers label="The loss" rows={lossRows(r)} />
      <p>{r.whatHappensInstead}</p>
    </>
  );
}
