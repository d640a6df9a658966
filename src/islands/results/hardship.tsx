/** The hardship result: how much to take out to net the need after tax, whether the plan can pay it, what it costs. */
import { dollars } from '../shared/format.ts';
import { yesNo } from '../shared/labels.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import { WithdrawalResultView, withdrawalKeyRows } from '../shared/Withdrawal.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'hardship'>['r'];

export function headline(r: Result): string {
  const cost =
    r.grossAmountNeeded !== null
      ? `To have ${dollars(r.amountNeeded)} in hand after taxes, withdraw about ${dollars(r.grossAmountNeeded)}; it costs about ${dollars(r.totalFederalCost)} in federal tax.`
      : `Your vested balance cannot cover ${dollars(r.amountNeeded)} after taxes; the most it gives is shown below.`;
  // Whether the plan can pay it at all comes first when the answer is no or doubtful (Treas. Reg. §1.401(k)-1(d)(3)).
  if (r.offeredByPlan === false) return `Your plan does not accept this need, so it cannot pay a hardship withdrawal for it. If it could: ${cost}`;
  if (!r.safeHarbor) return `${cost} This need is not one of the safe-harbor needs, so a plan that uses them will not pay it.`;
  return cost;
}

const neededRow = (r: Result): Row => ['Withdrawal needed to net your amount', r.grossAmountNeeded === null ? 'Your vested balance cannot cover this need' : dollars(r.grossAmountNeeded), true];

/** The key numbers, for a brief: what to withdraw, then what it costs and what is kept. */
export const keyRows = (r: Result): (Row | false)[] => [neededRow(r), ...withdrawalKeyRows(r, true)];

export function HardshipResult({ r, id }: ViewProps<'hardship'>) {
  return (
    <WithdrawalResultView
      id={id}
      r={r}
      lead={
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="The hardship rules"
            rows={[
              neededRow(r),
              ['A safe-harbor need', yesNo(r.safeHarbor)],
              ['Accepted by your plan', yesNo(r.offeredByPlan, 'Not given; check your plan’s terms')],
              ['Can be rolled over', yesNo(r.rolloverEligible)],
              ['Can be paid back', yesNo(r.repayable)],
            ]}
          />
        </>
      }
    />
  );
}
