/** The early-withdrawal result: what taking money out of a 401(k) costs in federal tax, answer first. */
import { WithdrawalResultView, withdrawalHeadline } from '../shared/Withdrawal.tsx';
import type { ViewProps } from './view.ts';

export const headline = withdrawalHeadline;

export function EarlyWithdrawalResult({ r, id }: ViewProps<'early-withdrawal'>) {
  return <WithdrawalResultView id={id} r={r} lead={<p class="cr-headline">{headline(r)}</p>} />;
}
