/**
 * The parts of a withdrawal only some checks can reach. Each check gives `validateWithdrawal`, `validateRmdYearOf` and
 * `computeWithdrawal` the parts its own requests can take, so that its chunk carries those rules and no others: a
 * traditional IRA and a direct rollover beside the payment (`traditional-ira.ts`: early-withdrawal), the RMD year of a
 * plan distribution (`plan-rmd-year.ts`) and a 60-day rollover (`sixty-day-rollover.ts`: early-withdrawal and
 * roth-distribution). Every check gives its exception rules: every exception's (`every-exception.ts`), or age 59½
 * alone for a request that claims nothing (`age-59-half-only.ts`: the loan check). A hardship distribution is paid to the participant and cannot be rolled over; a deemed loan
 * distribution pays nothing; neither check's request has a plan type.
 */
import type { ExceptionRules } from './every-exception.ts';
import type { planRmdYear } from './plan-rmd-year.ts';
import type { sixtyDayRollover } from './sixty-day-rollover.ts';
import type { traditionalIra } from './traditional-ira.ts';

export type ReachableRules = { exceptions: ExceptionRules; ira?: typeof traditionalIra; rmdYear?: typeof planRmdYear; rollover?: typeof sixtyDayRollover };

/** The rules of a part a request reaches. A check whose request reaches a part it did not give is a programmer error. */
export function reached<T>(part: T | undefined): T {
  if (!part) throw new Error('withdrawal: the request reaches a part whose rules its check did not give');
  return part;
}
