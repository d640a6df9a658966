/**
 * Qualified reservist distributions (IRC §72(t)(2)(G)): a reservist ordered or called to active duty for more than
 * 179 days or indefinitely, paid during the active-duty period; repayable to an IRA during the two years after the
 * active duty ends, on top of the yearly IRA limit and not deductible (Pub. 590-A).
 */
import { prose } from '../../../data/prose.ts';
import { longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { boolean, date, optional, withDefault } from '../../core/request-kit.ts';
import { lastDayOfYearsAfter, repaymentTerms, type RepaymentWindow } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { all, no } from './verdict.ts';

const entry = catalogEntry('reservist');
const EFFECT = 'A reservist repayment goes to an IRA on top of the yearly IRA contribution limit; it is not deductible, so it does not undo the tax on the distribution — it becomes after-tax basis in the IRA.';

export const reservist = defineException({
  id: 'reservist',
  fields: {
    reservistOrderedOver179Days: withDefault(boolean({ label: prose('You are a reservist ordered or called to active duty for more than {reservist-days} days or for an indefinite period'), group: GROUPS.exceptions }), false),
    reservistDistributionDuringDuty: withDefault(boolean({ label: 'The distribution is paid during that active-duty period', group: GROUPS.exceptions, shownWhen: { field: 'reservistOrderedOver179Days', is: true } }), false),
    activeDutyEndDate: optional(date({ label: 'Day your active-duty period ends or is expected to end', help: 'For the repayment window.', group: GROUPS.exceptions, shownWhen: { field: 'reservistOrderedOver179Days', is: true } })),
  },
  facts: (r): { reservistOrderedOver179Days: boolean; reservistDistributionDuringDuty: boolean } => ({
    reservistOrderedOver179Days: r.reservistOrderedOver179Days, reservistDistributionDuringDuty: r.reservistDistributionDuringDuty,
  }),
  finder: { circumstance: true, facts: (a) => ({ reservistOrderedOver179Days: a.circumstances.has('reservist'), reservistDistributionDuringDuty: a.circumstances.has('reservist') }) },
  judge: (f) => {
    if (!f.claims.has('reservist')) return no('Only for reservists called to active duty.');
    const days = figureValue('reservist-days', f.year);
    if (!f.reservistOrderedOver179Days) return no(`You must be ordered or called to active duty for more than ${days} days or for an indefinite period.`);
    if (!f.reservistDistributionDuringDuty) return no('The distribution must be made during the active-duty period.');
    return all(`Ordered to active duty for more than ${days} days and paid during it${f.plan === '401k' ? ' (from amounts attributable to elective deferrals)' : ''}.`);
  },
  // §72(t)(2)(G)(iii)(III): paid from the order or call through the close of the active-duty period, so a period that
  // ended before the distribution contradicts the answer that it is paid during it.
  validate: (r) =>
    r.claims.includes('reservist') && r.reservistOrderedOver179Days && r.reservistDistributionDuringDuty && r.activeDutyEndDate !== undefined && r.activeDutyEndDate < r.distributionDate
      ? [{ field: 'activeDutyEndDate', message: `The active-duty period ends on ${longDate(r.activeDutyEndDate)}, before this distribution on ${longDate(r.distributionDate)}, so it is not paid during it; correct the date or the answer.` }]
      : [],
  repayment: (_receivedOn, year, r): RepaymentWindow => {
    const { years, sources } = repaymentTerms(entry, year);
    const activeDutyEnd = r.activeDutyEndDate;
    if (!activeDutyEnd)
      return { exception: 'reservist', from: null, by: null, to: 'ira', effect: EFFECT, sources: [...sources, 'pub-590-a'],
        text: `You may repay to an IRA during the ${years} years after your active-duty period ends; enter the day it ends (or is expected to) for the date. ${EFFECT}` };
    const w = lastDayOfYearsAfter(activeDutyEnd, years);
    return { exception: 'reservist', ...w, to: 'ira', effect: EFFECT, sources: [...sources, 'pub-590-a'],
      text: `You may repay this distribution to an IRA until ${longDate(w.by)}, ${years} years after your active duty ends on ${longDate(activeDutyEnd)}. ${EFFECT}` };
  },
});
