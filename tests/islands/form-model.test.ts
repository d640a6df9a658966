// The checks' form model: schema → controls, form → request, and the scenario's round trip through the URL.
import { describe, expect, test } from 'vitest';
import { defaultRequest, requestSchemas } from '../../src/engine/index.ts';
import { blankValues, fieldSpec, fieldSpecs, groupsOf, readParams, requestFromValues, requestValues, requiredNow, scenarioState, shownFields, valuesFromRequest, withYear, writeParams, type RequestSchema } from '../../src/islands/shared/form-model.ts';

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

  test('a question that cannot matter yet waits for the answer it depends on', () => {
    const specs = fieldSpecs(schema);
    const blank = blankValues(schema);
    const shown = (v: Record<string, unknown>) => shownFields(specs, { ...example, ...v } as typeof example, blank);
    // The separation date: once you say you left (from its requiredWhen).
    expect(shown({}).has('separationDate')).toBe(false);
    expect(shown({ separatedFromPlanEmployer: true }).has('separationDate')).toBe(true);
    // An exception's questions: once it is claimed; the earlier emergency's details once there was one.
    expect(shown({}).has('medicalExpenses')).toBe(false);
    expect(shown({ claims: ['medical'] }).has('medicalExpenses')).toBe(true);
    expect(shown({ claims: ['emergency'] }).has('priorEmergencyWithinThreeYears')).toBe(true);
    expect(shown({ claims: ['emergency'] }).has('priorEmergencyDate')).toBe(false);
    expect(shown({ claims: ['emergency'], priorEmergencyWithinThreeYears: true }).has('priorEmergencyDate')).toBe(true);
    // Every condition must hold: an earlier emergency's details wait for the emergency claim too.
    expect(shown({ claims: ['medical'], priorEmergencyWithinThreeYears: true }).has('priorEmergencyDate')).toBe(false);
    // An IRA-only measure: once the money comes from an IRA and its exception is claimed.
    expect(shown({ claims: ['first-home'] }).has('firstHomePriorDistributions')).toBe(false);
    expect(shown({ claims: ['first-home'], planType: 'ira' }).has('firstHomePriorDistributions')).toBe(true);
    // Spouse questions on a joint return only; Roth details for Roth money only.
    expect(shown({}).has('spouseBirthDate')).toBe(false);
    expect(shown({ filingStatus: 'married-filing-jointly' }).has('spouseBirthDate')).toBe(true);
    expect(shown({}).has('rothFirstContributionYear')).toBe(false);
    expect(shown({ accountType: 'roth' }).has('rothFirstContributionYear')).toBe(true);
    expect(shown({ accountType: 'roth' }).has('afterTaxBasis')).toBe(false);
    // What the reader has answered, or what the engine says is wrong, is never hidden.
    expect(shown({ medicalExpenses: '9000' }).has('medicalExpenses')).toBe(true);
    expect(shownFields(specs, example, blank, new Set(['separationDate'])).has('separationDate')).toBe(true);
    // The basic questions are always there.
    for (const f of ['distributionDate', 'birthDate', 'amount', 'vestedBalance', 'filingStatus', 'otherIncome', 'claims']) expect(shown({}).has(f), f).toBe(true);
  });

  test('a Roth IRA conversion’s amounts are asked once its year is given, and a second conversion after a first', () => {
    const roth = requestSchemas()['roth-distribution'] as RequestSchema;
    const specs = fieldSpecs(roth);
    const blank = blankValues(roth);
    const base = valuesFromRequest(roth, defaultRequest('roth-distribution'));
    expect(shownFields(specs, base, blank).has('conversion1Amount')).toBe(false);
    expect(shownFields(specs, base, blank).has('conversion2Year')).toBe(false);
    const one = { ...base, conversion1Year: '2022' };
    expect(shownFields(specs, one, blank).has('conversion1Amount')).toBe(true);
    expect(shownFields(specs, one, blank).has('conversion2Year')).toBe(true);
    expect(shownFields(specs, one, blank).has('conversion2Amount')).toBe(false);
  });

  test('the RMD check asks the year you retired only of a reader who no longer works for the employer', () => {
    const rmd = requestSchemas()['rmd'] as RequestSchema;
    const base = valuesFromRequest(rmd, defaultRequest('rmd'));
    expect(shownFields(fieldSpecs(rmd), { ...base, stillWorkingForPlanEmployer: false }, blankValues(rmd)).has('retirementYear')).toBe(true);
    expect(shownFields(fieldSpecs(rmd), { ...base, stillWorkingForPlanEmployer: true }, blankValues(rmd)).has('retirementYear')).toBe(false);
  });

  test('the loan check asks about an offset only of a reader who leaves or whose plan ends', () => {
    const loan = requestSchemas()['loan'] as RequestSchema;
    const specs = fieldSpecs(loan);
    const blank = blankValues(loan);
    const base = valuesFromRequest(loan, defaultRequest('loan'));
    for (const [leaving, expected] of [['staying', false], ['leaving-job', true], ['plan-ending', true]] as const)
      for (const f of ['separationDate', 'offsetDate', 'offsetRolledOver', 'rmdStillToTake']) expect(shownFields(specs, { ...base, leaving }, blank).has(f), `${leaving} ${f}`).toBe(expected);
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
    const r = readParams(writeParams(new URLSearchParams(), 'ew', values, example), 'ew', schema, example);
    expect(r.kind === 'scenario' && r.values).toEqual(values);
    // The fields the link names are the reader's.
    expect(r.kind === 'scenario' && [...r.touched].sort()).toEqual(['amount', 'claims', 'distributionDate', 'filingStatus', 'separatedFromPlanEmployer', 'withholdingRate']);
  });

  test('writes a value the reader entered even when it equals the example’s, and reads it back as entered', () => {
    const params = writeParams(new URLSearchParams(), 'ew', { ...example, amount: '5000' }, example, ['amount', 'vestedBalance']);
    expect(params.toString()).toBe('ew.v=1&ew.amount=5000&ew.vestedBalance=80000');
    const r = readParams(params, 'ew', schema, example);
    expect(r.kind === 'scenario' && r.touched).toEqual(['amount', 'vestedBalance']);
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

describe('whose numbers the form holds', () => {
  const specs = fieldSpecs(schema);
  const blank = blankValues(schema);
  // The early-withdrawal example: paid 2026-06-15, born 1980-03-10, $20,000 of $80,000, single (the default), $60,000
  // of other income (the default is 0). The first four are required.
  const REQUIRED = ['distributionDate', 'birthDate', 'amount', 'vestedBalance'];

  test('is the example while the reader has entered nothing, naming the example’s values, required ones apart', () => {
    expect(scenarioState(specs, example, blank, example, new Set())).toEqual({ kind: 'example', inUse: { required: REQUIRED, other: ['otherIncome'] } });
  });

  test('is partly the example while a required input still holds the example’s value', () => {
    const values = { ...example, amount: '5000' };
    expect(scenarioState(specs, example, blank, values, new Set(['amount']))).toEqual({
      kind: 'partial',
      inUse: { required: ['distributionDate', 'birthDate', 'vestedBalance'], other: ['otherIncome'] },
    });
  });

  test('is the reader’s once every required input is entered, one of them equal to the example’s', () => {
    const values = { ...example, amount: '5000', distributionDate: '2026-01-05', birthDate: '1975-01-01' };
    expect(scenarioState(specs, example, blank, values, new Set(REQUIRED))).toEqual({ kind: 'yours', inUse: { required: [], other: ['otherIncome'] } });
  });

  test('a value changed without typing (the tax-year choice moving the date) is no longer the example’s', () => {
    const values = { ...example, distributionDate: '2025-06-15' };
    expect(scenarioState(specs, example, blank, values, new Set(['amount'])).inUse.required).toEqual(['birthDate', 'vestedBalance']);
  });

  test('a field the example fills that is required only once another answer is given counts as required then', () => {
    const finder = requestSchemas()['exceptions'] as RequestSchema;
    const fs = fieldSpecs(finder);
    // The finder's example: left the employer (yes) on 2026-03-31; the separation date is required once you left.
    const ex = valuesFromRequest(finder, defaultRequest('exceptions'));
    const b = blankValues(finder);
    const t = new Set(['distributionDate', 'birthDate']);
    expect(scenarioState(fs, ex, b, ex, t)).toMatchObject({ kind: 'partial', inUse: { required: ['separationDate'] } });
    // Once you say you did not leave, the example's separation date is not asked, so it is not in use either.
    expect(scenarioState(fs, ex, b, { ...ex, separatedFromPlanEmployer: false }, new Set([...t, 'separatedFromPlanEmployer']))).toMatchObject({ kind: 'yours', inUse: { required: [], other: [] } });
  });

  test('an answer the example set is hidden and left out of the request once its question is not asked; the reader’s own is not', () => {
    const loan = requestSchemas()['loan'] as RequestSchema;
    const specs = fieldSpecs(loan);
    const blank = blankValues(loan);
    const example = valuesFromRequest(loan, defaultRequest('loan'));
    const leaving = { ...example, leaving: 'leaving-job' };
    const origin = { example, touched: new Set(['leaving']) };
    // The example's loan date and highest balance are questions for a reader who stays.
    const shown = shownFields(specs, leaving, blank, new Set(), origin);
    expect(shown.has('loanDate')).toBe(false);
    expect(shown.has('highestBalanceLast12Months')).toBe(false);
    expect(shown.has('requestedAmount')).toBe(false);
    expect(shown.has('vestedBalance')).toBe(false);
    expect(shown.has('outstandingBalance')).toBe(true);
    expect(shown.has('separationDate')).toBe(true);
    const request = requestFromValues('loan', loan, requestValues(specs, leaving, blank, origin));
    expect(request['loanDate']).toBeUndefined();
    // Back to its default (0), not the example's 27,000.
    expect(request['highestBalanceLast12Months']).toBe(0);
    expect(request['outstandingBalance']).toBe(18000);
    // Typed by the reader (or read from a link), the same date stays in sight and in the request.
    const typed = { example, touched: new Set(['leaving', 'loanDate']) };
    expect(shownFields(specs, leaving, blank, new Set(), typed).has('loanDate')).toBe(true);
    expect(requestFromValues('loan', loan, requestValues(specs, leaving, blank, typed))['loanDate']).toBe('2026-06-15');
    // Without an origin (what the form showed before), any answer other than the blank one is shown.
    expect(shownFields(specs, leaving, blank).has('loanDate')).toBe(true);
  });

  test('the loan check asks a reader who stays about the new loan, and one who leaves about the date they leave', () => {
    const loan = requestSchemas()['loan'] as RequestSchema;
    const specs = fieldSpecs(loan);
    const blank = blankValues(loan);
    const example = valuesFromRequest(loan, defaultRequest('loan'));
    // The first question decides which of the two the check answers.
    expect(Object.keys(specs)[0]).toBe('leaving');
    expect(requiredNow(specs['loanDate']!, example)).toBe(true);
    expect(requiredNow(specs['separationDate']!, example)).toBe(false);
    expect(requiredNow(specs['loanDate']!, { ...example, leaving: 'leaving-job' })).toBe(false);
    expect(requiredNow(specs['separationDate']!, { ...example, leaving: 'leaving-job' })).toBe(true);
    expect(requiredNow(specs['offsetDate']!, { ...example, leaving: 'plan-ending' })).toBe(true);
    // What is owed is the offset: leaving, the example's $18,000 keeps the result "partly example" until the reader's own.
    expect(requiredNow(specs['outstandingBalance']!, example)).toBe(false);
    expect(requiredNow(specs['outstandingBalance']!, { ...example, leaving: 'plan-ending' })).toBe(true);
    const leaving = { ...example, leaving: 'leaving-job', separationDate: '2026-09-30' };
    expect(scenarioState(specs, example, blank, leaving, new Set(['leaving', 'separationDate']))).toMatchObject({ kind: 'partial', inUse: { required: ['outstandingBalance'] } });
    expect(shownFields(specs, example, blank).has('outstandingBalance')).toBe(true);
    expect(shownFields(specs, { ...example, leaving: 'staying' }, blank).has('requestedAmount')).toBe(true);
  });
});

describe('tax-year choice', () => {
  test('moves a date into another year, February 29 to February 28', () => {
    expect(withYear('2026-06-15', 2024)).toBe('2024-06-15');
    expect(withYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(withYear('2025-02-28', 2024)).toBe('2024-02-28');
  });
});
