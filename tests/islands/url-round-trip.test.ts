// Every field of every check survives the trip through a shared link: set to a value other than the example's, written
// into the URL under the check's namespace and read back, alone and all together. The browser test
// (tests/browser/checks.test.ts) takes one control of each kind through the page itself; this covers every field.
import { describe, expect, test } from 'vitest';
import { defaultRequest, requestSchemas } from '../../src/engine/index.ts';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { fieldSpecs, readParams, valuesFromRequest, writeParams, type FieldSpec, type RequestSchema, type Value } from '../../src/islands/shared/form-model.ts';

/** A value a reader could give the field that differs from `now`, by kind (not a valid answer: the URL keeps any). */
function another(spec: FieldSpec, now: Value | undefined): Value {
  switch (spec.kind) {
    case 'yes-no':
      return now !== true;
    case 'set': {
      const had = Array.isArray(now) ? now : [];
      // Two more answers where there are: a list, not one value, goes through the link.
      const add = spec.options.filter((o) => !had.includes(o)).slice(0, 2);
      return add.length > 0 ? [...had, ...add] : had.slice(1);
    }
    case 'choice':
      return spec.options.find((o) => o !== now && o !== '')!;
    case 'date':
      return now === '2025-02-03' ? '2025-02-04' : '2025-02-03';
    default:
      return now === '7' ? '8' : '7';
  }
}

describe.each(CHECK_ISLANDS.map((c) => [c.id, c] as const))('%s', (id, { ns }) => {
  const schema = requestSchemas()[id] as RequestSchema;
  const example = valuesFromRequest(schema, defaultRequest(id));
  const specs = Object.values(fieldSpecs(schema));

  test('has fields of its own to carry', () => {
    expect(specs.length).toBeGreaterThan(3);
  });

  test.each(specs.map((s) => [s.name, s] as const))('%s is read back from the link as written', (name, spec) => {
    const value = another(spec, example[name]);
    expect(value).not.toEqual(example[name]);
    const params = writeParams(new URLSearchParams(), ns, { ...example, [name]: value }, example);
    expect([...params.keys()]).toEqual([`${ns}.v`, `${ns}.${name}`]);
    const read = readParams(params, ns, schema, example);
    expect(read.kind).toBe('scenario');
    if (read.kind === 'scenario') {
      expect(read.values[name]).toEqual(value);
      expect(read.touched).toEqual([name]);
    }
  });

  test('every field changed at once is read back whole', () => {
    const values = { ...example, ...Object.fromEntries(specs.map((s) => [s.name, another(s, example[s.name])])) };
    const read = readParams(writeParams(new URLSearchParams(), ns, values, example), ns, schema, example);
    expect(read.kind === 'scenario' && read.values).toEqual(values);
  });
});
