/**
 * The exception rules of a withdrawal whose request may claim any §72(t) exception (IRC §72(t)(2), (10), (11)): every
 * module's facts, gates and predicate, repayment windows and contradictions, the QDRO and corrective-distribution
 * rules (the early-withdrawal, roth-distribution and hardship checks). The loan check's deemed distribution claims
 * nothing and gives `age-59-half-only.ts` instead, so its chunk carries no exception registry.
 */
import { exceptionDetails, validateExceptionDetails } from '../rules/exception-details.ts';
import { exceptionById, judgeException } from '../rules/exceptions.ts';
import { correctiveAmountErrors, correctivePriorYearPart, correctivePriorYearText } from '../rules/exceptions/corrective.ts';
import { qdroRolloverErrors, qdroTaxedToText, qdroToNonSpouse } from '../rules/exceptions/qdro.ts';
import { moduleFacts, NOT_ROLLOVER_ELIGIBLE, NOT_WITHHELD } from '../rules/exceptions/registry.ts';
import { commonFacts } from './exception-facts.ts';

export const everyException = {
  /** The common facts, then each exception module's own (`rules/exceptions/<id>.ts`). */
  exceptionFacts: (...a: Parameters<typeof commonFacts>) => ({ ...commonFacts(...a), ...moduleFacts(a[0]) }),
  entryOf: exceptionById,
  judge: judgeException,
  exceptionDetails,
  validateExceptionDetails,
  /** SECURE 2.0 distributions that are not eligible rollover distributions (IRC §402(c)(4)), and §404(k) dividends that
   * §3405 does not withhold from: each exception module says so. */
  notRolloverEligible: NOT_ROLLOVER_ELIGIBLE as readonly string[],
  notWithheld: NOT_WITHHELD as readonly string[],
  qdroTaxedToText,
  qdroToNonSpouse,
  qdroRolloverErrors,
  correctivePriorYearPart,
  correctivePriorYearText,
  correctiveAmountErrors,
};

export type ExceptionRules = typeof everyException;
