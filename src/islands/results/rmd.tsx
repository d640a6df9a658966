/**
 * The RMD result: this year's required minimum distribution from one 401(k), its deadline and what a shortfall
 * costs. An RMD is an exact minimum (the balance divided by the divisor, Treas. Reg. §1.401(a)(9)-5): it and what
 * is still to take are shown to the cent; the excise tax, like any tax, to the dollar.
 */
import { cents, dollars, longDate } from '../shared/format.ts';
import { Numbers, type Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'rmd'>['r'];

const TABLE: Record<Result['rmds'][number]['table'], string> = {
  'uniform-lifetime': 'Uniform Lifetime Table',
  'joint-and-last-survivor': 'Joint and Last Survivor Table',
};

export function headline(r: Result): string {
  if (!r.rmdRequired) return `No RMD is due from this plan for ${r.distributionYear}${r.firstDistributionYear === null ? ' while you still work for its employer' : `: the first is for ${r.firstDistributionYear}`}.`;
  const last = r.rmds[r.rmds.length - 1]!;
  if (r.remaining === 0) return `Your ${r.distributionYear} RMD from this plan, ${cents(r.totalRequired)}, is met.`;
  return r.rmds.length > 1
    ? `Two RMDs are due from this plan in ${r.distributionYear}: ${cents(r.totalRequired)} in all, ${cents(r.remaining)} still to take.`
    : r.remaining === r.totalRequired
      ? `Take at least ${cents(r.remaining)} from this plan by ${longDate(last.deadline)}: your ${r.distributionYear} RMD.`
      : `Take ${cents(r.remaining)} more from this plan by ${longDate(last.deadline)} (RMD ${cents(r.totalRequired)}).`;
}

/** The key numbers of a brief: each year's RMD, its deadline and what is still to take. */
export const keyRows = (r: Result): Row[] =>
  r.rmds.flatMap((l): Row[] => {
    const of = r.rmds.length > 1 ? ` (RMD for ${l.forYear})` : '';
    return [
      [`RMD for ${l.forYear}`, cents(l.amount), true],
      [`Due by${of}`, longDate(l.deadline)],
      [`Still to take${of}`, cents(l.remaining), true],
    ];
  });

export function RmdResult({ r }: ViewProps<'rmd'>) {
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      {r.rmds.map((l) => (
        <Numbers
          key={l.forYear}
          label={`The RMD for ${l.forYear}`}
          rows={[
            [`RMD for ${l.forYear}`, cents(l.amount), true],
            ['Due by', longDate(l.deadline)],
            l.creditedThisYear > 0 && ['Already taken toward it', cents(l.creditedThisYear)],
            ['Still to take', cents(l.remaining), true],
            [`Balance on ${longDate(l.balanceDate)}`, dollars(l.balance)],
            l.rothExcluded > 0 && ['Roth 401(k) part left out', dollars(l.rothExcluded)],
            ['Divisor', `${l.divisor.toFixed(1)} (${TABLE[l.table]}, ${l.tableAges})`],
            l.excise && [`Excise tax if not taken by ${longDate(l.deadline)}`, `${dollars(l.excise.fullTax)} (${l.excise.fullRatePercent}%)`],
            l.excise && [`If corrected by ${longDate(l.excise.correctionWindowEnds)}`, `${dollars(l.excise.correctedTax)} (${l.excise.correctedRatePercent}%)`],
            l.excise && l.excise.appliedTax !== null && ['With the correction date you gave', `${dollars(l.excise.appliedTax)} (${l.excise.appliedRatePercent}%)`],
          ]}
        />
      ))}
      <Numbers
        label="When RMDs start"
        rows={[
          ['Your RMD age (applicable age)', `${r.applicableAge}, reached in ${r.applicableAgeYear}`],
          ['First RMD year for this plan', r.firstDistributionYear === null ? 'The year you retire' : String(r.firstDistributionYear)],
          ['Required beginning date', r.requiredBeginningDate === null ? 'April 1 of the year after you retire' : longDate(r.requiredBeginningDate)],
        ]}
      />
      {r.rmds.some((l) => l.excise) && <p class="cr-note">The IRS can waive the excise tax for reasonable error: take the missed amount, then file Form 5329 with “RC” in Part IX and a short explanation.</p>}
      <p class="cr-note">{r.eachPlanSeparately}</p>
      <p class="cr-note">{r.rollover}</p>
    </>
  );
}
