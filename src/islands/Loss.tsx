/** Loss check: whether a loss in a 401(k) is deductible, and what happens instead (the engine's `loss`). */
import { CheckShell } from './shared/CheckShell.tsx';
import { usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = {
  taxYear: number;
  deductible: boolean;
  deductibleAmount: number;
  unrecoveredBasis: number | null;
  miscellaneousItemizedDeductionsAllowed: boolean;
  washSale: { status: string; windowDays: number; daysApart: number; lossDisallowed: number; basisIncreased: boolean } | null;
  whatHappensInstead: string;
};

export const LOSS_GROUPS = [{ fields: ['taxYear', 'situation', 'accountType', 'lossAmount', 'basis', 'amountReceived', 'saleDate', 'repurchaseDate'] }];

function headline(r: Result): string {
  return r.deductible ? `You can deduct ${usd(r.deductibleAmount)}.` : 'The loss is not deductible on your federal return.';
}

export default function Loss(props: CheckProps) {
  return (
    <CheckShell<Result> props={props} groups={LOSS_GROUPS} headline={headline}>
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
              r.washSale !== null && ['Wash sale', r.washSale.status.replace(/-/g, ' ')],
              r.washSale !== null && ['Days between sale and purchase', `${r.washSale.daysApart} (window: ${r.washSale.windowDays} days)`],
              r.washSale !== null && ['Loss disallowed', usd(r.washSale.lossDisallowed)],
              r.washSale !== null && ['Basis of the new shares increased', yesNo(r.washSale.basisIncreased)],
            ]}
          />
          <p>{r.whatHappensInstead}</p>
        </>
      )}
    </CheckShell>
  );
}
