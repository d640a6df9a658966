/**
 * The result of any check built on the engine's withdrawal computation (early withdrawal, Roth distribution,
 * hardship): the headline, the numbers, where the money goes, the exceptions considered and the tax forms.
 * It only reads the engine's result; every figure shown is one the engine computed.
 */
import type { ResultOf } from '../../engine/index.ts';
import { Bar } from './Bar.tsx';
import { usd } from './format.ts';
import { Numbers } from './Numbers.tsx';

/** What every withdrawal-style result has: the early-withdrawal check's result (Roth and hardship results extend it). */
export type WithdrawalResult = ResultOf<'early-withdrawal'>;

/** "Needed, exception number 05"; a number the instructions do not confirm says so. */
export function form5329Text(f: NonNullable<WithdrawalResult['form5329']>): string {
  if (!f.needed) return 'Not required';
  const n = f.exceptionNumber;
  return n ? `Needed, exception number ${n.number}${n.confirmed ? '' : ' (not confirmed)'}` : 'Needed';
}

export function withdrawalHeadline(r: WithdrawalResult): string {
  const ss = r.socialSecurity && r.socialSecurity.madeTaxable > 0 ? ` It also makes ${usd(r.socialSecurity.madeTaxable)} of your Social Security benefits taxable.` : '';
  return `You would owe about ${usd(r.totalFederalCost)} more in federal tax, including a ${usd(r.additionalTax)} additional tax on early distributions.${ss}`;
}

export function WithdrawalResultView({ ns, r, headline = true }: { ns: string; r: WithdrawalResult; headline?: boolean }) {
  const accounted = r.additionalTax + r.incomeTaxAdded + (r.stateTaxEstimate ?? 0) + r.netAfterTaxes;
  return (
    <>
      {headline ? <p class="cr-headline">{withdrawalHeadline(r)}</p> : <p>{withdrawalHeadline(r)}</p>}
      <Numbers
        label="The numbers"
        rows={[
          ['Amount withdrawn', usd(r.grossAmount)],
          ['Taxable amount', usd(r.taxableAmount)],
          r.nontaxableAmount > 0 && ['Tax-free part', usd(r.nontaxableAmount)],
          r.exceptedAmount > 0 && ['Covered by an exception', usd(r.exceptedAmount)],
          ['Additional tax on early distributions', usd(r.additionalTax)],
          ['Federal income tax added', usd(r.incomeTaxAdded)],
          r.socialSecurity !== null && r.socialSecurity.madeTaxable > 0 && ['Social Security benefits it makes taxable', usd(r.socialSecurity.madeTaxable)],
          r.seniorDeductionLost > 0 && ['Senior deduction it phases out', usd(r.seniorDeductionLost)],
          ['Total federal cost', usd(r.totalFederalCost), true],
          ['Marginal federal rate', `${r.marginalRatePercent}%`],
          ['Withheld when paid', usd(r.withholding.amount)],
          r.rmdYear?.required === true && ['Of the payment, this year’s RMD (cannot be rolled over)', usd(r.rmdYear.rmdPart)],
          r.rmdYear?.required === true && ['Of the payment, the part you could roll over', usd(r.rmdYear.rollablePart)],
          r.refund > 0 ? ['Refund at filing', usd(r.refund)] : ['Balance due at filing', usd(r.balanceDue)],
          ['Cash you receive', usd(r.cashReceived)],
          ['Net after federal tax' + (r.stateTaxEstimate === null ? '' : ' and your state estimate'), usd(r.netAfterTaxes), true],
        ]}
      />
      {r.stateTaxEstimate !== null && (
        <p class="cr-apart">
          State income tax, your own estimate (not computed from federal rules): <strong>{usd(r.stateTaxEstimate)}</strong>
        </p>
      )}
      <Bar
        id={ns}
        caption={`Where the ${usd(r.grossAmount)} goes`}
        parts={[
          { label: 'Additional tax', value: r.additionalTax, tone: 'tax2' },
          { label: 'Federal income tax', value: r.incomeTaxAdded, tone: 'tax' },
          { label: 'State tax (your estimate)', value: r.stateTaxEstimate ?? 0, tone: 'state' },
          { label: 'Kept after tax', value: r.netAfterTaxes, tone: 'kept' },
          { label: 'Rolled over or otherwise not received', value: Math.max(0, r.grossAmount - accounted), tone: 'other' },
        ]}
      />
      {r.exceptions.length > 0 && (
        <>
          <h4>Exceptions considered</h4>
          <ul class="cr-exceptions">
            {r.exceptions.map((e) => (
              <li key={e.id} class={e.accepted ? 'is-yes' : 'is-no'}>
                <strong>
                  {e.name}: {e.accepted ? 'applies' : e.status.replace(/-/g, ' ')}.
                </strong>{' '}
                {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.repaymentWindows.length > 0 && (
        <>
          <h4>Paying it back</h4>
          <ul class="cr-repayment">
            {r.repaymentWindows.map((w) => (
              <li key={w.exception}>{w.text}</li>
            ))}
          </ul>
        </>
      )}
      {r.seppRecapture && (
        <p class="cr-note">
          <strong>Changing the periodic payments:</strong> {r.seppRecapture.text}
        </p>
      )}
      <h4>Tax forms</h4>
      <Numbers
        label="Tax forms"
        rows={[
          r.form1099RCode !== null && ['Form 1099-R, box 7 code to expect', r.form1099RCode],
          r.form5329 !== null && ['Form 5329', form5329Text(r.form5329)],
        ]}
      />
      {r.form5329?.note && <p class="cr-note">{r.form5329.note}</p>}
    </>
  );
}
