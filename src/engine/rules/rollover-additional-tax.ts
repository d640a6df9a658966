/**
 * The 10% additional tax on the taxable part of a rollover distribution that is kept (IRC §72(t)(1)): nothing rolled
 * over owes it, and a conversion's taxable amount does not either (§408A(d)(3)(A)(ii)); what is kept owes it unless the
 * participant is 59½ or older or left the plan's employer in or after the year they turned 55 (§72(t)(2)(A)(v)). The
 * other exceptions are the withdrawal checks' to judge.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { percentOf, usd, type Cents } from '../core/money.ts';
import { judgeModule } from './exceptions/judge.ts';
import { separation55 } from './exceptions/separation-55.ts';

export type RolloverAdditionalTax = { separationApplies: boolean; subject: Cents; tax: Cents; ratePercent: number };

export function rolloverAdditionalTax(
  f: { year: number; distributionDate: string; birthDate: string; separatedFromPlanEmployer: boolean; separationDate: string | undefined; reached59: boolean; keptTaxable: Cents; conversion: boolean },
  explain: Explanation,
): RolloverAdditionalTax {
  const sep = judgeModule(separation55, separation55.entry, {
    year: f.year, plan: '401k', distributionDate: f.distributionDate, birthDate: f.birthDate, claims: new Set(),
    separatedFromPlanEmployer: f.separatedFromPlanEmployer, separationDate: f.separationDate,
    publicSafetyEmployee: false, priorEmergencyWithinThreeYears: false, terminalIllnessCertified: false,
    reservistOrderedOver179Days: false, reservistDistributionDuringDuty: false, planOffersLongTermCare: false,
  });
  const excepted = f.reached59 || sep.status === 'applies';
  const uses: FigureUse[] = [];
  const ratePct = figureValue('additional-tax-rate', f.year, uses);
  const subject = excepted ? 0 : f.keptTaxable;
  const tax = percentOf(subject, ratePct);
  if (f.keptTaxable > 0 || f.conversion) {
    explain.add(
      'irc-72t-1-additional-tax',
      f.keptTaxable === 0
        ? `Nothing taxable is kept, so there is no ${ratePct}% additional tax.`
        : f.reached59
          ? `You are 59½ or older, so the ${usd(f.keptTaxable)} kept owes no additional tax.`
          : sep.status === 'applies'
            ? `${sep.reason} The ${usd(f.keptTaxable)} kept owes no additional tax.`
            : `The ${usd(f.keptTaxable)} of taxable money kept before 59½ with no exception owes the ${ratePct}% additional tax: ${usd(tax)}.`,
      ['irc-72-t-1', 'irs-topic-558', ...(sep.status === 'applies' ? ['irc-72-t-2-a-v'] : [])],
      uses,
    );
  }
  return { separationApplies: sep.status === 'applies', subject, tax, ratePercent: ratePct };
}
