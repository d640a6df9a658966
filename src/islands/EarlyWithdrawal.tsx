/** Early-withdrawal cost: what taking money out of a 401(k) costs in federal tax (the engine's `early-withdrawal`). */
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/use-check.ts';
import { WithdrawalResultView, withdrawalHeadline, type WithdrawalResult } from './shared/Withdrawal.tsx';

export const EARLY_WITHDRAWAL_GROUPS = [
  { fields: ['distributionDate', 'birthDate', 'amount', 'vestedBalance', 'otherIncome', 'filingStatus'] },
  { title: 'Traditional or Roth money', fields: ['accountType', 'afterTaxBasis', 'rothBasis', 'rothFirstContributionYear', 'rothRolledInFirstYear'] },
  { title: 'Leaving your employer', fields: ['separatedFromPlanEmployer', 'separationDate', 'publicSafetyEmployee', 'yearsOfService'] },
  { title: 'How it is paid, rolled over and withheld', fields: ['payment', 'rolledOverWithin60Days', 'withholdingRate'] },
  {
    title: 'Exceptions you believe apply',
    fields: [
      'claims', 'medicalExpenses', 'birthAdoptionChildren', 'birthAdoptionDate', 'priorEmergencyWithinThreeYears', 'domesticAbuseDate',
      'terminalIllnessCertified', 'disasterIncidentStart', 'disasterDeclarationDate', 'disasterPriorDistributions', 'disasterElectOut',
      'reservistOrderedOver179Days', 'reservistDistributionDuringDuty', 'seppStartDate', 'longTermCarePremiums', 'planOffersLongTermCare',
    ],
  },
  { title: 'The rest of your tax return', fields: ['spouseBirthDate', 'blind', 'spouseBlind', 'itemizedDeductions', 'stateTaxRate'] },
];

export default function EarlyWithdrawal(props: CheckProps) {
  return (
    <CheckShell<WithdrawalResult> props={props} groups={EARLY_WITHDRAWAL_GROUPS} yearFromDate="distributionDate" headline={withdrawalHeadline}>
      {(r) => <WithdrawalResultView ns={props.ns} r={r} />}
    </CheckShell>
  );
}
