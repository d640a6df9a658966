// Requests no form would send: inherited property names as check ids, lists with holes or deep nesting, objects
// without a prototype, and numbers just past the cent. Each must come back as a field error that names a field.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const base = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 20000, vestedBalance: 80000 };

function errorsOf(request: unknown) {
  const out = evaluate(request);
  if (out.ok) throw new Error('expected the request to be refused');
  return out.errors;
}

describe('hostile requests', () => {
  test.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('the check id %s names no check and the error names the check field', (id) => {
    const errors = errorsOf({ check: id });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('check');
    expect(errors[0]!.message).toMatch(/^Choose a check: /);
  });

  test('a request that is not an object is refused with the field "request"', () => {
    for (const r of [null, 5, 'x', [1]]) expect(errorsOf(r)).toEqual([{ field: 'request', message: 'The request must be a JSON object.' }]);
  });

  test('a sparse list of claims is refused, naming the empty entry', () => {
    const claims = ['medical'];
    claims[3] = 'death';
    const errors = errorsOf({ ...base, claims });
    expect(errors).toEqual([{ field: 'claims', message: 'Unknown choice: an empty entry, an empty entry.' }]);
  });

  test('a 10,000-deep nested list in a list field is refused without overflowing the stack', () => {
    let deep: unknown = 'medical';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const errors = errorsOf({ ...base, claims: [deep] });
    expect(errors).toEqual([{ field: 'claims', message: 'Unknown choice: a list.' }]);
  });

  test('an object without a prototype inside a list is refused, not converted to text', () => {
    const errors = errorsOf({ ...base, claims: [Object.create(null)] });
    expect(errors).toEqual([{ field: 'claims', message: 'Unknown choice: an object.' }]);
  });

  test('a request object without a prototype is read like any other', () => {
    const r = Object.assign(Object.create(null), base);
    expect(evaluate(r).ok).toBe(true);
  });

  test('an own __proto__ key is an unknown field, named', () => {
    const r = JSON.parse('{"check":"early-withdrawal","__proto__":{"amount":1}}');
    expect(errorsOf(r).map((e) => e.field)).toContain('__proto__');
  });

  test('an amount a billionth past the cent is refused, and an exact cent is accepted', () => {
    expect(errorsOf({ ...base, amount: 100.000000001 })).toEqual([{ field: 'amount', message: 'Use at most two decimal places (cents).' }]);
    expect(evaluate({ ...base, amount: 100.01 }).ok).toBe(true);
    expect(evaluate({ ...base, amount: 4.35 }).ok).toBe(true);
  });

  test('a negative zero amount is read as zero', () => {
    const out = evaluate({ ...base, amount: -0 });
    expect(out.ok).toBe(true);
    if (out.ok) expect(Object.is((out.result as { grossAmount: number }).grossAmount, 0)).toBe(true);
  });
});
