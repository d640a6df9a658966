/**
 * The catch-up a participant may actually make to this plan: the amount for their age (IRC §414(v); Treas. Reg.
 * §1.414(v)-1), cut to none when the plan offers no catch-ups and to the age-50 amount when it does not offer the higher
 * amount for ages 60 to 63 (plans need not offer either), and to none when catch-ups must be Roth (§414(v)(7)) and the
 * plan has no Roth option. §414(v)(7)(A) turns on FICA wages from the plan's sponsor; self-employment earnings are not
 * wages, so a self-employed person is never covered.
 */
import { ruleFigure } from '../../data/figures.ts';
import { figureSources, figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { toCents, usd, type Cents } from '../core/money.ts';
import { catchUpForAge, rothCatchUpRule, type CatchUpAge, type RothCatchUp } from './catch-up.ts';

/**
 * In a year before the 60–63 tier exists, its ages and first year (§414(v)(2)(E)). Read from the figure tables, not the
 * cross-year module, so the check's browser chunk carries only the figures it names.
 */
function higherTierNotYet(): string {
  const first = ruleFigure('catch-up-60-63-first-age')!;
  const last = ruleFigure('catch-up-60-63-last-age')!;
  return `; the higher catch-up for ages ${first.value} to ${last.value} starts only in ${first.effectiveFrom!.slice(0, 4)}.`;
}

export type CatchUpAllowed = { age: CatchUpAge; roth: RothCatchUp; available: Cents; blocked: boolean };

export function catchUpAllowed(
  f: { year: number; birthDate: string; priorYearFicaWages: number | undefined; selfEmployed: boolean; planOffersCatchUp: boolean; planOffersAge60To63CatchUp: boolean; planOffersRoth: boolean },
  explain: Explanation,
): CatchUpAllowed {
  const { year, selfEmployed } = f;
  // The catch-up for the age reached by December 31.
  const ageUses: FigureUse[] = [];
  const c = catchUpForAge(f.birthDate, year, ageUses);
  const higher = c.higherTier;
  const tierText =
    c.tier === 'none'
      ? `You are ${c.age} at the end of ${year}, under ${c.catchUpAge}, so no catch-up applies.`
      : c.tier === 'age-60-63'
        ? `You reach ${c.age} in ${year}, within ages ${higher!.first} to ${higher!.last}, so the higher catch-up of ${usd(c.amount)} applies.`
        : `You reach ${c.age} by the end of ${year}, so the catch-up for ${c.catchUpAge} and older, ${usd(c.amount)}, applies` +
          (higher ? ` (the higher amount is only for ages ${higher.first} to ${higher.last}).` : higherTierNotYet());
  explain.add(c.tier === 'age-60-63' ? 'irc-414v-2-e-catch-up-60-63' : 'irc-414v-catch-up-age-50', tierText, c.tier === 'age-60-63' ? ['irc-414-v-2-e', 'reg-1-414v-1'] : ['irc-414-v', 'reg-1-414v-1'], ageUses);

  // What the plan allows, and the Roth requirement for higher earners.
  const rothUses: FigureUse[] = [];
  const wages = f.priorYearFicaWages === undefined || selfEmployed ? undefined : toCents(f.priorYearFicaWages);
  const roth = rothCatchUpRule(year, wages, rothUses);
  let available = c.amount;
  let planNote = '';
  if (c.tier !== 'none' && !f.planOffersCatchUp) {
    available = 0;
    planNote = 'Your plan does not allow catch-up contributions, so none can be made to it.';
  } else if (c.tier === 'age-60-63' && !f.planOffersAge60To63CatchUp) {
    available = toCents(figureValue('catch-up-50', year, ageUses));
    planNote = `Your plan does not offer the higher catch-up, so the regular catch-up of ${usd(available)} applies.`;
  }
  if (planNote) explain.add('plan-terms-catch-up', `${planNote} Plans need not offer catch-ups or the higher amount.`, ['irc-414-v', 'reg-1-414v-1']);

  const blocked = roth.required && !f.planOffersRoth && available > 0;
  if (c.tier !== 'none') {
    const wagesText = selfEmployed ? 'As a self-employed person you have no FICA wages from your own business (self-employment earnings are not wages)' : wages === undefined ? `You had no FICA wages from this employer in ${year - 1}` : `Your ${year - 1} FICA wages from this employer, ${usd(wages)}, are ${roth.aboveThreshold ? 'above' : wages === roth.threshold ? 'exactly at (not above)' : 'not above'} the ${usd(roth.threshold)} threshold`;
    const text = roth.required
      ? `${wagesText}, so from ${roth.firstYear} all your catch-ups must be Roth contributions.` +
        (blocked ? ' Your plan has no Roth option, so it may not accept catch-ups from you at all.' : '')
      : year < roth.firstYear
        ? `${wagesText}. Catch-ups of higher earners must be Roth only from ${roth.firstYear}; in ${year} they may be pre-tax or Roth.`
        : `${wagesText}, so your catch-ups may be pre-tax or Roth.`;
    // The statute applies from 2024; Notice 2023-62 set an administrative transition period through 2025.
    explain.add('irc-414v-7-roth-catch-up', text, ['irc-414-v-7', ...figureSources('roth-catch-up-first-year', year).filter((id) => id !== 'irc-414-v-7'), ...figureSources('roth-catch-up-wage-threshold', year).filter((id) => id !== 'irc-414-v-7')], rothUses);
  }
  return { age: c, roth, available: blocked ? 0 : available, blocked };
}
