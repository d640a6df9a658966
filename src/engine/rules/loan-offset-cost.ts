/**
 * What a loan offset costs if it is not rolled over, and with the part the reader does roll over: it is an actual
 * distribution, taxed as income in the year of the offset (IRC §402(c)(3); Treas. Reg. §1.402(c)-3), with the 10%
 * additional tax before 59½ unless an exception applies — for someone leaving, the separation-from-service exception
 * of §72(t)(2)(A)(v). Form 1099-R box 7 is M for a qualified plan loan offset, with 1, 2 or 7 (Instructions for Forms
 * 1099-R and 5498, "Plan loan offsets").
 */
import type { Explanation } from '../core/explain.ts';
import { figureValue } from '../core/explain.ts';
import { clampZero, percentOf, toDollars, usd, type Cents } from '../core/money.ts';
import { federalIncomeTax, type ReturnFacts } from '../tax/federal-income-tax.ts';
import { age59HalfLabel, date59Half } from './age-59-half.ts';
import { judgeModule } from './exceptions/judge.ts';
import { separation55 } from './exceptions/separation-55.ts';

type Money = { taxableAmount: number; incomeTaxAdded: number; additionalTax: number; totalFederalCost: number };
export type LoanOffsetCost = { cost: { ifNotRolledOver: Money; asEntered: Money; excepted: boolean }; code: string };

export function loanOffsetCost(
  f: { offsetDate: string; birthDate: string; separationDate: string | undefined; qualified: boolean; offset: Cents; rolled: Cents; otherIncome: Cents; base: Omit<ReturnFacts, 'agi'> },
  explain: Explanation,
): LoanOffsetCost {
  const oy = f.base.year;
  const reached59 = f.offsetDate >= date59Half(f.birthDate, oy);
  const sep = judgeModule(separation55, separation55.entry, {
    year: oy, plan: '401k', distributionDate: f.offsetDate, birthDate: f.birthDate, claims: new Set(),
    separatedFromPlanEmployer: f.separationDate !== undefined, separationDate: f.separationDate,
    publicSafetyEmployee: false, priorEmergencyWithinThreeYears: false, terminalIllnessCertified: false,
    reservistOrderedOver179Days: false, reservistDistributionDuringDuty: false, planOffersLongTermCare: false,
  });
  const excepted = reached59 || sep.status === 'applies';
  // Code M marks a qualified plan loan offset only; any other offset is coded as a plain distribution.
  const code = `${f.qualified ? 'M' : ''}${reached59 ? '7' : sep.status === 'applies' ? '2' : '1'}`;
  const rate = figureValue('additional-tax-rate', oy);
  const without = federalIncomeTax({ ...f.base, agi: f.otherIncome }).tax;
  const costOf = (taxable: Cents) => {
    const added = clampZero(federalIncomeTax({ ...f.base, agi: f.otherIncome + taxable }).tax - without);
    const extra = excepted ? 0 : percentOf(taxable, rate);
    return { taxable, incomeTaxAdded: added, additionalTax: extra, total: added + extra };
  };
  const none = costOf(f.offset);
  const asEntered = costOf(f.offset - f.rolled);
  const money = (c: typeof none): Money => ({ taxableAmount: toDollars(c.taxable), incomeTaxAdded: toDollars(c.incomeTaxAdded), additionalTax: toDollars(c.additionalTax), totalFederalCost: toDollars(c.total) });
  explain.add(
    'irc-402c3-loan-offset-cost',
    `Not rolled over, the ${usd(f.offset)} is taxable in ${oy}: ${usd(none.incomeTaxAdded)} of federal income tax` +
      (excepted ? (reached59 ? ', and no additional tax at 59½ or older' : `, and no additional tax: ${sep.reason}`) : ` plus the ${rate}% additional tax of ${usd(none.additionalTax)} before ${age59HalfLabel(oy)}`) +
      ` = ${usd(none.total)}.` +
      (f.rolled > 0 ? ` Rolling over ${usd(f.rolled)} leaves ${usd(f.offset - f.rolled)} taxable: ${usd(asEntered.total)}.` : '') +
      ' No cash is paid out, so nothing is withheld from the offset itself (only from cash paid at the same time).',
    ['irc-402-c-3', 'irc-72-t-1', 'irc-1-j', 'reg-1-402c-3'],
  );
  return { cost: { ifNotRolledOver: money(none), asEntered: money(asEntered), excepted }, code };
}
