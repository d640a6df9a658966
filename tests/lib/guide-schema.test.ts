import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../src/lib/guide-schema.ts';

const valid = {
  title: 'What is a 401(k)?',
  description: 'A workplace retirement plan that lets employees save part of their pay.',
  summary: 'A 401(k) is a retirement savings plan run by an employer.',
  topic: 'basics',
  order: 1,
  taxYears: [2025, 2026],
  lastReviewed: '2026-11-01',
  sources: [{ title: 'IRS, 401(k) plans', url: 'https://www.irs.gov/retirement-plans/401k-plans' }],
};

/** The paths of the fields a parse complains about, e.g. ['sources.0.url']. */
function failingFields(data: unknown): string[] {
  const result = guideSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => (i.path.length > 0 ? i.path.join('.') : `(root: ${i.message})`));
}

describe('guide front matter', () => {
  test('accepts a complete guide and turns lastReviewed into a date', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-01'));
  });

  test('accepts the optional synonyms and checks', () => {
    expect(failingFields({ ...valid, synonyms: ['early distribution'], checks: ['early-withdrawal-penalty'] })).toEqual([]);
  });

  test.each(['title', 'description', 'summary', 'topic', 'order', 'taxYears', 'lastReviewed', 'sources'])(
    'names %s when it is missing',
    (field) => {
      const { [field]: _, ...rest } = valid as Record<string, unknown>;
      expect(failingFields(rest)).toEqual([field]);
    },
  );

  test('rejects an unknown field instead of dropping it', () => {
    const result = guideSchema.safeParse({ ...valid, lastReviwed: '2026-11-01' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('lastReviwed');
  });

  test('rejects a topic outside the fixed list', () => {
    expect(failingFields({ ...valid, topic: 'crypto' })).toEqual(['topic']);
  });

  test('rejects a tax year the site does not cover', () => {
    expect(failingFields({ ...valid, taxYears: [2023] })).toEqual(['taxYears.0']);
    expect(failingFields({ ...valid, taxYears: [] })).toEqual(['taxYears']);
  });

  test('rejects a summary of more than one sentence', () => {
    expect(failingFields({ ...valid, summary: 'It is a plan. It has rules.' })).toEqual(['summary']);
  });

  test('rejects a source without an https URL', () => {
    expect(failingFields({ ...valid, sources: [{ title: 'IRS', url: 'http://www.irs.gov/' }] })).toEqual(['sources.0.url']);
    expect(failingFields({ ...valid, sources: [{ title: 'IRS' }] })).toEqual(['sources.0.url']);
    expect(failingFields({ ...valid, sources: [] })).toEqual(['sources']);
  });

  test('rejects a fractional or negative order', () => {
    expect(failingFields({ ...valid, order: 1.5 })).toEqual(['order']);
    expect(failingFields({ ...valid, order: -1 })).toEqual(['order']);
  });

  test('rejects a check id that is not kebab-case', () => {
    expect(failingFields({ ...valid, checks: ['Early_Withdrawal'] })).toEqual(['checks.0']);
  });
});
