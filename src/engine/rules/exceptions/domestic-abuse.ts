/**
 * Distributions to a domestic abuse victim (IRC §72(t)(2)(K); Notice 2024-55): within one year after the abuse,
 * self-certified, up to the lesser of the year's cap or half the vested balance; repayable within three years. The
 * limit is on the aggregate of the distributions treated as domestic abuse victim distributions (§72(t)(2)(K)(ii)(I)),
 * so earlier ones reduce what this one can cover.
 */
import { fillIn } from '../../../data/prose.ts';
import { longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { clampZero, percentOf, toCents, usd, type Cents } from '../../core/money.ts';
import { date, money, optional, withDefault } from '../../core/request-kit.ts';
import { windowAfterReceipt } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { no, upTo, withinYearsFrom } from './verdict.ts';

const entry = catalogEntry('domestic-abuse');

export const domesticAbuse = defineException({
  id: 'domestic-abuse',
  fields: {
    domesticAbuseDate: optional(date({ label: 'Date of the domestic abuse', group: GROUPS.exceptions, requiredWhen: { field: 'claims', has: 'domestic-abuse' } })),
    domesticAbusePriorDistributions: withDefault(
      money({ label: 'Earlier distributions you treated as domestic abuse victim distributions', help: 'From any plan or IRA; they count toward the same limit.', group: GROUPS.exceptions }),
      0,
    ),
  },
  facts: (r): { domesticAbuseDate: string | undefined; domesticAbusePriorDistributions: Cents } => ({ domesticAbuseDate: r.domesticAbuseDate, domesticAbusePriorDistributions: toCents(r.domesticAbusePriorDistributions) }),
  finder: { purpose: { key: 'domestic-abuse', label: 'Domestic abuse' } },
  judge: (f) => {
    const cap = toCents(figureValue(entry.capFigure!, f.year));
    const share = figureValue('domestic-abuse-balance-share', f.year);
    const years = figureValue('domestic-abuse-window-years', f.year);
    const within = `${fillIn('{n:word}', { n: years })} year`;
    if (f.domesticAbuseDate && !withinYearsFrom(f.domesticAbuseDate, f.distributionDate, years))
      return no(`The distribution must be within ${within} after the abuse (${longDate(f.domesticAbuseDate)}).`);
    if (!f.domesticAbuseDate) return { status: 'applies', reason: `Within ${within} after domestic abuse, up to the lesser of ${usd(cap)} or ${share}% of your vested balance.`, cover: 0 };
    if (f.vestedBalance === undefined) return { status: 'applies', reason: `Up to the lesser of ${usd(cap)} or ${share}% of your vested balance.`, cover: 0 };
    const half = percentOf(f.vestedBalance, share);
    const limit = Math.min(cap, half);
    const prior = f.domesticAbusePriorDistributions ?? 0;
    const cover = clampZero(limit - prior);
    return upTo(cover, `The lesser of the ${f.year} cap of ${usd(cap)} or ${share}% of your vested balance (${usd(half)}) = ${usd(limit)}` +
      (prior > 0 ? `, less the ${usd(prior)} of earlier domestic abuse victim distributions, which count toward the same limit: ${usd(cover)} can be excepted.` : ` can be excepted.`));
  },
  repayment: (receivedOn, year) => windowAfterReceipt(entry, receivedOn, year),
  requires: (r) => (r.claims.includes('domestic-abuse') && !r.domesticAbuseDate ? [{ field: 'domesticAbuseDate', message: 'Enter the date of the abuse.' }] : []),
  notEligibleRollover: true,
});
