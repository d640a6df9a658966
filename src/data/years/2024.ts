/**
 * Tax year 2024: the figures that change by year, each with its sources.
 * Plan and IRA limits: IRS Notice 2023-75. Rate schedules and standard deduction: Rev. Proc. 2023-34.
 * Compare years with `git diff --no-index src/data/years/2025.ts src/data/years/2026.ts`.
 */
import type { TaxYearData } from '../schema.ts';

export const taxYear2024 = {
  year: 2024,
  rulesAsOf: '2026-11-27',
  figures: {
    'elective-deferral-limit': { value: 23_000, unit: 'usd', label: 'Elective deferral limit (pre-tax and Roth combined, all employers)', sources: ['irc-402-g', 'notice-2023-75'] },
    'catch-up-50': { value: 7_500, unit: 'usd', label: 'Catch-up contribution, age 50 or older by December 31', sources: ['irc-414-v', 'reg-1-414v-1', 'notice-2023-75'] },
    'annual-additions-limit': { value: 69_000, unit: 'usd', label: 'Annual additions limit (employee and employer; catch-ups on top)', sources: ['irc-415-c', 'notice-2023-75'] },
    'compensation-limit': { value: 345_000, unit: 'usd', label: 'Compensation limit', sources: ['irc-401-a-17', 'notice-2023-75'] },
    'roth-catch-up-wage-threshold': { value: 145_000, unit: 'usd', label: 'Prior-year (2023) FICA wages above which catch-ups must be Roth', sources: ['irc-414-v-7', 'notice-2023-75'], note: 'transition period: not enforced before 2026' },
    'ira-contribution-limit': { value: 7_000, unit: 'usd', label: 'IRA contribution limit', sources: ['irc-219-b-5', 'notice-2023-75'] },
    'ira-catch-up-50': { value: 1_000, unit: 'usd', label: 'IRA catch-up, age 50 or older', sources: ['irc-219-b-5', 'notice-2023-75'] },
    'standard-deduction-single': { value: 14_600, unit: 'usd', label: 'Standard deduction, single', sources: ['irc-63-c', 'rev-proc-2023-34'] },
    'standard-deduction-married-filing-jointly': { value: 29_200, unit: 'usd', label: 'Standard deduction, married filing jointly', sources: ['irc-63-c', 'rev-proc-2023-34'] },
    'standard-deduction-married-filing-separately': { value: 14_600, unit: 'usd', label: 'Standard deduction, married filing separately', sources: ['irc-63-c', 'rev-proc-2023-34'] },
    'standard-deduction-head-of-household': { value: 21_900, unit: 'usd', label: 'Standard deduction, head of household', sources: ['irc-63-c', 'rev-proc-2023-34'] },
    'additional-standard-deduction-unmarried': { value: 1_950, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), single or head of household', sources: ['irc-63-f', 'rev-proc-2023-34', 'pub-501'] },
    'additional-standard-deduction-married': { value: 1_550, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), married', sources: ['irc-63-f', 'rev-proc-2023-34', 'pub-501'] },
    'domestic-abuse-cap': { value: 10_000, unit: 'usd', label: 'Domestic abuse victim distribution cap', sources: ['irc-72-t-2-k', 'notice-2024-55'] },
    'savers-credit-50-joint': { value: 46_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-20-joint': { value: 50_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-10-joint': { value: 76_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-50-head-of-household': { value: 34_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, head of household', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-20-head-of-household': { value: 37_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, head of household', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-10-head-of-household': { value: 57_375, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, head of household', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-50-other': { value: 23_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-20-other': { value: 25_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2023-75'] },
    'savers-credit-10-other': { value: 38_250, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2023-75'] },
    'deferral-limit-457b': { value: 23_000, unit: 'usd', label: '457(b) deferral limit (separate from the 401(k) and 403(b) limit)', sources: ['irc-457-e-15', 'notice-2023-75'] },
  },
  brackets: {
    'single': {
      sources: ['irc-1-j', 'rev-proc-2023-34'],
      rows: [
        { over: 0, butNotOver: 11_600, ratePercent: 10 },
        { over: 11_600, butNotOver: 47_150, ratePercent: 12 },
        { over: 47_150, butNotOver: 100_525, ratePercent: 22 },
        { over: 100_525, butNotOver: 191_950, ratePercent: 24 },
        { over: 191_950, butNotOver: 243_725, ratePercent: 32 },
        { over: 243_725, butNotOver: 609_350, ratePercent: 35 },
        { over: 609_350, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-jointly': {
      sources: ['irc-1-j', 'rev-proc-2023-34'],
      rows: [
        { over: 0, butNotOver: 23_200, ratePercent: 10 },
        { over: 23_200, butNotOver: 94_300, ratePercent: 12 },
        { over: 94_300, butNotOver: 201_050, ratePercent: 22 },
        { over: 201_050, butNotOver: 383_900, ratePercent: 24 },
        { over: 383_900, butNotOver: 487_450, ratePercent: 32 },
        { over: 487_450, butNotOver: 731_200, ratePercent: 35 },
        { over: 731_200, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-separately': {
      sources: ['irc-1-j', 'rev-proc-2023-34'],
      rows: [
        { over: 0, butNotOver: 11_600, ratePercent: 10 },
        { over: 11_600, butNotOver: 47_150, ratePercent: 12 },
        { over: 47_150, butNotOver: 100_525, ratePercent: 22 },
        { over: 100_525, butNotOver: 191_950, ratePercent: 24 },
        { over: 191_950, butNotOver: 243_725, ratePercent: 32 },
        { over: 243_725, butNotOver: 365_600, ratePercent: 35 },
        { over: 365_600, butNotOver: null, ratePercent: 37 },
      ],
    },
    'head-of-household': {
      sources: ['irc-1-j', 'rev-proc-2023-34'],
      rows: [
        { over: 0, butNotOver: 16_550, ratePercent: 10 },
        { over: 16_550, butNotOver: 63_100, ratePercent: 12 },
        { over: 63_100, butNotOver: 100_500, ratePercent: 22 },
        { over: 100_500, butNotOver: 191_950, ratePercent: 24 },
        { over: 191_950, butNotOver: 243_700, ratePercent: 32 },
        { over: 243_700, butNotOver: 609_350, ratePercent: 35 },
        { over: 609_350, butNotOver: null, ratePercent: 37 },
      ],
    },
  },
} as const satisfies TaxYearData;
