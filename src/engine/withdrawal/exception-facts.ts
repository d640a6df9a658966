/** The facts of a withdrawal request as the §72(t) exception predicates read them, amounts in cents. */
import { toCents, type Cents } from '../core/money.ts';
import type { ExceptionFacts, PlanKind } from '../rules/exceptions.ts';
import type { IraRequest, WithdrawalRequest } from './request.ts';

export function exceptionFacts(r: WithdrawalRequest & IraRequest, plan: PlanKind, year: number, claims: ReadonlySet<string>, vestedBalance: Cents): ExceptionFacts {
  return {
    year, plan, distributionDate: r.distributionDate, birthDate: r.birthDate, claims,
    vestedBalance, agi: undefined,
    separatedFromPlanEmployer: r.separatedFromPlanEmployer, separationDate: r.separationDate,
    publicSafetyEmployee: r.publicSafetyEmployee, publicSafetyRole: r.publicSafetyRole, yearsOfService: r.yearsOfService,
    medicalExpenses: toCents(r.medicalExpenses), birthAdoptionChildren: r.birthAdoptionChildren, birthAdoptionDate: r.birthAdoptionDate,
    birthAdoptionPriorDistributions: toCents(r.birthAdoptionPriorDistributions),
    priorEmergencyWithinThreeYears: r.priorEmergencyWithinThreeYears, domesticAbuseDate: r.domesticAbuseDate,
    priorEmergencyDate: r.priorEmergencyDate, priorEmergencyUnrepaid: r.priorEmergencyUnrepaid === undefined ? undefined : toCents(r.priorEmergencyUnrepaid),
    contributionsSincePriorEmergency: toCents(r.contributionsSincePriorEmergency), seppModificationDate: r.seppModificationDate,
    firstHomePriorDistributions: toCents(r.firstHomePriorDistributions ?? 0),
    higherEducationExpenses: r.higherEducationExpenses === undefined ? undefined : toCents(r.higherEducationExpenses),
    healthInsurancePremiums: r.healthInsurancePremiums === undefined ? undefined : toCents(r.healthInsurancePremiums),
    terminalIllnessCertified: r.terminalIllnessCertified, disasterIncidentStart: r.disasterIncidentStart,
    disasterDeclarationDate: r.disasterDeclarationDate, disasterPriorDistributions: toCents(r.disasterPriorDistributions),
    reservistOrderedOver179Days: r.reservistOrderedOver179Days, reservistDistributionDuringDuty: r.reservistDistributionDuringDuty,
    seppStartDate: r.seppStartDate, longTermCarePremiums: toCents(r.longTermCarePremiums), planOffersLongTermCare: r.planOffersLongTermCare,
  };
}
