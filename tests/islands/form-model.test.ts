// The checks' form model: schema → controls, form → request, and the scenario's round trip through the URL.
import { describe, expect, test } from 'vitest';
import { defaultRequest, requestSchemas } from '../../src/engine/index.ts';
import { fieldSpec, readParams, requestFromValues, valuesFromRequest, withYear, writeParams, type RequestSchema } from '../../src/islands/shared/form-model.ts';

const schema = requestSchemas()['early-withdrawal'] as RequestSchema;
const example = valuesFromRequest(schema, defaultRequest('early-withdrawal'));

describe('fields', () => {
  test('splits a description into label, help and unit', () => {
    const spec = fieldSpec('withholdingRate', { type: 'number', description: 'Rate you elect (percent); it cannot be lowered' }, false);
    expect(spec).toMatchObject({ kind: 'percent', label: 'Rate you elect', help: 'It cannot be lowered.', unit: 'percent', optional: true });
  });

  test('reads money typed with a dollar sign and commas, and passes anything else through for the engine to reject', () => {
    const req = requestFromValues('early-withdrawal', schema, { ...example, amount: '$20,000.50', vestedBalance: 'lots', otherIncome: '' });
    expect(req).toMatchObject({ amount: 20000.5, vestedBalance: 'lots' });
    expect(req).not.toHaveProperty('otherIncome');
  });

  test('makes the engine’s own example request from the example form', () => {
    expect(requestFromValues('early-withdrawal', schema, example)).toMatchObject(defaultRequest('early-withdrawal'));
  });
});

describe('URL state', () => {
  test('writes only what differs from the example, under the check’s namespace, and keeps other parameters', () => {
    const params = writeParams(new URLSearchParams('x=1&ew.old=2'), 'ew', { ...example, amount: '5000', claims: ['medical', 'sepp'], blind: true }, example);
    expect(params.toString()).toBe('x=1&ew.v=1&ew.amount=5000&ew.claims=medical%2Csepp&ew.blind=true');
  });

  test('reads back every kind of control it writes', () => {
    const values = { ...example, amount: '', distributionDate: '2025-01-31', filingStatus: 'head-of-household', claims: ['disaster'], separatedFromPlanEmployer: true, withholdingRate: '12.5' };
    expect(readParams(writeParams(new URLSearchParams(), 'ew', values, example), 'ew', schema, example)).toEqual({ kind: 'scenario', values });
  });

  test('leaves the example in place when the URL has nothing for the check', () => {
    expect(readParams(new URLSearchParams('rd.v=1'), 'ew', schema, example)).toEqual({ kind: 'none' });
  });

  test.each([
    ['an unknown field', 'ew.v=1&ew.colour=red'],
    ['an unknown choice', 'ew.v=1&ew.filingStatus=pirate'],
    ['a word for a number', 'ew.v=1&ew.amount=lots'],
    ['a malformed date', 'ew.v=1&ew.birthDate=10/03/1980'],
    ['another URL version', 'ew.v=0&ew.amount=5'],
    ['no version', 'ew.amount=5'],
  ])('reports %s as a link it cannot read', (_what, query) => {
    expect(readParams(new URLSearchParams(query), 'ew', schema, example).kind).toBe('bad');
  });

  test('accepts a value the engine will reject, so the engine’s message shows next to the field', () => {
    const r = readParams(new URLSearchParams('ew.v=1&ew.amount=-5'), 'ew', schema, example);
    expect(r.kind === 'scenario' && r.values['amount']).toBe('-5');
  });
});

describe('tax-year choice', () => {
  test('moves a date into another year, February 29 to February 28', () => {
    expect(withYear('2026-06-15', 2024)).toBe('2024-06-15');
    expect(withYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(withYear('2025-02-28', 2024)).toBe('2024-02-28');
  });
});
