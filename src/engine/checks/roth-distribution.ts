/**
 * `roth-distribution`: is a Roth 401(k) distribution qualified (IRC §402A(d)(2)); if not, the pro-rata split into
 * contributions and earnings (§72(e)(8); Treas. Reg. §1.402A-1 Q&A-3) and the 10% on the earnings part only.
 */
import { defineCheck } from '../core/check.ts';
import { distributionFields, returnFields } from '../core/fields.ts';
import { integer, object, oneOf, withDefault } from '../core/request-kit.ts';
import { computeWithdrawal, validateRmdYearOf, validateWithdrawal } from '../withdrawal/compute.ts';

const { accountType: _accountType, afterTaxBasis: _afterTaxBasis, ...rothFields } = distributionFields;

export const rothDistribution = defineCheck({
  id: 'roth-distribution',
  title: 'Roth 401(k) distribution',
  request: object({
    check: oneOf(['roth-distribution'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    ...rothFields,
    ...returnFields,
  }),
  // The IRS example (Treas. Reg. §1.402A-1 Q&A-3): $5,000 from $9,400 of contributions and $600 of earnings.
  defaultRequest: {
    check: 'roth-distribution',
    distributionDate: '2026-06-15',
    birthDate: '1980-03-10',
    amount: 5000,
    vestedBalance: 10000,
    rothBasis: 9400,
    rothFirstContributionYear: 2023,
    otherIncome: 60000,
  },
  run(req, explain) {
    const full = { ...req, accountType: 'roth' as const, afterTaxBasis: 0 };
    const errors = validateWithdrawal(full);
    if (!errors.length) errors.push(...validateRmdYearOf(full));
    if (errors.length) return { errors };
    const w = computeWithdrawal(full, explain);
    return {
      result: {
        qualified: w.rothQualified,
        fiveYearPeriod: w.rothFiveYearPeriod,
        contributionsPart: w.nontaxableAmount,
        earningsPart: w.taxableAmount,
        ...w,
      },
    };
  },
});
