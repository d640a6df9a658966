// The checks' form model: schema → controls, form → request, and the scenario's round trip through the URL.
import { describe, expect, test } from 'vitest';
import { defaultRequest, requestSchemas } from '../../src/engine/index.ts';
import { fieldSpec, fieldSpecs, groupsOf, readParams, requestFromValues, requiredNow, valuesFromRequest, withYear, writeParams, type RequestSchema } from '../../src/islands/shared/form-model.ts';

const schema = requestSchemas()['early-withdrawal'] as RequestSchema;
const example = valuesFromRequest(schema, defaultRequest('early-withdrawal'));

describe('fields', () => {
  test('reads label, help, kind, unit and section from the schema’s keywords', () => {
    const spec = fieldSpec(
      'withholdingRate',
      { type: 'number', title: 'Rate you elect', description: 'It cannot be lowered.', 'x-kind': 'percent', 'x-unit': 'percent', 'x-group': 'Paying' },
      false,
    );
    expect(spec).toMatchObject({ kind: 'percent', label: 'Rate you elect', help: 'It cannot be lowered.', unit: 'percent', optional: true });
  });

  test('shows a one-sentence description whole as the label, parsing nothing out of it', () => {
    const spec = fieldSpec('amount', { type: 'number', description: 'Gross amount (dollars); before tax', 'x-kind': 'money', 'x-unit': 'dollars' }, true);
    expect(spec).toMatchObject({ kind: 'money', label: 'Gross amount (dollars); before tax', help: '', unit: 'dollars' });
  });

  test('labels every choice in the reader’s words', () => {
    const specs = fieldSpecs(schema);
    expect(specs['filingStatus']!.choiceLabels['married-filing-jointly']).toBe('Married filing jointly');
    expect(specs['claims']!.choiceLabels['separation-55']).toBe('Separation from service in or after the year you turn 55');
    const hardship = fieldSpecs(requestSchemas()['hardship'] as RequestSchema);
    expect(hardship['reason']!.choiceLabels['eviction-foreclosure']).toBe('Preventing eviction or foreclosure');
    for (const [id, s] of Object.entries(requestSchemas()))
      for (const spec of Object.values(fieldSpecs(s as RequestSchema)))
        if (['early-withdrawal', 'exceptions', 'roth-distribution', 'contribution-limits', 'hardship', 'loss', 'loan'].includes(id))
          for (const o of spec.options) expect(spec.choiceLabels[o], `${id}.${spec.name}: ${o}`).toBeTruthy();
  });

  test('a separation date is required once you say you left, and not before', () => {
    const spec = fieldSpecs(schema)['separationDate']!;
    expect(spec.optional).toBe(true);
    expect(requiredNow(spec, { ...example, separatedFromPlanEmployer: false })).toBe(false);
    expect(requiredNow(spec, { ...example, separatedFromPlanEmployer: true })).toBe(true);
  });

  test('a date required by a claimed exception is required once that exception is ticked', () => {
    const spec = fieldSpecs(schema)['birthAdoptionDate']!;
    expect(requiredNow(spec, { ...example, claims: [] })).toBe(false);
    expect(requiredNow(spec, { ...example, claims: ['birth-adoption'] })).toBe(true);
  });

  test('takes the form’s sections, in order, from the schema', () => {
    const groups = groupsOf(schema);
    expect(groups[0]).toMatchObject({ fields: ['distributionDate', 'birthDate', 'amount', 'vestedBalance', 'filingStatus', 'otherIncome'] });
    expect(groups[0]!.title).toBeUndefined();
    expect(groups.map((g) => g.title).slice(1)).toEqual(['Traditional or Roth money', 'Leaving your employer', 'How it is paid, rolled over and withheld', 'Exceptions you believe apply', 'From an IRA instead, to compare', 'The rest of your tax return']);
    const finder = groupsOf(requestSchemas()['exceptions'] as RequestSchema);
    expect(finder.filter((g) => g.open && g.title).map((g) => g.title)).toEqual(['Leaving your employer', 'What the money is for', 'Your circumstances']);
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

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('reports the inherited name %s as not a field of this check', (name) => {
    const r = readParams(new URLSearchParams(`ew.v=1&ew.${name}=5`), 'ew', schema, example);
    expect(r).toEqual({ kind: 'bad', message: `This link could not be read (“${name}” is not a field of this check), so the example is shown instead.` });
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
