/** Hardship withdrawal: how much to take out to net a need after tax, and what it costs (the engine's `hardship`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { usd } from './shared/format.ts';
import { yesNo } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';
import { WithdrawalResultView } from './shared/Withdrawal.tsx';

type Result = ResultOf<'hardship'>;


function headline(r: Result): string {
  return r.grossAmountNeeded !== null
    ? `To have ${usd(r.amountNeeded)} in hand after taxes, you would withdraw about ${usd(r.grossAmountNeeded)}, costing ${usd(r.totalFederalCost)} in federal tax.`
    : `Your vested balance cannot cover ${usd(r.amountNeeded)} after taxes; the most it gives is shown below.`;
}

export default function Hardship(props: CheckProps<'hardship'>) {
  return (
    <CheckShell<'hardship'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="The hardship rules"
            rows={[
              ['A safe-harbor need', yesNo(r.safeHarbor)],
              ['Accepted by your plan', yesNo(r.offeredByPlan, 'Not given; check your plan’s terms')],
              ['Withdrawal needed to net your amount', r.grossAmountNeeded === null ? 'Your vested balance cannot cover this need' : usd(r.grossAmountNeeded), true],
              ['Can be rolled over', yesNo(r.rolloverEligible)],
              ['Can be paid back', yesNo(r.repayable)],
            ]}
          />
          <WithdrawalResultView ns={props.ns} r={r} headline={false} />
        </>
      )}
    </CheckShell>
  );
}
