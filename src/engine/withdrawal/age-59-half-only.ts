/**
 * The exception rules of a withdrawal whose request claims no exception and left no employer, so that age 59½ is the
 * only exception judged (IRC §72(t)(2)(A)(i)): the loan check's deemed distribution (§72(p)(1); a loan default has no
 * claims, separation or rollover facts of its own). Each part answers as `every-exception.ts` does for such a request
 * — no module facts, no repayment window or recapture, no contradictions, no QDRO or corrective part — from the 59½
 * module alone. A request with a claim, a separation or a public-safety service is a programmer error here.
 */
import { age59Half } from '../rules/exceptions/age-59-half.ts';
import { judgeModule } from '../rules/exceptions/judge.ts';
import type { ExceptionRules } from './every-exception.ts';
import { commonFacts } from './exception-facts.ts';
import { reached } from './reachable.ts';

const none = () => [];

export const age59HalfOnly: ExceptionRules = {
  exceptionFacts: (r, plan, year, claims, balance) => {
    if (claims.size > 0 || r.separatedFromPlanEmployer || r.publicSafetyEmployee) reached(undefined);
    return commonFacts(r, plan, year, claims, balance);
  },
  entryOf: (id) => (id === age59Half.id ? age59Half.entry : reached(undefined)),
  judge: (exc, f) => judgeModule(age59Half, exc, f),
  exceptionDetails: () => ({ repaymentWindows: [], seppRecapture: null, recaptureThisYearCents: 0, recaptureText: undefined, recaptureSources: undefined }),
  validateExceptionDetails: none,
  notRolloverEligible: [],
  notWithheld: [],
  qdroTaxedToText: () => reached<string>(undefined),
  qdroToNonSpouse: () => false,
  qdroRolloverErrors: none,
  correctivePriorYearPart: () => 0,
  correctivePriorYearText: () => reached<string>(undefined),
  correctiveAmountErrors: none,
};
