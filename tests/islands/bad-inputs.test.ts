// Bad input as a reader enters it, through the same path the check islands take: the value goes into the form (here
// through a link, `?ew.v=1&ew.amount=-500`, which a typed value and a chosen option join at the same point), the form
// model makes the request, `evaluate` judges it, and the message is the one shown beside that field. The browser
// tests keep one such case per check, for what only a page shows (the message beside the field, aria-invalid,
// aria-describedby, the live region); every other case lives here, with the engine's messages written out literally.
import { describe, expect, test } from 'vitest';
import { defaultRequest, evaluate, requestSchemas, type CheckId } from '../../src/engine/index.ts';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { readParams, requestFromValues, valuesFromRequest, type RequestSchema } from '../../src/islands/shared/form-model.ts';

/** A bad input: what it is, the field, the value entered, and the message the field must show. */
type Bad = { what: string; field: string; value: string; message: string };

// The covered years are 2024–2026 (src/data/years), so 2031 is outside them.
const NOT_COVERED = 'Tax year 2031 is not covered. This site covers 2024, 2025, 2026.';
// 2026 − 1901 = 125 > 120.
const TOO_OLD = 'Check the birth date: it makes you older than 120 in 2026.';
const REQUIRED = 'This field is required.';
const NEGATIVE = 'The amount cannot be negative.';
const BEFORE_BIRTH = 'The birth date must be before the distribution date.';

const WITHDRAWAL_BAD: Bad[] = [
  { what: 'a negative amount', field: 'amount', value: '-500', message: NEGATIVE },
  { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01', message: BEFORE_BIRTH },
  { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: TOO_OLD },
  { what: 'a year not covered', field: 'distributionDate', value: '2031-06-15', message: NOT_COVERED },
  { what: 'an empty required field', field: 'vestedBalance', value: '', message: REQUIRED },
];

const BAD: Record<Exclude<CheckId, 'federal-tax' | 'rmd'>, Bad[]> = {
  'early-withdrawal': WITHDRAWAL_BAD,
  exceptions: [
    { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01', message: BEFORE_BIRTH },
    { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: TOO_OLD },
    { what: 'a year not covered', field: 'distributionDate', value: '2031-06-15', message: NOT_COVERED },
    { what: 'a number out of range', field: 'yearsOfService', value: '-3', message: 'Enter a number from 0 to 80.' },
    { what: 'an empty required field', field: 'birthDate', value: '', message: REQUIRED },
  ],
  'roth-distribution': WITHDRAWAL_BAD,
  'contribution-limits': [
    { what: 'a negative amount', field: 'traditionalDeferrals', value: '-100', message: NEGATIVE },
    { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: TOO_OLD },
    { what: 'a birth after the tax year', field: 'birthDate', value: '2030-01-01', message: 'The birth date must be on or before the end of the tax year.' },
    // A choice of year lists only the covered years: 2031 can come only from a link.
    { what: 'a year not covered', field: 'taxYear', value: '2031', message: NOT_COVERED },
    { what: 'an empty required field', field: 'birthDate', value: '', message: REQUIRED },
  ],
  hardship: [
    { what: 'a negative amount', field: 'amountNeeded', value: '-500', message: NEGATIVE },
    ...WITHDRAWAL_BAD.filter((b) => b.field !== 'amount'),
  ],
  // A loss has no birth date, so no age checks apply.
  loss: [
    { what: 'a negative amount', field: 'lossAmount', value: '-100', message: NEGATIVE },
    { what: 'a year not covered', field: 'taxYear', value: '2031', message: NOT_COVERED },
    { what: 'an empty required field', field: 'taxYear', value: '', message: REQUIRED },
  ],
  loan: [
    { what: 'a negative amount', field: 'vestedBalance', value: '-500', message: NEGATIVE },
    { what: 'a loan before birth', field: 'birthDate', value: '2030-01-01', message: BEFORE_BIRTH },
    { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: TOO_OLD },
    { what: 'a year not covered', field: 'loanDate', value: '2031-06-15', message: NOT_COVERED },
    { what: 'an empty required field', field: 'vestedBalance', value: '', message: REQUIRED },
  ],
  rollover: [
    { what: 'a negative amount', field: 'amount', value: '-500', message: NEGATIVE },
    { what: 'a distribution before birth', field: 'birthDate', value: '2030-01-01', message: BEFORE_BIRTH },
    { what: 'an age over 120', field: 'birthDate', value: '1901-01-01', message: TOO_OLD },
    { what: 'a year not covered', field: 'distributionDate', value: '2031-06-15', message: NOT_COVERED },
    { what: 'an empty required field', field: 'amount', value: '', message: REQUIRED },
    // The example moves pre-tax money (§402A(c)(4): into a designated Roth account only by an in-plan rollover).
    {
      what: 'pre-tax money into another plan’s Roth account',
      field: 'destination',
      value: 'plan-roth',
      message: 'Pre-tax and after-tax money cannot go into another plan’s Roth account; convert it to a Roth IRA, or in your own plan by an in-plan Roth rollover.',
    },
  ],
};

/** The messages the form shows beside `field` after the reader enters `value` over the example. */
function messagesAt(id: keyof typeof BAD, field: string, value: string): string[] {
  const ns = CHECK_ISLANDS.find((i) => i.id === id)!.ns;
  const schema = requestSchemas()[id] as RequestSchema;
  const example = valuesFromRequest(schema, defaultRequest(id));
  const read = readParams(new URLSearchParams([[`${ns}.v`, '1'], [`${ns}.${field}`, value]]), ns, schema, example);
  // The form can hold the value (it is a number, a date, a listed choice or empty): it is the engine that refuses it.
  expect(read.kind).toBe('scenario');
  if (read.kind !== 'scenario') return [];
  const outcome = evaluate(requestFromValues(id, schema, read.values));
  return outcome.ok ? [] : outcome.errors.filter((e) => e.field === field).map((e) => e.message);
}

describe.each(Object.entries(BAD) as [keyof typeof BAD, Bad[]][])('the %s check', (id, cases) => {
  test.each(cases.map((b) => [b.what, b] as const))('gives %s the field’s own message', (_what, b) => {
    expect(messagesAt(id, b.field, b.value)).toEqual([b.message]);
  });
});

test('every check with a form has its bad inputs here', () => {
  expect(Object.keys(BAD).sort()).toEqual(CHECK_ISLANDS.map((i) => i.id).filter((id) => id !== 'rmd').sort());
});
