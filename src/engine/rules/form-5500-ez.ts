/**
 * Form 5500-EZ for a one-participant plan (a plan covering only the owner, or the owner and spouse): required for a
 * plan year when the assets of all such plans of the employer are more than the threshold at the end of the plan year,
 * and always for the plan's final year; due by the last day of the seventh month after the plan year ends
 * (Instructions for Form 5500-EZ).
 */
import { figureValue, type Explanation } from '../core/explain.ts';
import { toCents, toDollars, usd, type Cents } from '../core/money.ts';

export type Form5500EZ = { required: boolean; threshold: number; planAssets: number };

export function form5500EZ(year: number, assets: Cents, explain: Explanation): Form5500EZ {
  const threshold = toCents(figureValue('form-5500-ez-asset-threshold', year));
  explain.add(
    'form-5500-ez-one-participant-plan',
    assets > threshold
      ? `Your one-participant plans hold ${usd(assets)} at the end of the plan year, more than ${usd(threshold)}, so the plan must file Form 5500-EZ (or Form 5500-SF) for the year, by the last day of the seventh month after the plan year ends.`
      : `Your one-participant plans hold ${usd(assets)}, not more than ${usd(threshold)}, so no Form 5500-EZ is due for the year — except for the plan’s final year, which always files.`,
    ['i5500ez'],
  );
  return { required: assets > threshold, threshold: toDollars(threshold), planAssets: toDollars(assets) };
}
