/**
 * Every check's result view and headline, by check id, for the guides' worked examples (rendered on the server with
 * no client code). An island imports only its own view from `results/<check-id>.tsx`, never this map.
 */
import type { JSX } from 'preact';
import type { ResultOf } from '../../engine/index.ts';
import type { IslandId } from '../registry.ts';
import { ContributionLimitsResult, headline as contributionLimits } from './contribution-limits.tsx';
import { EarlyWithdrawalResult, headline as earlyWithdrawal } from './early-withdrawal.tsx';
import { ExceptionsResult, headline as exceptions } from './exceptions.tsx';
import { HardshipResult, headline as hardship } from './hardship.tsx';
import { LoanResult, headline as loan } from './loan.tsx';
import { LossResult, headline as loss } from './loss.tsx';
import { RmdResult, headline as rmd } from './rmd.tsx';
import { RolloverResult, headline as rollover } from './rollover.tsx';
import { RothDistributionResult, headline as rothDistribution } from './roth-distribution.tsx';
import type { ViewProps } from './view.ts';

export type ResultView<K extends IslandId> = { View: (p: ViewProps<K>) => JSX.Element; headline: (r: ResultOf<K>) => string };

export const RESULT_VIEWS: { [K in IslandId]: ResultView<K> } = {
  'early-withdrawal': { View: EarlyWithdrawalResult, headline: earlyWithdrawal },
  exceptions: { View: ExceptionsResult, headline: exceptions },
  'roth-distribution': { View: RothDistributionResult, headline: rothDistribution },
  'contribution-limits': { View: ContributionLimitsResult, headline: contributionLimits },
  hardship: { View: HardshipResult, headline: hardship },
  loss: { View: LossResult, headline: loss },
  loan: { View: LoanResult, headline: loan },
  rollover: { View: RolloverResult, headline: rollover },
  rmd: { View: RmdResult, headline: rmd },
};

export type { ViewProps };
