/**
 * Qualified birth or adoption distributions (IRC §72(t)(2)(H)): within one year after the birth or finalized adoption,
 * up to the cap per child for each parent across every plan and IRA; repayable within three years.
 */
import { fillIn } from '../../../data/prose.ts';
import { longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { toCents, usd, type Cents } from '../../core/money.ts';
import { date, integer, money, optional, withDefault, type FieldError } from '../../core/request-kit.ts';
import { windowAfterReceipt } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { no, upTo, withinYearsFrom } from './verdict.ts';

const entry = catalogEntry('birth-adoption');

export const birthAdoption = defineException({
  id: 'birth-adoption',
  fields: {
    birthAdoptionChildren: withDefault(integer({ label: 'Number of children born or adopted', help: 'Each child has its own limit.', unit: 'children', group: GROUPS.exceptions }, 0, 20, 'count'), 0),
    birthAdoptionDate: optional(date({ label: 'Date of the birth or the finalized adoption', group: GROUPS.exceptions, requiredWhen: { field: 'claims', has: 'birth-adoption' } })),
    birthAdoptionPriorDistributions: withDefault(
      money({ label: 'Birth or adoption distributions already taken for the same child', help: 'From any plan or IRA.', group: GROUPS.exceptions }),
      0,
    ),
  },
  facts: (r): { birthAdoptionChildren: number; birthAdoptionDate: string | undefined; birthAdoptionPriorDistributions: Cents } => ({
    birthAdoptionChildren: r.birthAdoptionChildren, birthAdoptionDate: r.birthAdoptionDate, birthAdoptionPriorDistributions: toCents(r.birthAdoptionPriorDistributions),
  }),
  finder: { purpose: { key: 'birth-adoption', label: 'A birth or an adoption' } },
  judge: (f) => {
    const perChild = toCents(figureValue(entry.capFigure!, f.year));
    // §72(t)(2)(H): without the child's name, age and TIN on the return the distribution does not qualify.
    const tin = 'Your return for the year must show each child’s name, age and taxpayer identification number, or the exception is lost.';
    const years = figureValue('birth-adoption-window-years', f.year);
    if (!f.birthAdoptionDate) return { status: 'applies', reason: `Up to ${usd(perChild)} per child, for each parent, across all distributions for that child from any plan or IRA, within ${fillIn('{n:word}', { n: years })} year after the birth or finalized adoption. ${tin}`, cover: 0 };
    if (!withinYearsFrom(f.birthAdoptionDate, f.distributionDate, years))
      return no(`The distribution must be within ${fillIn('{n:word}', { n: years })} year after the birth or adoption on ${longDate(f.birthAdoptionDate)}.`);
    const children = f.birthAdoptionChildren ?? 0;
    if (children < 1) return no('Enter the number of children born or adopted.');
    // §72(t)(2)(H)(ii): the limit is per individual and per birth or adoption, across every plan and IRA.
    const limit = perChild * children;
    const prior = Math.min(limit, f.birthAdoptionPriorDistributions ?? 0);
    const left = limit - prior;
    const limitText = `${children} × ${usd(perChild)} per child = ${usd(limit)}`;
    if (prior === 0) return upTo(left, `${limitText} can be excepted (each parent has their own limit). ${tin}`);
    return upTo(left, left > 0
      ? `${limitText}, less ${usd(prior)} of earlier birth or adoption distributions for the same ${children === 1 ? 'child' : 'children'}, leaves ${usd(left)} that can be excepted. ${tin}`
      : `Earlier birth or adoption distributions of ${usd(prior)} for the same ${children === 1 ? 'child' : 'children'} have used the whole ${limitText}; nothing more can be excepted.`);
  },
  repayment: (receivedOn, year) => windowAfterReceipt(entry, receivedOn, year),
  requires: (r) => {
    if (!r.claims.includes('birth-adoption')) return [];
    const errors: FieldError[] = [];
    if (!r.birthAdoptionDate) errors.push({ field: 'birthAdoptionDate', message: 'Enter the date of the birth or the finalized adoption.' });
    if (r.birthAdoptionDate && r.birthAdoptionDate <= r.birthDate)
      errors.push({ field: 'birthAdoptionDate', message: 'The child’s birth or adoption must be after your own birth date.' });
    if (r.birthAdoptionChildren < 1) errors.push({ field: 'birthAdoptionChildren', message: 'Enter how many children were born or adopted.' });
    return errors;
  },
  notEligibleRollover: true,
});
