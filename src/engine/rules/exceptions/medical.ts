/**
 * Unreimbursed medical expenses (IRC §72(t)(2)(B)): the part of this year's §213 medical expenses above the AGI floor,
 * whether or not the reader itemizes.
 */
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { clampZero, percentOf, toCents, usd, type Cents } from '../../core/money.ts';
import { money, withDefault } from '../../core/request-kit.ts';
import { defineException } from './define.ts';
import { upTo } from './verdict.ts';

export const medical = defineException({
  id: 'medical',
  fields: {
    medicalExpenses: withDefault(money({ label: 'Medical expenses paid this year, not reimbursed', group: GROUPS.exceptions }), 0),
  },
  facts: (r): { medicalExpenses: Cents } => ({ medicalExpenses: toCents(r.medicalExpenses) }),
  finder: { purpose: { key: 'medical', label: 'Medical expenses' } },
  judge: (f) => {
    if (f.medicalExpenses === undefined || f.agi === undefined) return { status: 'applies', reason: `Covers only the part of the medical expenses you paid this year above ${figureValue('medical-agi-floor', f.year)}% of your AGI.`, cover: 0 };
    const floorPct = figureValue('medical-agi-floor', f.year);
    const floor = percentOf(f.agi, floorPct);
    const over = clampZero(f.medicalExpenses - floor);
    return upTo(
      over,
      over > 0
        ? `Medical expenses of ${usd(f.medicalExpenses)} exceed ${floorPct}% of your AGI (${usd(floor)}) by ${usd(over)}; that much is excepted, whether or not you itemize.`
        : `Medical expenses of ${usd(f.medicalExpenses)} do not exceed ${floorPct}% of your AGI (${usd(floor)}, counting this distribution), so nothing is excepted.`,
    );
  },
});
