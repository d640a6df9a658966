/** The early-withdrawal result: what taking money out of a 401(k) costs in federal tax, answer first. */
import { WithdrawalResultView, withdrawalHeadline, withdrawalKeyRows } from '../shared/Withdrawal.tsx';
import type { ViewProps } from './view.ts';

export const headline = withdrawalHeadline;

/** The key numbers, for the brief of a worked example or an embedded check: the result view's first list. */
export const keyRows = (r: ViewProps<'early-withdrawal'>['r']) => withdrawalKeyRows(r, true);

export function EarlyWithdrawalResult({ r, id }: ViewProps<'early-withdrawal'>) {
  return <WithdrawalResultView id={id} r={r} lead={<p class="cr-headline">{headline(r)}</p>} />;
}
