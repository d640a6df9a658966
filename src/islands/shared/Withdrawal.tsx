/**
 * The result of any check built on the engine's withdrawal computation (early withdrawal, Roth distribution,
 * hardship), answer first: the cost and what is kept, then where the money goes, then the exceptions r.exceptions, the
 * repayment windows and the tax forms. It only reads the engine's result; every figure shown is one the engine computed.
 */
import type { ComponentChildren } from 'preact';
import type { ResultOf } from '../../engine/index.ts';
import { Bar } from './Bar.tsx';
import { cents, dollars } from './format.ts';
import { EXCEPTION_VERDICT } from './labels.ts';
import { Numbers, type Row } from './Numbers.tsx';

/** What every withdrawal-style result has: the early-withdrawal check's result (Roth and hardship results extend it). */
export type WithdrawalResult = ResultOf<'early-withdrawal'>;

/** "Needed, exception number 05"; a number the instructions do not confirm says so. */
export function form5329Text(f: NonNullable<WithdrawalResult['form5329']>): string {
  if (!f.needed) return 'Not required';
  const n = f.exceptionNumber;
  return n ? `Needed, exception number ${n.number}${n.confirmed ? '' : ' (not confirmed)'}` : 'Needed';
}

/** At or after 59½ nothing is early: the age test, not an exception the reader claimed, keeps the additional tax off. */
export const after59Half = (r: WithdrawalResult): boolean => ageTest(r)?.status === 'applies';
const ageTest = (r: WithdrawalResult) => r.exceptions.find((e) => e.id === 'age-59-half');
/** "age 59½", in the engine's words (the exception's name), for "paid at or after age 59½". */
const ageWords = (r: WithdrawalResult): string => (ageTest(r)?.name ?? '').toLowerCase();

/** Nothing was paid to the reader: a direct rollover moves it all to another plan or IRA. */
export const paidToAnotherAccount = (r: WithdrawalResult): boolean => r.grossAmount > 0 && r.cashReceived === 0 && r.netAfterTaxes === 0 && r.totalFederalCost === 0;

/** Why no additional tax is due, in a few words, or '' when some is. */
function noAdditionalTaxBecause(r: WithdrawalResult): string {
  if (r.additionalTax > 0) return '';
  if (after59Half(r)) return `paid at or after ${ageWords(r)}`;
  if (r.taxableAmount === 0) return 'nothing of it is taxable';
  if (r.exceptedAmount > 0) return 'an exception covers it';
  return '';
}

export function withdrawalHeadline(r: WithdrawalResult): string {
  const ss = r.socialSecurity && r.socialSecurity.madeTaxable > 0 ? ` It also makes ${dollars(r.socialSecurity.madeTaxable)} of your Social Security benefits taxable.` : '';
  if (paidToAnotherAccount(r)) return `Nothing is taxed now: all ${dollars(r.grossAmount)} goes straight to the new plan or IRA.`;
  if (r.totalFederalCost === 0) return `This ${dollars(r.grossAmount)} adds no federal tax.${ss}`;
  const why = noAdditionalTaxBecause(r);
  const extra = r.additionalTax > 0 ? `, including a ${dollars(r.additionalTax)} additional tax on early distributions` : why ? ` (no additional tax: ${why})` : '';
  // What the reader keeps, when all of the payment is either kept or goes in tax; a part rolled over is neither.
  const allAccounted = Math.round((r.netAfterTaxes + r.totalFederalCost + (r.stateTaxEstimate ?? 0)) * 100) === Math.round(r.grossAmount * 100);
  if (allAccounted)
    return `You would keep about ${dollars(r.netAfterTaxes)} of the ${dollars(r.grossAmount)} after federal tax${r.stateTaxEstimate === null ? '' : ' and your state estimate'}: it adds about ${dollars(r.totalFederalCost)} in federal tax${extra}.${ss}`;
  return `You would owe about ${dollars(r.totalFederalCost)} more in federal tax${extra}.${ss}`;
}

/** The additional-tax row: an amount, or why there is none. */
function additionalTaxRow(r: WithdrawalResult): Row {
  if (after59Half(r)) return ['Additional tax on early distributions', `Not subject to it: paid at or after ${ageWords(r)}`];
  return ['Additional tax on early distributions', dollars(r.additionalTax)];
}

/** What withholding leaves to settle when the return is filed; periodic payments follow the reader's own W-4P. */
function filingRow(r: WithdrawalResult): Row {
  if (r.withholding.periodicNotEstimated) return ['At filing', 'Depends on the withholding you chose on Form W-4P'];
  return r.refund > 0 ? ['Refunded at filing', dollars(r.refund)] : ['Still owed at filing', dollars(r.balanceDue)];
}

/** The key numbers: what it costs and what the reader keeps. */
export function withdrawalKeyRows(r: WithdrawalResult, split: boolean): (Row | false)[] {
  return [
    ['Amount withdrawn', dollars(r.grossAmount)],
    split && ['Taxable amount', dollars(r.taxableAmount)],
    split && r.nontaxableAmount > 0 && ['Tax-free part', dollars(r.nontaxableAmount)],
    additionalTaxRow(r),
    ['Federal income tax added', dollars(r.incomeTaxAdded)],
    ['Total federal cost', dollars(r.totalFederalCost), true],
    !paidToAnotherAccount(r) && ['Net after federal tax' + (r.stateTaxEstimate === null ? '' : ' and your state estimate'), dollars(r.netAfterTaxes), true],
  ];
}

/**
 * `lead`: the check's headline and its own key numbers, shown first; `split: false` when the lead already splits
 * the amount into its taxable and tax-free parts (the Roth check's earnings and contributions).
 */
export function WithdrawalResultView({ id, r, lead, split = true }: { id: string; r: WithdrawalResult; lead?: ComponentChildren; split?: boolean }) {
  const accounted = r.additionalTax + r.incomeTaxAdded + (r.stateTaxEstimate ?? 0) + r.netAfterTaxes;
  const direct = paidToAnotherAccount(r);
  return (
    <>
      {lead}
      <Numbers label="The numbers" rows={withdrawalKeyRows(r, split)} />
      <Numbers
        label="When it is paid and at filing"
        rows={[
          r.withholding.periodicNotEstimated ? ['Withheld when paid', 'As on your Form W-4P (periodic payments)'] : ['Withheld when paid', dollars(r.withholding.amount)],
          ['Cash you receive', dollars(r.cashReceived)],
          !direct && filingRow(r),
          r.stateTaxEstimate !== null && ['State income tax (your own estimate)', dollars(r.stateTaxEstimate)],
          r.exceptedAmount > 0 && !after59Half(r) && ['Covered by an exception', dollars(r.exceptedAmount)],
          r.disasterSpread !== null && ['Income counted this year (disaster spread)', dollars(r.disasterSpread.thisYear)],
          r.disasterSpread !== null && ['Income counted next year', dollars(r.disasterSpread.nextYear)],
          r.disasterSpread !== null && ['Income counted the year after', dollars(r.disasterSpread.yearAfter)],
          r.socialSecurity !== null && r.socialSecurity.madeTaxable > 0 && ['Social Security benefits it makes taxable', dollars(r.socialSecurity.madeTaxable)],
          r.seniorDeductionLost > 0 && ['Senior deduction it phases out', dollars(r.seniorDeductionLost)],
          r.rmdYear?.required === true && ['Of the payment, this year’s RMD (cannot be rolled over)', cents(r.rmdYear.rmdPart)],
          r.rmdYear?.required === true && ['Of the payment, the part you could roll over', cents(r.rmdYear.rollablePart)],
          !direct && ['Marginal federal rate', `${r.marginalRatePercent}%`],
        ]}
      />
      {!direct && (
        <Bar
          id={id}
          caption={`Where the ${dollars(r.grossAmount)} goes`}
          parts={[
            { label: 'Additional tax', value: r.additionalTax, tone: 'tax2' },
            { label: 'Federal income tax', value: r.incomeTaxAdded, tone: 'tax' },
            { label: 'State tax (your estimate)', value: r.stateTaxEstimate ?? 0, tone: 'state' },
            { label: 'Kept after tax', value: r.netAfterTaxes, tone: 'kept' },
            { label: 'Rolled over or otherwise not received', value: Math.max(0, r.grossAmount - accounted), tone: 'other' },
          ]}
        />
      )}
      {r.exceptions.length > 0 && (
        <>
          <h4>Exceptions considered</h4>
          <ul class="cr-exceptions">
            {r.exceptions.map((e) => (
              <li key={e.id} class={e.accepted ? 'is-yes' : 'is-no'}>
                <strong>
                  {e.name}: {EXCEPTION_VERDICT[e.status]}.
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
