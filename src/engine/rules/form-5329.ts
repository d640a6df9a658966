/**
 * Form 5329, Part I (Instructions for Form 5329, line 2): a taxpayer whose Form 1099-R shows code 1 but who qualifies
 * for an exception claims it there with the exception's number (99 for more than one). With code 1 and no exception
 * the additional tax goes straight on Schedule 2 (Form 1040), line 8, and Form 5329 is not required. The sentences name the
 * code as the form shows it (B1 for a designated Roth account's early distribution). A qualified
 * disaster recovery distribution is reported on Form 8915-F instead (Form 8915-F instructions). The recapture of a
 * periodic-payment series modified too early (IRC §72(t)(4)) is reported on Form 5329, line 4, for the year of the
 * modification, with an explanation attached (Pub. 590-B, "Recapture tax for changes in distribution method under
 * equal payment exception"), whatever the code.
 */
import type { ExceptionOutcome } from './exception-outcomes.ts';
import { CERTIFIED_TO_PLAN } from './form-1099r.ts';

// The exceptions a plan pays on the participant's certification to it (form-1099r.ts): when it paid the distribution
// as one of them it reports code 2 and Form 5329 is not needed; a form showing code 1 instead means the payer did not
// know, and the exception is claimed on Form 5329, Part I, line 2, with its number.
const certifiedToPlan = (o: ExceptionOutcome): boolean => (CERTIFIED_TO_PLAN as readonly string[]).includes(o.id);

export type Form5329 = { needed: boolean; exceptionNumber: { number: string; confirmed: boolean } | null; note: string };

export function form5329(x: { code: string; taxable: number; subject: number; disaster: boolean; outcomes: readonly ExceptionOutcome[]; recapture?: number }): Form5329 {
  const claimed = x.outcomes.filter((o) => o.accepted && o.claimed && o.form5329 && o.id !== 'age-59-half');
  const claims = x.subject < x.taxable && x.code.endsWith('1') && claimed.length > 0;
  const certified = x.code.endsWith('2') && x.subject === 0 ? claimed.filter(certifiedToPlan) : [];
  const recapture = (x.recapture ?? 0) > 0;
  const needed = claims || recapture;
  const numbers = claimed.map((o) => o.form5329!);
  const distinct = new Set(numbers.map((n) => n.number));
  return {
    needed,
    exceptionNumber: !claims ? null : distinct.size === 1 ? numbers[0]! : { number: '99', confirmed: false },
    note: recapture
      ? `File Form 5329: the recapture of the periodic-payment series and its interest go on line 4, with an explanation attached${claims ? '; claim the exception for this distribution in Part I too' : ''}.`
      : x.disaster
        ? 'Report the disaster distribution on Form 8915-F, not Form 5329.'
        : claims
          ? `The payer’s code ${x.code} means it did not know of an exception: claim it on Form 5329, Part I. ` +
            'Exception numbers marked unconfirmed come from a secondary summary of the instructions; check the current Form 5329 instructions.'
          : certified.length > 0
            ? `A plan that paid this as ${certified.map((o) => `a${/^[aeiou]/i.test(o.name) ? 'n' : ''} ${o.name.toLowerCase()} distribution`).join(' and ')} knows of the exception and reports code ${x.code}; then Form 5329 is not needed for it. ` +
              `If your Form 1099-R shows code ${x.code.replace('2', '1')} instead (the plan paid it under another provision, or did not know), the additional tax is still not due: file Form 5329 and, in Part I, enter the distribution on line 1 and the amount the exception covers on line 2 with exception number ${certified.map((o) => `${o.form5329!.number}${o.form5329!.confirmed ? '' : ' (unconfirmed; check the current Form 5329 instructions)'}`).join(' or ')}.`
          : x.subject > 0
            ? `With code ${x.code} and no exception, the additional tax can go straight on Schedule 2 (Form 1040); Form 5329 is not required.`
            : 'No additional tax is due on this distribution.',
  };
}
