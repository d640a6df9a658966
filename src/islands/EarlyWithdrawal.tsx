/** Early-withdrawal cost: what taking money out of a 401(k) costs in federal tax (the engine's `early-withdrawal`). */
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/use-check.ts';
import { EXCEPTIONS_GROUP, LEAVING_GROUP, PAYMENT_GROUP, RETURN_GROUP, WithdrawalResultView, withdrawalHeadline } from './shared/Withdrawal.tsx';

export const EARLY_WITHDRAWAL_GROUPS = [
  { fields: ['distributionDate', 'birthDate', 'amount', 'vestedBalance', 'otherIncome', 'filingStatus'] },
  { title: 'Traditional or Roth money', fields: ['accountType', 'afterTaxBasis', 'afterTaxAccounting', 'afterTaxSubaccountBalance', 'pre1987Basis', 'rothBasis', 'rothFirstContributionYear', 'rothRolledInFirstYear'] },
  { title: 'From an IRA instead, to compare', fields: ['planType', 'firstHomePriorDistributions', 'higherEducationExpenses', 'healthInsurancePremiums'] },
  LEAVING_GROUP,
  PAYMENT_GROUP,
  EXCEPTIONS_GROUP,
  RETURN_GROUP,
];

export default function EarlyWithdrawal(props: CheckProps<'early-withdrawal'>) {
  return (
    <CheckShell<'early-withdrawal'> props={props} groups={EARLY_WITHDRAWAL_GROUPS} yearFromDate="distributionDate" headline={withdrawalHeadline}>
      {(r) => <WithdrawalResultView ns={props.ns} r={r} />}
    </CheckShell>
  );
}
