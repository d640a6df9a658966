/**
 * Payment to an alternate payee under a qualified domestic relations order (IRC §72(t)(2)(C); §414(p)). Who is taxed
 * depends on the alternate payee (§402(e)(1)): a spouse or former spouse is the distributee and may roll the payment
 * over as if the employee; any other alternate payee (a child or other dependent) is not, so the payment is taxed to
 * the participant and is not an eligible rollover distribution: no rollover, and no mandatory 20% (Treas. Reg.
 * §1.402(c)-2, Q&A-12(b)). The additional-tax exception holds for either.
 */
import { GROUPS } from '../../core/fields.ts';
import { oneOf, withDefault, type FieldError } from '../../core/request-kit.ts';
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const QDRO_ALTERNATE_PAYEES = ['spouse-or-former-spouse', 'child-or-dependent'] as const;
export type QdroAlternatePayee = (typeof QDRO_ALTERNATE_PAYEES)[number];

export const qdro = defineException({
  id: 'qdro',
  fields: {
    qdroAlternatePayee: withDefault(
      oneOf(QDRO_ALTERNATE_PAYEES, {
        label: 'Under the QDRO, the payment goes to',
        help: 'A spouse or former spouse is taxed on the payment and may roll it over; for a child or other dependent, the participant is taxed.',
        group: GROUPS.exceptions,
        choices: { 'spouse-or-former-spouse': 'The participant’s spouse or former spouse', 'child-or-dependent': 'A child or other dependent of the participant' },
      }),
      'spouse-or-former-spouse',
    ),
  },
  facts: (r): { qdroAlternatePayee: QdroAlternatePayee } => ({ qdroAlternatePayee: r.qdroAlternatePayee }),
  finder: { circumstance: true },
  judge: (f) =>
    !f.claims.has('qdro')
      ? no('Only payments to an alternate payee under a QDRO qualify.')
      : f.qdroAlternatePayee === 'child-or-dependent'
        ? all('Paid from the plan under a qualified domestic relations order to an alternate payee who is a child or other dependent of the participant. The exception applies whoever the alternate payee is.')
        : all('Paid from the plan to an alternate payee (such as a former spouse) under a qualified domestic relations order.'),
});

type QdroRequest = { claims: readonly string[]; qdroAlternatePayee?: QdroAlternatePayee | undefined };

/** A QDRO payment to a child or other dependent: taxed to the participant, not an eligible rollover distribution. */
export function qdroToNonSpouse(r: QdroRequest): boolean {
  return r.claims.includes('qdro') && r.qdroAlternatePayee === 'child-or-dependent';
}

/** Only a spouse or former spouse alternate payee may roll a QDRO payment over (IRC §402(e)(1)(B); Treas. Reg.
 * §1.402(c)-2, Q&A-12(b)). */
export function qdroRolloverErrors(r: QdroRequest & { payment: string; rolledOverWithin60Days: number }): FieldError[] {
  if (!qdroToNonSpouse(r)) return [];
  const why = 'A QDRO payment to a child or other dependent is not an eligible rollover distribution: only a spouse or former spouse alternate payee may roll one over.';
  if (r.payment === 'direct-rollover') return [{ field: 'payment', message: why }];
  if (r.rolledOverWithin60Days > 0) return [{ field: 'rolledOverWithin60Days', message: why }];
  return [];
}

/** Whose return the payment is taxed on (IRC §402(e)(1)(A)), and the name Form 1099-R is issued in (Instructions for
 * Forms 1099-R and 5498, "Alternate payee under a QDRO"). */
export function qdroTaxedToText(r: QdroRequest): string {
  return qdroToNonSpouse(r)
    ? 'Paid under a QDRO to a child or other dependent, the payment is taxed to the participant (IRC §402(e)(1)(A) treats only a spouse or former spouse as the distributee): it goes on the participant’s return, which is the return these figures describe, and Form 1099-R is issued in the participant’s name and taxpayer identification number. It is not an eligible rollover distribution, so it cannot be rolled over and the mandatory withholding on eligible rollover distributions does not apply; the default withholding, which can be changed on Form W-4R, does.'
    : 'Paid under a QDRO to the participant’s spouse or former spouse, the payment is taxed to that alternate payee as if a plan participant (IRC §402(e)(1)(A)): the return these figures describe is the alternate payee’s (enter the alternate payee’s birth date and other income), and Form 1099-R is issued in the alternate payee’s name. The alternate payee may roll it over as the employee could (§402(e)(1)(B)).';
}
