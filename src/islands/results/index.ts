/**
 * Every check's result view, headline and key numbers, by check id, for the guides' worked examples (rendered on the server with
 * no client code). An island imports only its own view from `results/<check-id>.tsx`, never this map.
 */
import type { JSX } from 'preact';
import type { ResultOf } from '../../engine/index.ts';
import type { IslandId } from '../registry.ts';
import { ContributionLimitsResult, headline as contributionLimits, keyRows as contributionLimitsKeys } from './contribution-limits.tsx';
import { EarlyWithdrawalResult, headline as earlyWithdrawal, keyRows as earlyWithdrawalKeys } from './early-withdrawal.tsx';
import { ExceptionsResult, headline as exceptions, keyRows as exceptionsKeys } from './exceptions.tsx';
import { HardshipResult, headline as hardship, keyRows as hardshipKeys } from './hardship.tsx';
import { LoanResult, headline as loan, keyRows as loanKeys } from './loan.tsx';
import { LossResult, headline as loss, keyRows as lossKeys } from './loss.tsx';
import { RmdResult, headline as rmd, keyRows as rmdKeys } from './rmd.tsx';
import { RolloverResult, headline as rollover, keyRows as rolloverKeys } from './rollover.tsx';
import { RothDistributionResult, headline as rothDistribution, keyRows as rothDistributionKeys } from './roth-distribution.tsx';
import type { Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

export type ResultView<K extends IslandId> = {
  View: (p: ViewProps<K>) => JSX.Element;
  headline: (r: ResultOf<K>) => string;
  /** The key numbers a brief shows under the headline (results/brief.tsx). */
  keyRows: (r: ResultOf<K>) => (Row | false)[];
};

export const RESULT_VIEWS: { [K in IslandId]: ResultView<K> } = {
  'early-withdrawal': { View: EarlyWithdrawalResult, headline: earlyWithdrawal, keyRows: earlyWithdrawalKeys },
  exceptions: { View: ExceptionsResult, headline: exceptions, keyRows: exceptionsKeys },
  'roth-distribution': { View: RothDistributionResult, headline: rothDistribution, keyRows: rothDistributionKeys },
  'contribution-limits': { View: ContributionLimitsResult, headline: contributionLimits, keyRows: contributionLimitsKeys },
  hardship: { View: HardshipResult, headline: hardship, keyRows: hardshipKeys },
  loss: { View: LossResult, headline: loss, keyRows: lossKeys },
  loan: { View: LoanResult, headline: loan, keyRows: loanKeys },
  rollover: { View: RolloverResult, headline: rollover, keyRows: rolloverKeys },
  rmd: { View: RmdResult, headline: rmd, keyRows: rmdKeys },
};

export type { ViewProps };
