/**
 * Qualified disaster recovery distributions (IRC §72(t)(2)(M), §72(t)(11); Instructions for Form 8915-F): for a
 * federally declared disaster whose incident period began on or after the rule's start, paid from the incident's first
 * day until 180 days after the applicable date, up to the cap per disaster across all plans and IRAs; the income is
 * spread over three years unless the reader elects out (`rules/disaster-spread.ts`); repayable within three years.
 */
import { inForceOn } from '../../../data/dated.ts';
import { prose } from '../../../data/prose.ts';
import { ruleFigure } from '../../../data/figures.ts';
import { addDays, longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { clampZero, toCents, usd, type Cents } from '../../core/money.ts';
import { boolean, date, money, optional, withDefault, type FieldError } from '../../core/request-kit.ts';
import { windowAfterReceipt } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { no, upTo } from './verdict.ts';

const entry = catalogEntry('disaster');
const EFFECT = 'A repayment is treated as a rollover: report it on Form 8915-F, which takes it off the income still to be spread; for income of a year you have already filed, amend that year’s return.';

type Facts = { disasterIncidentStart: string | undefined; disasterDeclarationDate: string | undefined; disasterPriorDistributions: Cents };

export const disaster = defineException({
  id: 'disaster',
  fields: {
    disasterIncidentStart: optional(date({ label: 'First day of the disaster’s incident period', group: GROUPS.exceptions, requiredWhen: { field: 'claims', has: 'disaster' } })),
    disasterDeclarationDate: optional(date({ label: 'Date of the federal major-disaster declaration', group: GROUPS.exceptions, requiredWhen: { field: 'claims', has: 'disaster' } })),
    disasterPriorDistributions: withDefault(money({ label: 'Disaster recovery distributions already taken for this disaster', help: 'All plans and IRAs.', group: GROUPS.exceptions }), 0),
    disasterElectOut: withDefault(
      boolean({ label: 'Include the whole disaster distribution in this year’s income', help: prose('Instead of spreading it over {disaster-spread-years:word} years.'), group: GROUPS.exceptions }),
      false,
    ),
  },
  facts: (r): Facts => ({ disasterIncidentStart: r.disasterIncidentStart, disasterDeclarationDate: r.disasterDeclarationDate, disasterPriorDistributions: toCents(r.disasterPriorDistributions) }),
  finder: { purpose: { key: 'disaster', label: 'A federally declared disaster' } },
  judge: (f) => {
    const cap = toCents(figureValue(entry.capFigure!, f.year));
    if (!f.disasterIncidentStart || !f.disasterDeclarationDate)
      return { status: 'applies', reason: `Up to ${usd(cap)} per federally declared disaster, within ${figureValue('disaster-window-days', f.year)} days after the later of the incident’s first day or the declaration.`, cover: 0 };
    // §72(t)(11) covers disasters whose incident period began on or after the rule's first day (SECURE 2.0 Act §331: disasters occurring on or after January 26, 2021).
    if (!inForceOn(entry, f.disasterIncidentStart)) return no(`Only disasters whose incident period began on or after ${longDate(entry.effectiveFrom!)} qualify.`);
    // §72(t)(11)(A)(i): on or after the incident's first day and before the date 180 days after the applicable
    // date, which is the latest of the incident's first day, the declaration, and the enactment of SECURE 2.0.
    const enacted = String(ruleFigure('disaster-earliest-applicable-date')!.value);
    const applicable = [f.disasterIncidentStart, f.disasterDeclarationDate, enacted].sort().at(-1)!;
    const days = figureValue('disaster-window-days', f.year);
    const last = addDays(applicable, days - 1);
    if (f.distributionDate < f.disasterIncidentStart || f.distributionDate > last)
      return no(`The distribution must be made from ${longDate(f.disasterIncidentStart)} (the incident’s first day) through ${longDate(last)}, before the ${days}th day after ${longDate(applicable)}.`);
    const left = clampZero(cap - (f.disasterPriorDistributions ?? 0));
    return upTo(left, left > 0
      ? `Within the window; ${usd(left)} of the ${usd(cap)} per-disaster limit remains, if your main home was in the disaster area and you had an economic loss.`
      : `You have already used the ${usd(cap)} limit for this disaster.`);
  },
  repayment: (receivedOn, year) => windowAfterReceipt(entry, receivedOn, year, EFFECT, '', []),
  requires: (r) => {
    if (!r.claims.includes('disaster')) return [];
    const errors: FieldError[] = [];
    if (!r.disasterIncidentStart) errors.push({ field: 'disasterIncidentStart', message: 'Enter the first day of the disaster’s incident period.' });
    if (!r.disasterDeclarationDate) errors.push({ field: 'disasterDeclarationDate', message: 'Enter the date of the disaster declaration.' });
    return errors;
  },
  notEligibleRollover: true,
});
