/**
 * Roth 401(k) (designated Roth account) qualified distributions: IRC §402A(d)(2), Treas. Reg. §1.402A-1 Q&A-2, -4, -5.
 * Qualified = after the five-taxable-year period AND on or after 59½, after death, or on account of disability.
 * The period starts on January 1 of the first year of a Roth contribution to the plan, or of an earlier plan whose
 * Roth account came in by direct rollover, whichever is earlier.
 */
import { ruleFigure } from '../../data/figures.ts';
import { rules } from '../../data/rules.ts';
import { longDate } from '../core/dates.ts';
import { figureValue, type Explanation } from '../core/explain.ts';

export type FiveYear = { startYear: number; metOn: string; met: boolean; usedRolledInYear: boolean };

/** The rule's data: its sources, the figure holding the period's length, and the triggers besides the period. */
const RULE = rules.rothQualified;

export function rothFiveYear(firstYear: number, rolledInFirstYear: number | undefined, distributionDate: string, year: number): FiveYear {
  const usedRolledInYear = rolledInFirstYear !== undefined && rolledInFirstYear < firstYear;
  const startYear = usedRolledInYear ? rolledInFirstYear! : firstYear;
  const metOn = `${startYear + figureValue(RULE.periodFigure, year)}-01-01`;
  return { startYear, metOn, met: distributionDate >= metOn, usedRolledInYear };
}

export type RothQualification = { qualified: boolean; fiveYear: FiveYear };

/** The five-year period and the trigger (59½, death, disability), with the step that explains both. */
export function rothQualification(
  x: { firstYear: number; rolledInFirstYear: number | undefined; distributionDate: string; year: number; reached59: boolean; claims: ReadonlySet<string> },
  explain: Explanation | undefined,
): RothQualification {
  const fiveYear = rothFiveYear(x.firstYear, x.rolledInFirstYear, x.distributionDate, x.year);
  const has = (t: (typeof RULE.triggers)[number]) => RULE.triggers.includes(t);
  const trigger = has('age-59-half') && x.reached59 ? 'you are 59½ or older' : has('death') && x.claims.has('death') ? 'it is paid after death' : has('disability') && x.claims.has('disability') ? 'you are disabled' : null;
  const qualified = fiveYear.met && trigger !== null;
  explain?.add(
    'irc-402a-d-2-qualified-distribution',
    `Five-taxable-year period: it began January 1, ${fiveYear.startYear}${fiveYear.usedRolledInYear ? ' (the earlier plan’s first Roth year, carried in by direct rollover)' : ''} and ${fiveYear.met ? 'was' : 'is not yet'} met on ${longDate(fiveYear.metOn)}. ` +
      (qualified
        ? `It is met and ${trigger}, so this is a qualified distribution: entirely tax-free, earnings included.`
        : `${fiveYear.met ? 'The period is met, but' : 'Also,'} ${trigger ? `${trigger}` : 'you are under 59½, not disabled, and it is not paid after death'}${fiveYear.met ? ', so it is not qualified.' : '; it is not a qualified distribution.'}`),
    RULE.sources,
    [{ id: RULE.periodFigure, label: ruleFigure(RULE.periodFigure)!.label, value: figureValue(RULE.periodFigure, x.year), unit: 'years' }],
  );
  return { qualified, fiveYear };
}
