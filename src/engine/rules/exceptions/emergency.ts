/**
 * Emergency personal expense distributions (IRC §72(t)(2)(I); Notice 2024-55): one a calendar year, up to the lesser of
 * the cap or the vested balance above the floor, self-certified; none in the next three calendar years unless the
 * earlier one was repaid or contributions since then make up its unrepaid part. Repayable within three years.
 */
import { inForceOn } from '../../../data/dated.ts';
import { prose } from '../../../data/prose.ts';
import { longDate, yearOf } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { clampZero, toCents, usd, type Cents } from '../../core/money.ts';
import { boolean, date, money, optional, withDefault, type FieldError } from '../../core/request-kit.ts';
import { windowAfterReceipt } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { no, upTo } from './verdict.ts';

const entry = catalogEntry('emergency');

type Facts = { priorEmergencyWithinThreeYears: boolean; priorEmergencyDate: string | undefined; priorEmergencyUnrepaid: Cents | undefined; contributionsSincePriorEmergency: Cents };

export const emergency = defineException({
  id: 'emergency',
  fields: {
    priorEmergencyWithinThreeYears: withDefault(
      boolean({ label: prose('You took an emergency personal expense distribution this year or in the previous {emergency-lookback-years:word} years and have not repaid it'), group: GROUPS.exceptions }),
      false,
    ),
    priorEmergencyDate: optional(date({ label: 'Date of that earlier emergency distribution', group: GROUPS.exceptions, shownWhen: { field: 'priorEmergencyWithinThreeYears', is: true } })),
    priorEmergencyUnrepaid: optional(money({ label: 'Part of that earlier emergency distribution not repaid', group: GROUPS.exceptions, shownWhen: { field: 'priorEmergencyWithinThreeYears', is: true } })),
    contributionsSincePriorEmergency: withDefault(
      money({ label: 'Your contributions to the plan since that earlier emergency distribution', help: 'Elective deferrals and employee contributions.', group: GROUPS.exceptions, shownWhen: { field: 'priorEmergencyWithinThreeYears', is: true } }),
      0,
    ),
  },
  facts: (r): Facts => ({
    priorEmergencyWithinThreeYears: r.priorEmergencyWithinThreeYears, priorEmergencyDate: r.priorEmergencyDate,
    priorEmergencyUnrepaid: r.priorEmergencyUnrepaid === undefined ? undefined : toCents(r.priorEmergencyUnrepaid),
    contributionsSincePriorEmergency: toCents(r.contributionsSincePriorEmergency),
  }),
  finder: { purpose: { key: 'emergency', label: 'A personal or family emergency' } },
  judge: (f) => {
    const cap = toCents(figureValue(entry.capFigure!, f.year));
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
  },
  repayment: (receivedOn, year) =>
    windowAfterReceipt(entry, receivedOn, year, undefined, ` Repaying it in full also lets you take another emergency distribution within the next ${prose('{emergency-lookback-years:word}')} calendar years.`),
  notEligibleRollover: true,
  validate: (r, year) => {
    const errors: FieldError[] = [];
    if (!new Set(r.claims).has('emergency') || !r.priorEmergencyWithinThreeYears) return errors;
    const lookback = figureValue('emergency-lookback-years', year);
    const start = entry.effectiveFrom!;
    if (r.priorEmergencyDate !== undefined) {
      if (r.priorEmergencyDate >= r.distributionDate)
        errors.push({ field: 'priorEmergencyDate', message: 'The earlier emergency distribution must be before this one.' });
      else if (!inForceOn(entry, r.priorEmergencyDate))
        errors.push({ field: 'priorEmergencyDate', message: `Emergency personal expense distributions exist only from ${yearOf(start)}; an earlier distribution does not limit this one.` });
      else if (yearOf(r.priorEmergencyDate) < year - lookback)
        errors.push({ field: 'priorEmergencyDate', message: `That is more than ${lookback} calendar years before this distribution, so it does not limit this one; answer no to the question about an earlier emergency distribution.` });
    }
    if (r.priorEmergencyUnrepaid !== undefined) {
      const cap = figureValue(entry.capFigure!, year);
      if (r.priorEmergencyUnrepaid === 0)
        errors.push({ field: 'priorEmergencyUnrepaid', message: 'If the earlier emergency distribution is fully repaid, it does not limit this one; answer no to the question about it.' });
      else if (r.priorEmergencyUnrepaid > cap)
        errors.push({ field: 'priorEmergencyUnrepaid', message: `An emergency personal expense distribution is at most ${usd(toCents(cap))}, so no more than that can be unrepaid.` });
    }
    return errors;
  },
});
