/**
 * `federal-tax`: taxable income and regular federal income tax for a year and filing status (IRC §1(j), §63).
 */
import { FILING_STATUSES } from '../../data/statuses.ts';
import { bornAfterYear, defineCheck, isCovered, yearNotCovered } from '../core/check.ts';
import { figureValue } from '../core/explain.ts';
import { toCents, toDollars, usd } from '../core/money.ts';
import { FILING_STATUS_LABELS } from '../core/choice-labels.ts';
import { boolean, date, integer, money, object, oneOf, optional, taxYear, withDefault } from '../core/request-kit.ts';
import { federalIncomeTax } from '../tax/federal-income-tax.ts';
import { taxTableRow } from '../tax/tax-table.ts';
import { separateReturnSpouseErrors } from '../rules/separate-return-spouse.ts';

export const federalTax = defineCheck({
  id: 'federal-tax',
  title: 'Federal income tax',
  request: object({
    check: oneOf(['federal-tax'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    taxYear: taxYear({ label: 'Tax year' }),
    filingStatus: withDefault(oneOf(FILING_STATUSES, { label: 'Filing status', choices: FILING_STATUS_LABELS }), 'single'),
    income: money({ label: 'Adjusted gross income', help: 'Before any taxable Social Security benefits. All of it is taxed at the ordinary rates.' }),
    socialSecurityBenefits: withDefault(money({ label: 'Social Security benefits this year', help: 'Form SSA-1099, box 5.' }), 0),
    taxExemptInterest: withDefault(money({ label: 'Tax-exempt interest this year' }), 0),
    livedApartFromSpouseAllYear: withDefault(boolean({ label: 'Married filing separately: you lived apart from your spouse for the whole year' }), false),
    birthDate: optional(date({ label: 'Your birth date', help: 'For the age-65 deductions.' })),
    spouseBirthDate: optional(date({ label: 'Spouse’s birth date', help: 'For the age-65 deductions: on a joint return, or a separate one if your spouse had no gross income.' })),
    blind: withDefault(boolean({ label: 'You are blind' }), false),
    spouseBlind: withDefault(boolean({ label: 'Your spouse is blind', help: 'On a joint return, or a separate one if your spouse had no gross income.' }), false),
    spouseNoGrossIncome: withDefault(boolean({ label: 'Married filing separately: your spouse had no gross income, files no return and is no one’s dependent', help: 'Only then do your spouse’s age 65 and blindness add to your standard deduction.' }), false),
    spouseItemizes: withDefault(boolean({ label: 'Married filing separately: your spouse itemizes deductions', help: 'Then your standard deduction is zero, so enter your own itemized deductions.' }), false),
    itemizedDeductions: optional(money({ label: 'Itemized deductions', help: 'The larger of these and the standard deduction is used.' })),
  }),
  defaultRequest: { check: 'federal-tax', taxYear: 2026, filingStatus: 'single', income: 60000 },
  run(req, explain) {
    if (!isCovered(req.taxYear)) return { errors: [yearNotCovered('taxYear', req.taxYear)] };
    const unborn = [bornAfterYear('birthDate', req.birthDate, req.taxYear), bornAfterYear('spouseBirthDate', req.spouseBirthDate, req.taxYear)].filter((e) => e !== undefined);
    if (unborn.length) return { errors: unborn };
    const spouse = separateReturnSpouseErrors(req);
    if (spouse.length) return { errors: spouse };
    const t = federalIncomeTax(
      {
        year: req.taxYear,
        filingStatus: req.filingStatus,
        agi: toCents(req.income),
        birthDate: req.birthDate,
        spouseBirthDate: req.spouseBirthDate,
        blind: req.blind,
        spouseBlind: req.spouseBlind,
        spouseNoGrossIncome: req.spouseNoGrossIncome,
        spouseItemizes: req.spouseItemizes,
        itemizedDeductions: req.itemizedDeductions === undefined ? undefined : toCents(req.itemizedDeductions),
        socialSecurityBenefits: toCents(req.socialSecurityBenefits),
        taxExemptInterest: toCents(req.taxExemptInterest),
        livedApartAllYear: req.livedApartFromSpouseAllYear,
      },
      explain,
    );
    // Form 1040, line 16: below the Tax Table's limit the return takes its tax from the table's row, not the schedule.
    const row = taxTableRow(req.taxYear, req.filingStatus, t.taxableIncome);
    const limit = toCents(figureValue('tax-table-limit', req.taxYear));
    explain.add(
      'i1040-tax-table',
      row
        ? `Taxable income is under ${usd(limit)}, so Form 1040 takes the tax from the IRS Tax Table: the row “at least ${usd(toCents(row.atLeast))} but less than ${usd(toCents(row.lessThan))}” shows the schedule’s tax on its midpoint, ${usd(toCents((row.atLeast + row.lessThan) / 2))}, rounded to the dollar: ${usd(row.tax)} (the exact computation above gives ${usd(t.tax)}).`
        : `Taxable income is ${usd(limit)} or more, so Form 1040 uses the Tax Computation Worksheet, which is the exact schedule above: ${usd(t.tax)} (your return shows it in whole dollars).`,
      ['i1040-tax-computation'],
    );
    // §1(h) taxes qualified dividends and net capital gain at lower rates, which this check does not model: say so,
    // because a reader's AGI often holds them and the tax shown would then be too high.
    explain.add(
      'irc-1-h-capital-gains-not-modelled',
      'All of the income is taxed here at the ordinary rates. Qualified dividends and long-term capital gains have lower rates of their own (the Qualified Dividends and Capital Gain Tax Worksheet), which this check does not compute: if your income includes them, your tax is lower than shown.',
      ['irc-1-h', 'i1040-tax-computation'],
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
        /** Form 1040, line 16 from the IRS Tax Table when taxable income is below its limit (whole dollars); null at or above it, where the exact `tax` applies. */
        taxTableTax: row ? toDollars(row.tax) : null,
        note: 'Computed with the exact rate schedule (the Tax Computation Worksheet’s method). Below the Tax Table’s limit Form 1040 takes the tax from the Tax Table, whose bands of income can give a few dollars more or less: taxTableTax is the table’s figure. All income is taxed at the ordinary rates: qualified dividends and long-term capital gains, taxed at lower rates, are not modelled, so with them your tax is lower than shown.',
      },
    };
  },
});
