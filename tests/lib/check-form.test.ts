// In the browser a request field is its parser alone (src/lib/check-form.ts `withoutFieldDescriptions`): the labels,
// help and choice labels a field is declared with reach the reader through the form spec, built in Node, so the
// engine's chunks drop them. What is cut, and what is left alone, is written out here by hand. The form spec keeps of
// the request's schema only what the form reads, and makes the very form the whole schema makes.
import { describe, expect, test } from 'vitest';
import { defaultRequest, requestSchemas, type CheckId } from '../../src/engine/index.ts';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { blankValues, fieldSpecs, groupsOf, requestFromValues, valuesFromRequest, type RequestSchema } from '../../src/islands/shared/form-model.ts';
import { checkForm, withoutFieldDescriptions } from '../../src/lib/check-form.ts';

const KIT = "import { boolean, money as cash, oneOf, withDefault, withMeta } from '../core/request-kit.ts';\n";

describe('field descriptions cut from the browser’s engine', () => {
  test('a description written in place becomes 0, whatever its form', () => {
    const code = `${KIT}const a = cash({ label: 'Amount', help: 'Gross.' });\nconst b = withDefault(boolean('You are blind'), false);\nconst c = oneOf(['x', 'y'] as const, { label: 'Pick', choices: { x: 'X', y: 'Y' } });\nconst d = withMeta(a, { group: null });`;
    expect(withoutFieldDescriptions(code, 'm.ts')).toBe(`${KIT}const a = cash(0);\nconst b = withDefault(boolean(0), false);\nconst c = oneOf(['x', 'y'] as const, 0);\nconst d = withMeta(a, 0);`);
  });

  test('a template description and one holding calls go whole', () => {
    const code = `${KIT}const a = boolean({ label: prose('up to {loan-floor:usd}'), group: G.x });\nconst b = boolean(\`Over \${n} days\`);`;
    expect(withoutFieldDescriptions(code, 'm.ts')).toBe(`${KIT}const a = boolean(0);\nconst b = boolean(0);`);
  });

  test('a description held in a variable, a function not from request-kit and the values of a choice stay', () => {
    const code = `${KIT}import { date } from './elsewhere.ts';\nconst a = cash(DESCRIPTION);\nconst b = date({ label: 'Kept' });\nconst c = oneOf(VALUES, 0);`;
    expect(withoutFieldDescriptions(code, 'm.ts')).toBe(code);
  });

  test('code that does not parse is returned as it was', () => {
    const code = `${KIT}const a = cash({ label: 'x' ;`;
    expect(withoutFieldDescriptions(code, 'm.ts')).toBe(code);
  });
});

describe('the form spec keeps what the form reads', () => {
  test.each(CHECK_ISLANDS.map((c) => [c.id]))('%s: the form built from the spec is the form built from the whole schema', (id) => {
    const whole = requestSchemas()[id] as RequestSchema;
    const spec = checkForm(id).schema;
    expect(fieldSpecs(spec)).toEqual(fieldSpecs(whole));
    expect(groupsOf(spec)).toEqual(groupsOf(whole));
    expect(blankValues(spec)).toEqual(blankValues(whole));
    const example = defaultRequest(id as CheckId) as Record<string, unknown>;
    const values = valuesFromRequest(whole, example);
    expect(valuesFromRequest(spec, example)).toEqual(values);
    expect(requestFromValues(id, spec, values)).toEqual(requestFromValues(id, whole, values));
  });

  test('a field keeps its label, help, kind and choices but not its bounds or type (early-withdrawal amount and kind of money)', () => {
    const p = checkForm('early-withdrawal').schema.properties;
    expect(p['amount']).toEqual({ title: 'Gross amount of the distribution', 'x-kind': 'money', 'x-unit': 'dollars' });
    expect(p['accountType']!['x-choice-labels']).toEqual({ traditional: 'Traditional (pre-tax)', roth: 'Roth 401(k)' });
    expect(Object.keys(p)).not.toContain('check');
  });
});
