/**
 * `federal-tax`: taxable income and regular federal income tax for a year and filing status (IRC §1(j), §63).
 */
import { FILING_STATUSES } from '../../data/index.ts';
import { bornAfterYear, defineCheck, isCovered, yearNotCovered } from '../core/check.ts';
import { toCents, toDollars } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, withDefault } from '../core/request-kit.ts';
import { federalIncomeTax } from '../tax/federal-income-tax.ts';

export const federalTax = defineCheck({
  id: 'federal-tax',
  title: 'Federal income tax',
  request: object({
    check: oneOf(['federal-tax'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    taxYear: integer('Tax year', 1900, 2200),
    filingStatus: withDefault(oneOf(FILING_STATUSES, 'Federal filing status'), 'single'),
    income: money('Adjusted gross income before any taxable Social Security benefits (dollars)'),
    socialSecurityBenefits: withDefault(money('Social Security benefits this year (Form SSA-1099, box 5) (dollars)'), 0),
    taxExemptInterest: withDefault(money('Tax-exempt interest this year (dollars)'), 0),
    livedApartFromSpouseAllYear: withDefault(boolean('Married filing separately: you lived apart from your spouse for the whole year'), false),
    birthDate: optional(date('Your birth date, for the age-65 deductions')),
    spouseBirthDate: optional(date('Spouse’s birth date, for the age-65 deductions on a joint return')),
    blind: withDefault(boolean('You are blind'), false),
    spouseBlind: withDefault(boolean('Your spouse is blind (joint return)'), false),
    itemizedDeductions: optional(money('Itemized deductions (dollars); the larger of these and the standard deduction is used')),
  }),
  defaultRequest: { check: 'federal-tax', taxYear: 2026, filingStatus: 'single', income: 60000 },
  run(req, explain) {
    if (!isCovered(req.taxYear)) return { errors: [yearNotCovered('taxYear', req.taxYear)] };
    const unborn = [bornAfterYear('birthDate', req.birthDate, req.taxYear), bornAfterYear('spouseBirthDate', req.spouseBirthDate, req.taxYear)].filter((e) => e !== undefined);
    if (unborn.length) return { errors: unborn };
    const t = federalIncomeTax(
      {
        year: req.taxYear,
        filingStatus: req.filingStatus,
        agi: toCents(req.income),
        birthDate: req.birthDate,
        spouseBirthDate: req.spouseBirthDate,
        blind: req.blind,
        spouseBlind: req.spouseBlind,
        itemizedDeductions: req.itemizedDeductions === undefined ? undefined : toCents(req.itemizedDeductions),
        socialSecurityBenefits: toCents(req.socialSecurityBenefits),
        taxExemptInterest: toCents(req.taxExemptInterest),
        livedApartAllYear: req.livedApartFromSpouseAllYear,
      },
      explain,
    );
    return {
      result: {
        taxYear: req.taxYear,
        filingStatus: req.filingStatus,
        adjustedGrossIncome: toDollars(t.adjustedGrossIncome),
        taxableSocialSecurity: toDollars(t.socialSecurity?.taxable ?? 0),
        provisionalIncome: t.socialSecurity ? toDollars(t.socialSecurity.provisionalIncome) : null,
        standardDeduction: toDollars(t.standardDeduction),
        additionalStandardDeduction: toDollars(t.additionalStandardDeduction),
        itemizedDeductions: toDollars(t.itemizedDeductions),
        deductionUsed: t.deductionUsed,
        seniorDeduction: toDollars(t.seniorDeduction),
        taxableIncome: toDollars(t.taxableIncome),
        tax: toDollars(t.tax),
        marginalRatePercent: t.marginalRatePercent,
        brackets: t.brackets.map((b) => ({ ...b, taxedAmount: toDollars(b.taxedAmount), tax: toDollars(b.tax) })),
        note: 'Computed with the exact rate schedule; the IRS Tax Table used on many returns can differ by a few dollars.',
      },
    };
  },
});
