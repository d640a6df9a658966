/**
 * Emergency personal expense distributions (IRC §72(t)(2)(I); Notice 2024-55): one a calendar year, up to the lesser of
 * the cap or the vested balance above the floor, self-certified; none in the next three calendar years unless the
 * earlier one was repaid or contributions since then make up its unrepaid part.
 */
import { longDate, yearOf } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { clampZero, toCents, usd } from '../../core/money.ts';
import { no, upTo, type ExceptionFacts, type Verdict } from './verdict.ts';

export function emergency(f: ExceptionFacts): Verdict {
  const cap = toCents(figureValue('emergency-cap', f.year));
  const floor = toCents(figureValue('emergency-balance-floor', f.year));
  const lookback = figureValue('emergency-lookback-years', f.year);
  // §72(t)(2)(I): one a calendar year; none in the three calendar years after one unless it was repaid, or the
  // elective deferrals and employee contributions made to the plan since it at least equal the part not repaid.
  let allowed = '';
  if (f.priorEmergencyWithinThreeYears) {
    if (f.priorEmergencyDate && yearOf(f.priorEmergencyDate) === f.year)
      return no(`Only one emergency distribution is allowed a calendar year, and you took one on ${longDate(f.priorEmergencyDate)}.`);
    if (f.priorEmergencyUnrepaid === undefined)
      return no(`An emergency distribution taken in the previous ${lookback} calendar years and not repaid rules out another one, unless your elective deferrals and employee contributions to the plan since then at least equal the part not repaid: enter both to check.`);
    const since = f.contributionsSincePriorEmergency ?? 0;
    if (since < f.priorEmergencyUnrepaid)
      return no(`Your elective deferrals and employee contributions since the earlier emergency distribution (${usd(since)}) are less than its part not repaid (${usd(f.priorEmergencyUnrepaid)}), so no new one is allowed within ${lookback} calendar years of it unless you repay it.`);
    allowed = `Your elective deferrals and employee contributions since the earlier emergency distribution (${usd(since)}) at least equal its part not repaid (${usd(f.priorEmergencyUnrepaid)}), so a new one is allowed. `;
  }
  if (f.vestedBalance === undefined) return { status: 'applies', reason: `${allowed}Up to the lesser of ${usd(cap)} or your vested balance above ${usd(floor)}, once a calendar year.`, cover: 0 };
  const cover = Math.min(cap, clampZero(f.vestedBalance - floor));
  return upTo(cover, cover > 0
    ? `${allowed}The lesser of ${usd(cap)} or your vested balance above ${usd(floor)} (${usd(clampZero(f.vestedBalance - floor))}) = ${usd(cover)} can be excepted.`
    : `Your vested balance of ${usd(f.vestedBalance)} leaves nothing above ${usd(floor)}, so nothing can be excepted.`);
}
