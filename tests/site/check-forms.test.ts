// The checks' forms as the server renders them on their own pages: the controls a reader meets before touching a
// check. Expected controls are literal: a field's control follows from what the year means, not from the page.
import { describe, expect, test } from 'vitest';
import { readPage } from './html.ts';

/** The tag (and type, for an input) of the control with this id on the page, or undefined. */
function control(html: string, id: string): string | undefined {
  const m = new RegExp(`<(input|select)\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!m) return undefined;
  return m[1] === 'input' ? `input:${/\btype="([^"]+)"/.exec(m[0])?.[1]}` : 'select';
}

describe('year fields', () => {
  test('the year a check is for is a choice of the covered years', () => {
    expect(control(readPage('/checks/contribution-limits/'), 'cl-taxYear')).toBe('select');
    expect(control(readPage('/checks/loss/'), 'ls-taxYear')).toBe('select');
    expect(control(readPage('/checks/rmd/'), 'rm-distributionYear')).toBe('select');
  });

  test('an earlier year (a first Roth contribution, a retirement) is typed, so any year can be entered', () => {
    // The five-taxable-year period of IRC §402A(d)(2)(B) can start in any year since 2006, not only a covered one.
    expect(control(readPage('/checks/roth-distribution/'), 'rd-rothFirstContributionYear')).toBe('input:text');
    expect(control(readPage('/checks/rmd/'), 'rm-retirementYear')).toBe('input:text');
  });
});

describe('questions that cannot matter yet', () => {
  test('the early-withdrawal form asks no exception’s details until that exception is claimed', () => {
    const html = readPage('/checks/early-withdrawal/');
    expect(control(html, 'ew-claims-medical')).toBe('input:checkbox');
    expect(control(html, 'ew-medicalExpenses')).toBe(undefined);
    expect(control(html, 'ew-separationDate')).toBe(undefined);
    expect(control(html, 'ew-spouseBirthDate')).toBe(undefined);
  });

  test('the exception finder asks the separation date of its example, who left the employer', () => {
    expect(control(readPage('/checks/exceptions/'), 'ex-separationDate')).toBe('input:date');
  });
});
