/**
 * Repaying a plan loan (IRC §72(p)(2)(B), (C); IRS Retirement plans FAQs regarding loans): within five years, longer
 * for a loan used to buy the participant's main home, in substantially level payments at least quarterly. A loan that
 * does not meet these terms is a deemed distribution (Treas. Reg. §1.72(p)-1).
 */
import { addMonths, longDate } from '../core/dates.ts';
import { figureValue, type Explanation } from '../core/explain.ts';

export type LoanRepayment = { termYears: number; intervalMonths: number; repayBy: string };

export function loanRepayment(year: number, loanDate: string, explain: Explanation): LoanRepayment {
  const termYears = figureValue('loan-term-years', year);
  const intervalMonths = figureValue('loan-payment-interval-months', year);
  const repayBy = addMonths(loanDate, termYears * 12);
  explain.add(
    'irc-72p-2-b-c-repayment',
    `Repay within ${termYears} years, by ${longDate(repayBy)} (longer if the loan buys your main home), in level payments at least every ${intervalMonths} months.`,
    ['irc-72-p', 'irs-loans-faq'],
  );
  return { termYears, intervalMonths, repayBy };
}
