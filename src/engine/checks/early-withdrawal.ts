/**
 * `early-withdrawal`: what a 401(k) distribution costs in federal tax, with every claimed exception to the 10%
 * additional tax accepted or rejected with its reason (IRC §72(t); §3405 withholding; §402A for Roth money).
 */
import { defineCheck } from '../core/check.ts';
import { distributionFields, iraFields, returnFields } from '../withdrawal/fields.ts';
import { integer, object, oneOf, withDefault } from '../core/request-kit.ts';
import { rolloverOfNonRollable } from '../rules/exception-details.ts';
import { computeWithdrawal, validateRmdYearOf, validateWithdrawal } from '../withdrawal/compute.ts';
import { everyException } from '../withdrawal/every-exception.ts';
import { planRmdYear } from '../withdrawal/plan-rmd-year.ts';
import { sixtyDayRollover } from '../withdrawal/sixty-day-rollover.ts';
import { traditionalIra } from '../withdrawal/traditional-ira.ts';

/** Every part of a withdrawal: any exception, a traditional IRA or a direct rollover beside the payment, an RMD year, a 60-day rollover. */
const REACH = { exceptions: everyException, ira: traditionalIra, rmdYear: planRmdYear, rollover: sixtyDayRollover };

export const earlyWithdrawal = defineCheck({
  id: 'early-withdrawal',
  title: 'Early withdrawal cost',
  request: object({
    check: oneOf(['early-withdrawal'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    ...distributionFields,
    ...iraFields,
    ...returnFields,
  }),
  defaultRequest: {
    check: 'early-withdrawal',
    distributionDate: '2026-06-15',
    birthDate: '1980-03-10',
    amount: 20000,
    vestedBalance: 80000,
    filingStatus: 'single',
    otherIncome: 60000,
  },
  run(req, explain) {
    const errors = validateWithdrawal(req, REACH);
    if (!errors.length) errors.push(...validateRmdYearOf(req, REACH));
    if (errors.length) return { errors };
    const result = computeWithdrawal(req, explain, 'distribution', REACH);
    const rolled = rolloverOfNonRollable(req, result.exceptions);
    return rolled.length ? { errors: rolled } : { result };
  },
});
