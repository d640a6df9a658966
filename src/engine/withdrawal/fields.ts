/**
 * The request fields of the withdrawal-based checks: the distribution's own (`core/fields.ts`), then the questions
 * of every §72(t) exception module in registry order (`rules/exceptions/registry.ts`), and, for the early-withdrawal
 * check's IRA comparison, the plan type and the IRA-only exceptions' measures.
 */
import { baseDistributionFields, GROUPS, planTypeField } from '../core/fields.ts';
import { money, withDefault } from '../core/request-kit.ts';
import { exceptionFields, iraExceptionFields } from '../rules/exceptions/registry.ts';

export { GROUPS, returnFields } from '../core/fields.ts';

/** A distribution from a 401(k): who, when, how much, from what kind of money, and the facts each exception needs. */
export const distributionFields = { ...baseDistributionFields, ...exceptionFields };

/** The early-withdrawal check's choice of a traditional IRA, and the amounts the IRA-only exceptions are measured by. */
export const iraFields = {
  ...planTypeField,
  ...iraExceptionFields,
  /** Notice 2014-54: the part of the same distribution sent by direct rollover, which takes the pre-tax money first. */
  directRolloverSameTime: withDefault(
    money({
      label: 'Part of the same distribution sent by direct rollover',
      help: 'Requested with this payment: the pre-tax money goes to the rollover first, so what is paid to you holds your after-tax contributions first.',
      group: GROUPS.payment,
      shownWhen: [{ field: 'payment', is: 'to-participant' }, { field: 'afterTaxBasis', filled: true }],
    }),
    0,
  ),
};
