/** Qualified higher education expenses (IRC §72(t)(2)(E); IRS exceptions chart): IRAs only, up to this year's expenses. */
import { toCents, usd, type Cents } from '../../core/money.ts';
import { money, optional } from '../../core/request-kit.ts';
import { defineException } from './define.ts';
import { GROUPS } from '../../core/fields.ts';
import { all, no, upTo } from './verdict.ts';

export const higherEducation = defineException({
  id: 'higher-education',
  iraFields: {
    higherEducationExpenses: optional(money({ label: 'IRA: qualified higher education expenses paid this year', group: GROUPS.ira })),
  },
  facts: (r): { higherEducationExpenses: Cents | undefined } => ({ higherEducationExpenses: r.higherEducationExpenses === undefined ? undefined : toCents(r.higherEducationExpenses) }),
  finder: { purpose: { key: 'education', label: 'Higher education' } },
  judge: (f) => {
    if (!f.claims.has('higher-education')) return no('Only for qualified higher education expenses.');
    if (f.higherEducationExpenses === undefined) return all('Qualified higher education expenses for you, your spouse, children or grandchildren; it covers no more than this year’s expenses.');
    return upTo(f.higherEducationExpenses, `Up to this year’s qualified higher education expenses for you, your spouse, children or grandchildren: ${usd(f.higherEducationExpenses)}.`);
  },
});
