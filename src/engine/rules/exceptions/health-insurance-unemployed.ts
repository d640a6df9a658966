/**
 * Health insurance premiums paid while unemployed (IRC §72(t)(2)(D); IRS exceptions chart): IRAs only, up to the
 * premiums paid this year.
 */
import { toCents, usd, type Cents } from '../../core/money.ts';
import { money, optional } from '../../core/request-kit.ts';
import { catalogEntry, defineException } from './define.ts';
import { GROUPS } from '../../core/fields.ts';
import { all, no, upTo } from './verdict.ts';

const entry = catalogEntry('health-insurance-unemployed');

export const healthInsuranceUnemployed = defineException({
  id: 'health-insurance-unemployed',
  iraFields: {
    healthInsurancePremiums: optional(money({ label: 'IRA: health insurance premiums paid this year while unemployed', group: GROUPS.ira })),
  },
  facts: (r): { healthInsurancePremiums: Cents | undefined } => ({ healthInsurancePremiums: r.healthInsurancePremiums === undefined ? undefined : toCents(r.healthInsurancePremiums) }),
  finder: { purpose: { key: 'health-insurance', label: 'Health insurance while unemployed' } },
  judge(f) {
    if (!f.claims.has('health-insurance-unemployed')) return no('Only for health insurance premiums while unemployed.');
    const text = entry.condition;
    if (f.healthInsurancePremiums === undefined) return all(`${text} It covers no more than the premiums you paid this year.`);
    return upTo(f.healthInsurancePremiums, `Up to the health insurance premiums you paid this year while unemployed: ${usd(f.healthInsurancePremiums)}.`);
  },
});
