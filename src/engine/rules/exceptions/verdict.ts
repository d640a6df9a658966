/**
 * What an exception predicate reads (the facts) and returns (its verdict with the reason). Amounts in cents.
 */
import { addMonths } from '../../core/dates.ts';
import type { PublicSafetyRole } from '../../core/fields.ts';
import type { Cents } from '../../core/money.ts';

export type PlanKind = '401k' | 'ira';

/** The facts the predicates read; amounts in cents. Absent amounts mean "not known" (the exception finder). */
export type ExceptionFacts = {
  year: number;
  plan: PlanKind;
  distributionDate: string;
  birthDate: string;
  claims: ReadonlySet<string>;
  vestedBalance?: Cents | undefined;
  /** AGI including this distribution's taxable part, for the medical-expense floor. */
  agi?: Cents | undefined;
  separatedFromPlanEmployer: boolean;
  separationDate?: string | undefined;
  publicSafetyEmployee: boolean;
  /** Which kind of public safety employee (IRC §72(t)(10)(B)); absent means one of the long-standing kinds. */
  publicSafetyRole?: PublicSafetyRole | undefined;
  yearsOfService?: number | undefined;
  medicalExpenses?: Cents | undefined;
  birthAdoptionChildren?: number | undefined;
  birthAdoptionDate?: string | undefined;
  /** Birth or adoption distributions already taken for the same child or children, from any plan or IRA. */
  birthAdoptionPriorDistributions?: Cents | undefined;
  priorEmergencyWithinThreeYears: boolean;
  /** The earlier emergency distribution, when `priorEmergencyWithinThreeYears`: its date, the part not repaid, and the
   * elective deferrals and employee contributions made to the plan since (IRC §72(t)(2)(I); Notice 2024-55). */
  priorEmergencyDate?: string | undefined;
  priorEmergencyUnrepaid?: Cents | undefined;
  contributionsSincePriorEmergency?: Cents | undefined;
  domesticAbuseDate?: string | undefined;
  terminalIllnessCertified: boolean;
  disasterIncidentStart?: string | undefined;
  disasterDeclarationDate?: string | undefined;
  disasterPriorDistributions?: Cents | undefined;
  reservistOrderedOver179Days: boolean;
  reservistDistributionDuringDuty: boolean;
  seppStartDate?: string | undefined;
  /** The day the series was changed, if it was (IRC §72(t)(4)). */
  seppModificationDate?: string | undefined;
  /** IRA-only measures: earlier first-home distributions (lifetime limit), this year's higher education expenses and
   * health insurance premiums paid while unemployed (IRC §72(t)(2)(D)–(F)). */
  firstHomePriorDistributions?: Cents | undefined;
  higherEducationExpenses?: Cents | undefined;
  healthInsurancePremiums?: Cents | undefined;
  longTermCarePremiums?: Cents | undefined;
  planOffersLongTermCare: boolean;
};

export type ExceptionStatus = 'applies' | 'does-not-apply' | 'ira-only' | 'plan-only' | 'needs-plan-support';
/** `cover`: 'all' for the whole distribution, a cents amount for a capped exception, 0 when it does not apply. */
export type Verdict = { status: ExceptionStatus; reason: string; cover: Cents | 'all' };

export const no = (reason: string, status: ExceptionStatus = 'does-not-apply'): Verdict => ({ status, reason, cover: 0 });
export const all = (reason: string): Verdict => ({ status: 'applies', reason, cover: 'all' });
export const upTo = (cover: Cents, reason: string): Verdict =>
  cover > 0 ? { status: 'applies', reason, cover } : { status: 'does-not-apply', reason, cover: 0 };

/** Within `years` years starting on `start` (the day `years` later is outside). */
export const withinYearsFrom = (start: string, date: string, years: number) => date >= start && date < addMonths(start, years * 12);
