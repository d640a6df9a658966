/**
 * Qualified long-term care distributions (IRC §72(t)(2)(N), §401(a)(39); SECURE 2.0 Act §334; Notice 2026-33): only
 * from a plan that offers them, up to the least of the year's premiums, a share of the vested balance and the year's
 * cap, with the insurer's premium statement filed with the plan. Not repayable.
 */
import { figureValue, optionalFigure } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { percentOf, toCents, usd, type Cents } from '../../core/money.ts';
import { boolean, money, withDefault } from '../../core/request-kit.ts';
import { catalogEntry, defineException, FINDER_GROUPS } from './define.ts';
import { no, upTo } from './verdict.ts';

const entry = catalogEntry('long-term-care');

export const longTermCare = defineException({
  id: 'long-term-care',
  fields: {
    longTermCarePremiums: withDefault(money({ label: 'Long-term care insurance premiums paid this year', help: 'For you or your spouse.', group: GROUPS.exceptions }), 0),
    planOffersLongTermCare: withDefault(boolean({ label: 'Your plan offers long-term care distributions', group: GROUPS.exceptions }), false),
  },
  facts: (r): { longTermCarePremiums: Cents; planOffersLongTermCare: boolean } => ({ longTermCarePremiums: toCents(r.longTermCarePremiums), planOffersLongTermCare: r.planOffersLongTermCare }),
  finder: {
    purpose: { key: 'long-term-care', label: 'Long-term care insurance' },
    fields: { planOffersLongTermCare: withDefault(boolean({ label: 'Your plan offers long-term care distributions', group: FINDER_GROUPS.circumstance, shownWhen: { field: 'purposes', has: 'long-term-care' } }), false) },
    facts: (a) => ({ planOffersLongTermCare: a.fields.planOffersLongTermCare === true }),
  },
  notEligibleRollover: true,
  judge: (f) => {
    if (!f.planOffersLongTermCare) return no('Your plan must offer long-term care distributions; the exception cannot be claimed on the return otherwise.', 'needs-plan-support');
    const cap = optionalFigure(entry.capFigure!, f.year);
    // Unreachable with the data as it is (every covered year from the start date has its limit); kept total.
    if (cap === undefined) return no(`The site has no ${f.year} dollar limit for long-term care distributions, so it cannot say how much is excepted.`);
    const share = figureValue('long-term-care-balance-share', f.year);
    if (f.vestedBalance === undefined || f.longTermCarePremiums === undefined)
      return { status: 'applies', reason: `Up to the least of premiums paid, ${share}% of your vested balance, or ${usd(toCents(cap))}.`, cover: 0 };
    const tenth = percentOf(f.vestedBalance, share);
    const cover = Math.min(f.longTermCarePremiums, tenth, toCents(cap));
    return upTo(cover, `The least of premiums paid in ${f.year} (${usd(f.longTermCarePremiums)}), ${share}% of your vested balance (${usd(tenth)}) and the ${f.year} cap (${usd(toCents(cap))}) = ${usd(cover)}. The insurer’s long-term care premium statement must be filed with the plan.`);
  },
});
