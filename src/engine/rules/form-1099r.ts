/**
 * The distribution code the payer reports in box 7 of Form 1099-R (Instructions for Forms 1099-R and 5498, "Guide to
 * Distribution Codes"): G/H for a direct rollover (H from a designated Roth account), L for a deemed distribution from
 * a loan, 4 death, 8 a corrective distribution (excess deferrals or contributions, taxable this year; P for excess
 * deferrals taxable in the year before), U a §404(k)
 * dividend, 3 disability, 7 normal (59½), 2 an exception the payer knows of, 1 early with no known exception. B marks
 * a designated Roth account distribution, with the numeric code that applies ("when applicable, enter a numeric and an
 * alpha code"; code 7 is used with B), so at 59½ or older it is B7, qualified or not; Table 1 lets B go only with 1, 2,
 * 4, 7, 8, G, L, M, P or U, so a Roth distribution on disability before 59½ is B2, not B3. Code 1 is also used at 59½ or older
 * when a series of substantially equal periodic payments is modified within 5 years of its first payment (the
 * instructions' note to code 7; IRC §72(t)(4)).
 */
import type { ExceptionOutcome } from './exception-outcomes.ts';
import type { ExceptionId } from './exceptions.ts';
import type { PaidAs } from './withholding.ts';

/** Exceptions the instructions tell a payer that knows of them to report with code 2 — the ones they list, and "any
 * other distribution subject to an exception under section 72(q), (t), (u), or (v) that is not required to be reported
 * using Code 1, 3, or 4", such as a payment to an alternate payee under a QDRO (§72(t)(2)(C)) or a federal phased
 * retirement annuity (§72(t)(2)(A)(viii)); medical, reservist and birth-or-adoption distributions stay code 1 and are
 * claimed on Form 5329. */
const PAYER_KNOWN: readonly ExceptionId[] = ['separation-55', 'public-safety', 'sepp', 'levy', 'eaca-withdrawal', 'qdro', 'phased-retirement'];

/** Exceptions a plan pays on the participant's certification to it: the emergency personal expense and domestic abuse
 * victim ones (§72(t)(2)(I), (K); Notice 2024-55: the administrator may rely on the employee's written certification)
 * and the terminal illness one (§72(t)(2)(L): the physician's certification is furnished to the plan administrator). Code 1 is for a payer that does "not know if any of the exceptions under Code 2, 3, or 4 apply", and
 * its list of exceptions reported with code 1 even when known stops at §72(t)(2)(H); so a plan that paid the
 * distribution as one of these reports code 2 ("any other distribution subject to an exception under section 72(q),
 * (t), (u), or (v) that is not required to be reported using Code 1, 3, or 4"). A capped one that leaves part of the
 * distribution subject to the tax stays code 1, with the exception claimed on Form 5329. */
export const CERTIFIED_TO_PLAN: readonly ExceptionId[] = ['emergency', 'domestic-abuse', 'terminal-illness'];

/** A hardship distribution is paid under the plan's hardship terms, not as an emergency or domestic-abuse distribution,
 * so the plan does not know of those two; the terminal illness evidence goes to the plan administrator whatever the
 * provision the distribution is paid under (§72(t)(2)(L)). */
const certifiedFor = (paidAs: PaidAs): readonly ExceptionId[] => (paidAs === 'hardship' ? ['terminal-illness'] : CERTIFIED_TO_PLAN);

export type Form1099RInput = {
  directRollover: boolean;
  roth: boolean;
  rothQualified: boolean | null;
  reached59: boolean;
  paidAs: PaidAs;
  outcomes: readonly ExceptionOutcome[];
  /** A periodic-payment series modified in this distribution's year, before its lock-in ended (§72(t)(4)). */
  seppModifiedEarly?: boolean;
  /** A corrective distribution of excess deferrals of the year before, with no earnings: all of it is income of that
   * year, code P (the earnings, income of the year paid, go on a separate form with code 8). */
  correctivePriorYearOnly?: boolean;
  /** No part of the taxable amount is left subject to the additional tax. */
  fullyExcepted?: boolean;
};

export function form1099RCode(x: Form1099RInput): string {
  const has = (id: string) => x.outcomes.some((o) => o.id === id && o.accepted);
  if (x.directRollover) return x.roth ? 'H' : 'G';
  let code: string;
  if (x.paidAs === 'deemed-loan') code = x.reached59 ? 'L7' : 'L1';
  else if (has('death')) code = '4';
  // Corrective distributions of excess deferrals or contributions: code 8 (P when taxable in the prior year), never 1.
  else if (has('corrective')) code = x.correctivePriorYearOnly ? 'P' : '8';
  // Earnings returned with an excess IRA contribution (§408(d)(4)): code 8 (P when taxable in the prior year), with
  // code 1 before 59½ ("you must also enter Code 1, if it applies"); the §72(t)(2)(A)(ix) exception is claimed on Form 5329.
  else if (has('ira-excess-earnings')) code = x.reached59 ? '8' : '81';
  // Dividends on employer securities passed through under §404(k): code U, whatever the age.
  else if (has('esop-dividends')) code = 'U';
  // Disability before 59½: code 3, except from a designated Roth account, since Table 1 of the instructions pairs code 3
  // only with D and code B only with 1, 2, 4, 7, 8, G, L, M, P or U: there it is B with 2, the exception the payer knows of.
  else if (has('disability') && !x.reached59) code = x.roth ? '2' : '3';
  else if (x.reached59) code = x.seppModifiedEarly ? '1' : '7';
  else if (PAYER_KNOWN.some(has) || (x.fullyExcepted === true && certifiedFor(x.paidAs).some(has))) code = '2';
  else code = '1';
  if (x.roth) return `B${code}`;
  return code;
}
