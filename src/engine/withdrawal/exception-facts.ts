/** The facts of a withdrawal request as the §72(t) exception predicates read them, amounts in cents. */
import { type Cents } from '../core/money.ts';
import type { ExceptionFacts, PlanKind } from '../rules/exceptions.ts';
import type { IraRequest, WithdrawalRequest } from './request.ts';

/** The common facts every exception module reads; each module's own are added by `every-exception.ts`. */
export function commonFacts(r: WithdrawalRequest & IraRequest, plan: PlanKind, year: number, claims: ReadonlySet<string>, vestedBalance: Cents): ExceptionFacts {
  return {
    year, plan, distributionDate: r.distributionDate, birthDate: r.birthDate, claims,
    vestedBalance, agi: undefined,
    separatedFromPlanEmployer: r.separatedFromPlanEmployer, separationDate: r.separationDate,
    publicSafetyEmployee: r.publicSafetyEmployee, publicSafetyRole: r.publicSafetyRole, yearsOfService: r.yearsOfService,
  };
}
