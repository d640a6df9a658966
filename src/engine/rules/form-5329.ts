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

/** SECURE 2.0 exceptions the Guide to Distribution Codes does not list under code 1 or by name under code 2 (Instructions
 * for Forms 1099-R and 5498): code 2 covers "any other distribution subject to an exception under section 72(q), (t),
 * (u), or (v) that is not required to be reported using Code 1, 3, or 4" when the payer knows of it. The figures
 * assume code 1, with the exception claimed on Form 5329, and say so. */
const CODE_NOT_NAMED = new Set(['emergency', 'domestic-abuse', 'terminal-illness']);

export type Form5329 = { needed: boolean; exceptionNumber: { number: string; confirmed: boolean } | null; note: string };

export function form5329(x: { code: string; taxable: number; subject: number; disaster: boolean; outcomes: readonly ExceptionOutcome[]; recapture?: number }): Form5329 {
  const claimed = x.outcomes.filter((o) => o.accepted && o.claimed && o.form5329 && o.id !== 'age-59-half');
  const claims = x.subject < x.taxable && x.code.endsWith('1') && claimed.length > 0;
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
            (claimed.some((o) => CODE_NOT_NAMED.has(o.id))
              ? `For ${claimed.filter((o) => CODE_NOT_NAMED.has(o.id)).map((o) => `${o.name.toLowerCase()} distributions`).join(' or ')} these figures assume the payer reports code 1 and you claim the exception here; a payer that applies it itself may report code 2 (“any other distribution subject to an exception under section 72(t)”), and then Form 5329 is not needed for it. `
              : '') +
            'Exception numbers marked unconfirmed come from a secondary summary of the instructions; check the current Form 5329 instructions.'
          : x.subject > 0
            ? `With code ${x.code} and no exception, the additional tax can go straight on Schedule 2 (Form 1040); Form 5329 is not required.`
            : 'No additional tax is due on this distribution.',
  };
}
