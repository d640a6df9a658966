// An independent model of the federal-tax check, written from the sources and not from src/engine or src/data: the
// rate schedules and standard deductions of Rev. Procs. 2023-34, 2024-40 and 2025-32 (2025 standard deduction as
// raised by P.L. 119-21 §70102), the additional amounts of IRC §63(f), the senior deduction of P.L. 119-21 §70103
// (6% of MAGI over $75,000 / $150,000 off each $6,000; none on a separate return; none in 2024), and the taxable
// Social Security of IRC §86 (Pub. 915, Worksheet 1; base amounts $25,000 / $32,000 / $0, adjusted $34,000 / $44,000 / $0).
// A seeded sample of 3,000 returns over every year, filing status, age, blindness, benefits and tax-exempt interest
// must agree with it to the cent.
import { expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

type Year = { tops: Record<string, number[]>; standard: Record<string, number>; additional: [married: number, unmarried: number]; senior: boolean };
const YEARS: Record<number, Year> = {
  2024: {
    tops: { s: [11_600, 47_150, 100_525, 191_950, 243_725, 609_350], j: [23_200, 94_300, 201_050, 383_900, 487_450, 731_200], m: [11_600, 47_150, 100_525, 191_950, 243_725, 365_600], h: [16_550, 63_100, 100_500, 191_950, 243_700, 609_350] },
    standard: { s: 14_600, j: 29_200, m: 14_600, h: 21_900 },
    additional: [1_550, 1_950],
    senior: false,
  },
  2025: {
    tops: { s: [11_925, 48_475, 103_350, 197_300, 250_525, 626_350], j: [23_850, 96_950, 206_700, 394_600, 501_050, 751_600], m: [11_925, 48_475, 103_350, 197_300, 250_525, 375_800], h: [17_000, 64_850, 103_350, 197_300, 250_500, 626_350] },
    standard: { s: 15_750, j: 31_500, m: 15_750, h: 23_625 },
    additional: [1_600, 2_000],
    senior: true,
  },
  2026: {
    tops: { s: [12_400, 50_400, 105_700, 201_775, 256_225, 640_600], j: [24_800, 100_800, 211_400, 403_550, 512_450, 768_700], m: [12_400, 50_400, 105_700, 201_775, 256_225, 384_350], h: [17_700, 67_450, 105_700, 201_750, 256_200, 640_600] },
    standard: { s: 16_100, j: 32_200, m: 16_100, h: 24_150 },
    additional: [1_650, 2_050],
    senior: true,
  },
};
const RATES = [10, 12, 22, 24, 32, 35, 37];
/** A qualifying surviving spouse uses the joint schedule and standard deduction (IRC §1(j)(2)(A), §63(c)(2)). */
const SCHEDULE: Record<string, string> = { single: 's', 'married-filing-jointly': 'j', 'married-filing-separately': 'm', 'head-of-household': 'h', 'qualifying-surviving-spouse': 'j' };

function schedule(tops: number[], taxable: number): number {
  let tax = 0;
  let lower = 0;
  for (let i = 0; i < RATES.length; i++) {
    const upper = i < tops.length ? tops[i]! : Infinity;
    if (taxable > lower) tax += ((Math.min(taxable, upper) - lower) * RATES[i]!) / 100;
    lower = upper;
  }
  return tax;
}

function taxableBenefits(status: string, benefits: number, otherAgi: number, exempt: number, apart: boolean): number {
  if (benefits === 0) return 0;
  const joint = status === 'married-filing-jointly';
  const together = status === 'married-filing-separately' && !apart;
  const base = joint ? 32_000 : together ? 0 : 25_000;
  const adjusted = joint ? 44_000 : together ? 0 : 34_000;
  const provisional = benefits / 2 + otherAgi + exempt;
  if (provisional <= base) return 0;
  const over = provisional - base;
  const firstTier = Math.min(benefits / 2, Math.min(over, adjusted - base) / 2);
  return Math.min(firstTier + 0.85 * Math.max(0, over - (adjusted - base)), 0.85 * benefits);
}

let seed = 12_345;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed / 2_147_483_648);

test('3,000 sampled returns agree with the independent model to the cent', () => {
  const disagreements: string[] = [];
  for (let k = 0; k < 3_000; k++) {
    const year = [2024, 2025, 2026][Math.floor(random() * 3)]!;
    const status = Object.keys(SCHEDULE)[Math.floor(random() * 5)]!;
    const income = Math.floor(random() * 300_000);
    const benefits = random() < 0.5 ? 0 : Math.floor(random() * 50_000);
    const exempt = random() < 0.7 ? 0 : Math.floor(random() * 5_000);
    const apart = random() < 0.5;
    const [old, spouseOld, blind, spouseBlind] = [random() < 0.5, random() < 0.5, random() < 0.2, random() < 0.2];
    const request = {
      check: 'federal-tax', taxYear: year, filingStatus: status, income, socialSecurityBenefits: benefits, taxExemptInterest: exempt, livedApartFromSpouseAllYear: apart,
      birthDate: old ? '1955-05-05' : '1970-05-05', spouseBirthDate: spouseOld ? '1956-06-06' : '1972-06-06', blind, spouseBlind,
    };
    const out = evaluate(request);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.result as { tax: number; taxableIncome: number; taxableSocialSecurity: number };

    const y = YEARS[year]!;
    const key = SCHEDULE[status]!;
    const joint = status === 'married-filing-jointly';
    const ss = taxableBenefits(status, benefits, income, exempt, apart);
    const agi = income + ss;
    // IRC §63(f)(3): the higher additional amount for those neither married nor a surviving spouse.
    const conditions = [old, blind, joint && spouseOld, joint && spouseBlind].filter(Boolean).length;
    const perCondition = status === 'single' || status === 'head-of-household' ? y.additional[1] : y.additional[0];
    const seniors = y.senior && status !== 'married-filing-separately' ? [old, joint && spouseOld].filter(Boolean).length : 0;
    const senior = seniors * Math.max(0, 6_000 - 0.06 * Math.max(0, agi - (joint ? 150_000 : 75_000)));
    const taxable = Math.max(0, agi - y.standard[key]! - conditions * perCondition - senior);
    const tax = schedule(y.tops[key]!, taxable);
    if (Math.abs(r.tax - tax) > 0.011 || Math.abs(r.taxableSocialSecurity - ss) > 0.011 || Math.abs(r.taxableIncome - taxable) > 0.011)
      disagreements.push(`${JSON.stringify(request)}: engine ${r.taxableSocialSecurity}/${r.taxableIncome}/${r.tax}, model ${ss}/${taxable}/${tax}`);
  }
  expect(disagreements).toEqual([]);
});
