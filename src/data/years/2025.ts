/**
 * Tax year 2025: the figures that change by year, each with its sources.
 * Plan and IRA limits: IRS Notice 2024-80. Rate schedules and standard deduction: Rev. Proc. 2024-40 (standard deduction as raised by P.L. 119-21 §70102).
 * Compare years with `git diff --no-index src/data/years/2025.ts src/data/years/2026.ts`.
 */
import type { TaxYearData } from '../schema.ts';

export const taxYear2025 = {
  year: 2025,
  rulesAsOf: '2026-11-27',
  figures: {
    'elective-deferral-limit': { value: 23_500, unit: 'usd', label: 'Elective deferral limit (pre-tax and Roth combined, all employers)', sources: ['irc-402-g', 'notice-2024-80'] },
    'catch-up-50': { value: 7_500, unit: 'usd', label: 'Catch-up contribution, age 50 or older by December 31', sources: ['irc-414-v', 'reg-1-414v-1', 'notice-2024-80'] },
    'catch-up-60-63': { value: 11_250, unit: 'usd', label: 'Catch-up contribution, ages 60 to 63 at December 31', sources: ['irc-414-v-2-e', 'notice-2024-80'] },
    'annual-additions-limit': { value: 70_000, unit: 'usd', label: 'Annual additions limit (employee and employer; catch-ups on top)', sources: ['irc-415-c', 'notice-2024-80'] },
    'compensation-limit': { value: 350_000, unit: 'usd', label: 'Compensation limit', sources: ['irc-401-a-17', 'notice-2024-80'] },
    'roth-catch-up-wage-threshold': { value: 145_000, unit: 'usd', label: 'Prior-year (2024) FICA wages above which catch-ups must be Roth', sources: ['irc-414-v-7', 'notice-2024-80'], note: 'transition period: not enforced before 2026' },
    'ira-contribution-limit': { value: 7_000, unit: 'usd', label: 'IRA contribution limit', sources: ['irc-219-b-5', 'notice-2024-80'] },
    'ira-catch-up-50': { value: 1_000, unit: 'usd', label: 'IRA catch-up, age 50 or older', sources: ['irc-219-b-5', 'notice-2024-80'] },
    'standard-deduction-single': { value: 15_750, unit: 'usd', label: 'Standard deduction, single', sources: ['irc-63-c', 'rev-proc-2024-40', 'pl-119-21'] },
    'standard-deduction-married-filing-jointly': { value: 31_500, unit: 'usd', label: 'Standard deduction, married filing jointly', sources: ['irc-63-c', 'rev-proc-2024-40', 'pl-119-21'] },
    'standard-deduction-married-filing-separately': { value: 15_750, unit: 'usd', label: 'Standard deduction, married filing separately', sources: ['irc-63-c', 'rev-proc-2024-40', 'pl-119-21'] },
    'standard-deduction-head-of-household': { value: 23_625, unit: 'usd', label: 'Standard deduction, head of household', sources: ['irc-63-c', 'rev-proc-2024-40', 'pl-119-21'] },
    'additional-standard-deduction-unmarried': { value: 2_000, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), single or head of household', sources: ['irc-63-f', 'rev-proc-2024-40', 'pub-501'] },
    'additional-standard-deduction-married': { value: 1_600, unit: 'usd', label: 'Additional standard deduction per condition (65 or older, blind), married', sources: ['irc-63-f', 'rev-proc-2024-40', 'pub-501'] },
    'senior-deduction-amount': { value: 6_000, unit: 'usd', label: 'Senior deduction per person 65 or older (2025 to 2028)', sources: ['pl-119-21'] },
    'senior-deduction-phase-out-rate': { value: 6, unit: 'percent', label: 'Senior deduction phase-out rate', sources: ['pl-119-21'] },
    'senior-deduction-threshold-joint': { value: 150_000, unit: 'usd', label: 'Senior deduction phase-out starts (joint return), modified AGI', sources: ['pl-119-21'] },
    'senior-deduction-threshold-other': { value: 75_000, unit: 'usd', label: 'Senior deduction phase-out starts (other returns), modified AGI', sources: ['pl-119-21'] },
    'domestic-abuse-cap': { value: 10_300, unit: 'usd', label: 'Domestic abuse victim distribution cap', sources: ['irc-72-t-2-k', 'notice-2024-55', 'notice-2024-80'] },
    // SECURE 2.0 §334(d): distributions made after December 29, 2025, so December 30–31, 2025 fall in tax year 2025 and
    // use its limit; §401(a)(39)(B)(ii) indexes the $2,500 for taxable years beginning after 2024 (Notice 2024-80: $2,600).
    'long-term-care-cap': { value: 2_600, unit: 'usd', label: 'Qualified long-term care distribution cap', sources: ['irc-401-a-39', 'irc-72-t-2-n', 'notice-2024-80'], effectiveFrom: '2025-12-30' },
    'savers-credit-50-joint': { value: 47_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-20-joint': { value: 51_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-10-joint': { value: 79_000, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, married filing jointly', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-50-head-of-household': { value: 35_625, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, head of household', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-20-head-of-household': { value: 38_250, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, head of household', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-10-head-of-household': { value: 59_250, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, head of household', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-50-other': { value: 23_750, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 50% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-20-other': { value: 25_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 20% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2024-80'] },
    'savers-credit-10-other': { value: 39_500, unit: 'usd', label: 'Saver’s Credit: AGI up to which the 10% rate applies, single, married filing separately or qualifying surviving spouse', sources: ['irc-25b-b', 'notice-2024-80'] },
    'deferral-limit-457b': { value: 23_500, unit: 'usd', label: '457(b) deferral limit (separate from the 401(k) and 403(b) limit)', sources: ['irc-457-e-15', 'notice-2024-80'] },
  },
  brackets: {
    'single': {
      sources: ['irc-1-j', 'rev-proc-2024-40'],
      rows: [
        { over: 0, butNotOver: 11_925, ratePercent: 10 },
        { over: 11_925, butNotOver: 48_475, ratePercent: 12 },
        { over: 48_475, butNotOver: 103_350, ratePercent: 22 },
        { over: 103_350, butNotOver: 197_300, ratePercent: 24 },
        { over: 197_300, butNotOver: 250_525, ratePercent: 32 },
        { over: 250_525, butNotOver: 626_350, ratePercent: 35 },
        { over: 626_350, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-jointly': {
      sources: ['irc-1-j', 'rev-proc-2024-40'],
      rows: [
        { over: 0, butNotOver: 23_850, ratePercent: 10 },
        { over: 23_850, butNotOver: 96_950, ratePercent: 12 },
        { over: 96_950, butNotOver: 206_700, ratePercent: 22 },
        { over: 206_700, butNotOver: 394_600, ratePercent: 24 },
        { over: 394_600, butNotOver: 501_050, ratePercent: 32 },
        { over: 501_050, butNotOver: 751_600, ratePercent: 35 },
        { over: 751_600, butNotOver: null, ratePercent: 37 },
      ],
    },
    'married-filing-separately': {
      sources: ['irc-1-j', 'rev-proc-2024-40'],
      rows: [
        { over: 0, butNotOver: 11_925, ratePercent: 10 },
        { over: 11_925, butNotOver: 48_475, ratePercent: 12 },
        { over: 48_475, butNotOver: 103_350, ratePercent: 22 },
        { over: 103_350, butNotOver: 197_300, ratePercent: 24 },
        { over: 197_300, butNotOver: 250_525, ratePercent: 32 },
        { over: 250_525, butNotOver: 375_800, ratePercent: 35 },
        { over: 375_800, butNotOver: null, ratePercent: 37 },
      ],
    },
    'head-of-household': {
      sources: ['irc-1-j', 'rev-proc-2024-40'],
      rows: [
        { over: 0, butNotOver: 17_000, ratePercent: 10 },
        { over: 17_000, butNotOver: 64_850, ratePercent: 12 },
        { over: 64_850, butNotOver: 103_350, ratePercent: 22 },
        { over: 103_350, butNotOver: 197_300, ratePercent: 24 },
        { over: 197_300, butNotOver: 250_500, ratePercent: 32 },
        { over: 250_500, butNotOver: 626_350, ratePercent: 35 },
        { over: 626_350, butNotOver: null, ratePercent: 37 },
      ],
    },
  },
} as const satisfies TaxYearData;
