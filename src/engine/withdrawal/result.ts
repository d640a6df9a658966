/** The withdrawal result as the checks, islands and `whatif` read it: dollars, in the order a reader asks. */
import { clampZero, toDollars, type Cents } from '../core/money.ts';
import type { AdditionalTax } from '../rules/additional-tax.ts';
import type { DisasterSpread } from '../rules/disaster-spread.ts';
import type { exceptionDetails } from '../rules/exception-details.ts';
import type { ExceptionOutcome } from '../rules/exception-outcomes.ts';
import type { Form5329 } from '../rules/form-5329.ts';
import type { IncomeTaxAdded } from '../rules/income-tax-added.ts';
import type { PlanKind } from '../rules/exceptions.ts';
import type { RothQualification } from '../rules/roth-qualified-distribution.ts';
import type { Withholding } from '../rules/withholding.ts';

export type ResultParts = {
  year: number; on59: string; reached59: boolean; amount: Cents; taxable: Cents; roth: RothQualification | null;
  outcomes: ExceptionOutcome[]; tax: AdditionalTax; income: IncomeTaxAdded; includedThisYear: Cents; spread: DisasterSpread;
  withholding: Withholding; stateEstimate: Cents | null; code: string; form5329: Form5329; directRollover: boolean; rolledOver: Cents;
  details: ReturnType<typeof exceptionDetails>; plan: PlanKind;
  rmdYear: { required: boolean; applicableAge: string; firstYear: number | null; rmdPart: number; rollablePart: number } | null;
};

export function withdrawalResult(x: ResultParts) {
  const federalCost = x.income.added + x.tax.additionalTax + x.details.recaptureThisYearCents;
  const diff = federalCost - x.withholding.amount;
  const [thisYear = 0, nextYear = 0, ...after] = x.spread.byYear;
  return {
    taxYear: x.year,
    /** Where the money comes from: the 401(k), or a traditional IRA. */
    planType: x.plan,
    reaches59HalfOn: x.on59,
    age59HalfReached: x.reached59,
    grossAmount: toDollars(x.amount),
    taxableAmount: toDollars(x.taxable),
    nontaxableAmount: toDollars(x.amount - x.taxable),
    rothQualified: x.roth ? x.roth.qualified : null,
    rothFiveYearPeriod: x.roth && { startsOn: `${x.roth.fiveYear.startYear}-01-01`, metOn: x.roth.fiveYear.metOn, met: x.roth.fiveYear.met },
    exceptions: x.outcomes,
    exceptedAmount: toDollars(x.tax.excepted),
    amountSubjectToAdditionalTax: toDollars(x.tax.subject),
    additionalTax: toDollars(x.tax.additionalTax),
    incomeIncludedThisYear: toDollars(x.includedThisYear),
    disasterSpread: x.spread.deferred > 0 ? { thisYear: toDollars(thisYear), nextYear: toDollars(nextYear), yearAfter: toDollars(after.reduce((a, b) => a + b, 0)) } : null,
    incomeTaxWithout: toDollars(x.income.without),
    incomeTaxWith: toDollars(x.income.withIt),
    incomeTaxAdded: toDollars(x.income.added),
    marginalRatePercent: x.income.marginalRatePercent,
    /** Recapture of a periodic-payment series changed too early (IRC §72(t)(4)); included in the cost when it is this year's. */
    seppRecapture: x.details.seppRecapture,
    /** By when each accepted repayable exception's distribution can be repaid, and what repaying does. */
    repaymentWindows: x.details.repaymentWindows,
    /** Social Security benefits the distribution makes taxable, and senior deduction it phases out (IRC §86; P.L. 119-21). */
    socialSecurity: x.income.effects.socialSecurity,
    seniorDeductionLost: x.income.effects.seniorDeductionLost,
    /** Whether an RMD is due from the plan this year, and which part of the payment is it (not rollable) and which is not. */
    rmdYear: x.rmdYear,
    totalFederalCost: toDollars(federalCost),
    withholding: {
      eligibleRolloverPart: toDollars(x.withholding.eligiblePart),
      otherPart: toDollars(x.withholding.otherPart),
      amount: toDollars(x.withholding.amount),
      periodicNotEstimated: x.withholding.periodic && x.withholding.amount === 0,
    },
    balanceDue: toDollars(clampZero(diff)),
    refund: toDollars(clampZero(-diff)),
    cashReceived: toDollars(x.withholding.paysCash ? x.amount - x.withholding.amount : 0),
    stateTaxEstimate: x.stateEstimate === null ? null : toDollars(x.stateEstimate),
    /** What you keep to spend: the payment less what you rolled over, the federal cost and your state estimate. */
    netAfterTaxes: x.directRollover ? 0 : toDollars(x.amount - x.rolledOver - federalCost - (x.stateEstimate ?? 0)),
    form1099RCode: x.code,
    form5329: x.form5329,
  };
}

export type WithdrawalResult = ReturnType<typeof withdrawalResult>;
