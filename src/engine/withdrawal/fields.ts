/**
 * The request fields of the withdrawal-based checks: the distribution's own (`core/fields.ts`), then the questions
 * of every §72(t) exception module in registry order (`rules/exceptions/registry.ts`), and, for the early-withdrawal
 * check's IRA comparison, the plan type and the IRA-only exceptions' measures.
 */
import { baseDistributionFields, planTypeField } from '../core/fields.ts';
import { exceptionFields, iraExceptionFields } from '../rules/exceptions/registry.ts';

export { GROUPS, returnFields } from '../core/fields.ts';

/** A distribution from a 401(k): who, when, how much, from what kind of money, and the facts each exception needs. */
export const distributionFields = { ...baseDistributionFields, ...exceptionFields };

/** The early-withdrawal check's choice of a traditional IRA, and the amounts the IRA-only exceptions are measured by. */
export const iraFields = { ...planTypeField, ...iraExceptionFields };
