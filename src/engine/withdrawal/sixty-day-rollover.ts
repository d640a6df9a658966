/**
 * The rules of a payment put back within 60 days (IRC §402(c)(3)) and of a rollover finished late (Rev. Proc. 2020-46):
 * reached by the early-withdrawal and roth-distribution checks, which give them to `computeWithdrawal`. A hardship
 * distribution cannot be rolled over (§402(c)(4)(C)) and a deemed loan distribution pays nothing to roll over, so those
 * checks' chunks do not carry them.
 */
import { explainLateRollover } from '../rules/late-rollover.ts';
import { afterSixtyDayRollover } from '../rules/sixty-day-rollover.ts';

export const sixtyDayRollover = { afterSixtyDayRollover, explainLateRollover };
