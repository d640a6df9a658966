/**
 * Tax year 2026: the figures that change by year, each with its sources.
 * Plan and IRA limits: IRS Notice 2025-67. Rate schedules and standard deduction: Rev. Proc. 2025-32.
 * Compare years with `git diff --no-index src/data/years/2025.ts src/data/years/2026.ts`.
 */
import type { TaxYearData } from '../schema.ts';

export const taxYear2026 = {
  year: 2026,
  rulesAsOf: '2026-11-27',
  figures: {
    'elective-deferral-limit': { value: 24_500, unit: 'usd', label: 'Elective deferral limit (pre-tax and Roth combined, all employers)', sources: ['irc-402-g', 'notice-2025-67'] },
    'catch-up-50': { value: 8_000, unit: 'usd', label: 'Catch-up contribution, age 50 or older by December 31', sources: ['irc-414-v', 'reg-1-414v-1', 'notice-2025-67'] },
    'catch-up-60-63': { value: 11_250, unit: 'usd', label: 'Catch-up contribution, ages 60 to 63 at December 31', sources: ['irc-414-v-2-e', 'notice-2025-67'] },
    'annual-additions-limit': { value: 72_000, unit: 'usd', label: 'Annual additions limit (employee and employer; catch-ups on top)', sources: ['irc-415-c', 'notice-2025-67'] },
    'compensation-limit': { value: 360_000, unit: 'usd', label: 'Compensation limit', sources: ['irc-401-a-17', 'notice-2025-67'] },
    'roth-catch-up-wage-threshold': { value: 150_000, unit: 'usd', label: 'Prior-year (2025) FICA wages above which catch-ups must be Roth', sources: ['irc-414-v-7', 'notice-2025-67'] },
    'ira-contribution-limit': { value: 7_500, unit: 'usd', label: 'IRA contribution limit', sources: ['irc-219-b-5', 'notice-2025-67'] },
    'ira-catch-up-50': { value: 1_100, unit: 'usd', label: 'IRA catch-up, age 50 or older', sources: ['irc-219-b-5', 'notice-2025-67'] },
    'standard-deduction-single': { value: 16_100, unit: 'usd', label: 'Standard deduction, single', sources: ['irc-63-c', 'rev-proc-2025-32'] },
    'standard-deduction-married-filing-jointly': { value: 32_200, unit: 'usd', label: 'Standard deduction, married filing jointly', sources: ['irc-63-c', 'rev-proc-2025-32'] },
    'standard-deduction-married-filing-separately': { value: 16_100, unit: 'usd', label: 'Standard deduction, married filing separately', sources: ['irc-63-c', 'rev-proc-2025-32'] },
    'standard-deduction-head-of-household': { value: 24_150, unit: 'usd', label: 'Standard deduction, head of household', sources: ['irc-63-c', 'rev-proc-2025-32'] },
    'additional-standard-deduction-unmarried': { value: 2_050, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), single or head of household', sources: ['irc-63-f', 'rev-proc-2025-32', 'pub-501'] },
    'additional-standard-deduction-married': { value: 1_650, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), married', sources: ['irc-63-f', 'rev-proc-2025-32', 'pub-501'] },
    'senior-deduction-amount': { value: 6_000, unit: 'usd', label: 'Senior deduction per person 65 or older (2025 to 2028)', sources: ['pl-119-21'] },
    'senior-deduction-phase-out-rate': { value: 6, unit: 'percent', label: 'Senior deduction phase-out rate', sources: ['pl-119-21'] },
    'senior-deduction-threshold-joint': { value: 150_000, unit: 'usd', label: 'Senior deduction phase-out starts (joint return), modified AGI', sources: ['pl-119-21'] },
    'senior-deduction-threshold-other': { value: 75_000, unit: 'usd', label: 'Senior deduction phase-out starts (other returns), modified AGI', sources: ['pl-119-21'] },
    'domestic-abuse-cap': { value: 10_500, unit: 'usd', label: 'Domestic abuse victim distribution cap', sources: ['irc-72-t-2-k', 'notice-2024-55', 'notice-2025-67'] },
    'long-term-care-cap': { value: 2_600, unit: 'usd', label: 'Qualified long-term care distribution cap', sources: ['irc-72-t-2-n', 'notice-2026-33', 'notice-2025-67'], effectiveFrom: '2025-12-30' },
    'savers-credit-10-joint': { value: 80_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2025-67'] },
    'savers-credit-10-head-of-household': { value: 60_375, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, head of household', sources: ['irc-25b-b', 'notice-2025-67'] },
    'savers-credit-10-other': { value: 40_250, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2025-67'] },
    'deferral-limit-457b': { value: 24_500, unit: 'usd', label: '457(b) deferral limit (separate from the 401(k) and 403(b) limit)', sources: ['irc-457-e-15', 'notice-2025-67'] },
  },
  brackets: {
    'single': {
      sources: ['irc-1-j', 'rev-proc-2025-32'],
      rows: [
        { over: 0, butNotOver: 12_400, ratePercent: 10 },
        { over: 12_400, butNotOver: 50_400, ratePercent: 12 },
        { over: 50_400, butNotOver: 105_700, ratePercent: 22 },
        { over: 105_700, butNotOver: 201_775, ratePercent: 24 },
        { over: 201_775, butNotOver: 256_225, ratePercent: 32 },
        { over: 256_225, butNotOver: 640_600, ratePercent: 35 },
        { over: 640_600, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-jointly': {
      sources: ['irc-1-j', 'rev-proc-2025-32'],
      rows: [
        { over: 0, butNotOver: 24_800, ratePercent: 10 },
        { over: 24_800, butNotOver: 100_800, ratePercent: 12 },
        { over: 100_800, butNotOver: 211_400, ratePercent: 22 },
        { over: 211_400, butNotOver: 403_550, ratePercent: 24 },
        { over: 403_550, butNotOver: 512_450, ratePercent: 32 },
        { over: 512_450, butNotOver: 768_700, ratePercent: 35 },
        { over: 768_700, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-separately': {
      sources: ['irc-1-j', 'rev-proc-2025-32'],
      rows: [
        { over: 0, butNotOver: 12_400, ratePercent: 10 },
        { over: 12_400, butNotOver: 50_400, ratePercent: 12 },
        { over: 50_400, butNotOver: 105_700, ratePercent: 22 },
        { over: 105_700, butNotOver: 201_775, ratePercent: 24 },
        { over: 201_775, butNotOver: 256_225, ratePercent: 32 },
        { over: 256_225, butNotOver: 384_350, ratePercent: 35 },
        { over: 384_350, butNotOver: null, ratePercent: 37 },
      ],
    },
    'head-of-household': {
      sources: ['irc-1-j', 'rev-proc-2025-32'],
      rows: [
        { over: 0, butNotOver: 17_700, ratePercent: 10 },
        { over: 17_700, butNotOver: 67_450, ratePercent: 12 },
        { over: 67_450, butNotOver: 105_700, ratePercent: 22 },
        { over: 105_700, butNotOver: 201_750, ratePercent: 24 },
        { over: 201_750, butNotOver: 256_200, ratePercent: 32 },
        { over: 256_200, butNotOver: 640_600, ratePercent: 35 },
        { over: 640_600, butNotOver: null, ratePercent: 37 },
      ],
    },
  },
} as const satisfies TaxYearData;
