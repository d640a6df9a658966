/**
 * The IRA-only exceptions measured by an amount (IRC §72(t)(2)(D)–(F); IRS exceptions chart): health insurance premiums
 * paid while unemployed, qualified higher education expenses, and a first home up to a lifetime cap.
 */
import { rules } from '../../../data/index.ts';
import { figureValue } from '../../core/explain.ts';
import { toCents, usd } from '../../core/money.ts';
import { all, no, upTo, type ExceptionFacts, type Verdict } from './verdict.ts';

export function healthInsuranceUnemployed(f: ExceptionFacts): Verdict {
  if (!f.claims.has('health-insurance-unemployed')) return no('Only for health insurance premiums while unemployed.');
  const text = rules.exceptions.find((e) => e.id === 'health-insurance-unemployed')!.condition;
  if (f.healthInsurancePremiums === undefined) return all(`${text} It covers no more than the premiums you paid this year.`);
  return upTo(f.healthInsurancePremiums, `Up to the health insurance premiums you paid this year while unemployed: ${usd(f.healthInsurancePremiums)}.`);
}

export function higherEducation(f: ExceptionFacts): Verdict {
  if (!f.claims.has('higher-education')) return no('Only for qualified higher education expenses.');
  if (f.higherEducationExpenses === undefined) return all('Qualified higher education expenses for you, your spouse, children or grandchildren; it covers no more than this year’s expenses.');
  return upTo(f.higherEducationExpenses, `Up to this year’s qualified higher education expenses for you, your spouse, children or grandchildren: ${usd(f.higherEducationExpenses)}.`);
}

export function firstHome(f: ExceptionFacts): Verdict {
  const cap = toCents(figureValue('ira-first-home-cap', f.year));
  if (!f.claims.has('first-home')) return no('Only for a first-time home purchase.');
  const prior = Math.min(cap, f.firstHomePriorDistributions ?? 0);
  if (prior === 0) return upTo(cap, `Up to a lifetime total of ${usd(cap)} for a first home.`);
  return upTo(cap - prior, cap - prior > 0
    ? `The lifetime ${usd(cap)} less ${usd(prior)} used before leaves ${usd(cap - prior)} for a first home.`
    : `Earlier first-home distributions of ${usd(prior)} have used the lifetime ${usd(cap)}.`);
}
