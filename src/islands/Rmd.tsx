/** Required minimum distribution: this year's RMD from one 401(k), its deadline and what a shortfall costs (the engine's `rmd`). */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { longDate, usd } from './shared/format.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';


type RmdResult = ResultOf<'rmd'>;

const TABLE: Record<RmdResult['rmds'][number]['table'], string> = {
  'uniform-lifetime': 'Uniform Lifetime Table',
  'joint-and-last-survivor': 'Joint and Last Survivor Table',
};

function headline(r: RmdResult): string {
  if (!r.rmdRequired) return `No RMD is due from this plan for ${r.distributionYear}${r.firstDistributionYear === null ? ' while you still work for its employer' : `: the first is for ${r.firstDistributionYear}`}.`;
  const last = r.rmds[r.rmds.length - 1]!;
  if (r.remaining === 0) return `Your ${r.distributionYear} RMD from this plan, ${usd(r.totalRequired)}, is met.`;
  return r.rmds.length > 1
    ? `Two RMDs are due from this plan in ${r.distributionYear}: ${usd(r.totalRequired)} in all, ${usd(r.remaining)} still to take.`
    : `Take ${usd(r.remaining)} more from this plan by ${longDate(last.deadline)} (RMD ${usd(r.totalRequired)}).`;
}

export default function Rmd(props: CheckProps<'rmd'>) {
  return (
    <CheckShell<'rmd'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers
            label="When RMDs start"
            rows={[
              ['Your RMD age (applicable age)', `${r.applicableAge}, reached in ${r.applicableAgeYear}`],
              ['First RMD year for this plan', r.firstDistributionYear === null ? 'The year you retire' : String(r.firstDistributionYear)],
              ['Required beginning date', r.requiredBeginningDate === null ? 'April 1 of the year after you retire' : longDate(r.requiredBeginningDate)],
            ]}
          />
          {r.rmds.map((l) => (
            <Numbers
              key={l.forYear}
              label={`The RMD for ${l.forYear}`}
              rows={[
                [`Balance on ${longDate(l.balanceDate)}`, usd(l.balance)],
                l.rothExcluded > 0 && ['Roth 401(k) part left out', usd(l.rothExcluded)],
                ['Divisor', `${l.divisor.toFixed(1)} (${TABLE[l.table]}, ${l.tableAges})`],
                [`RMD for ${l.forYear}`, usd(l.amount), true],
                ['Due by', longDate(l.deadline)],
                l.creditedThisYear > 0 && ['Already taken toward it', usd(l.creditedThisYear)],
                ['Still to take', usd(l.remaining), true],
                l.excise && [`Excise tax if not taken by ${longDate(l.deadline)}`, `${usd(l.excise.fullTax)} (${l.excise.fullRatePercent}%)`],
                l.excise && [`If corrected by ${longDate(l.excise.correctionWindowEnds)}`, `${usd(l.excise.correctedTax)} (${l.excise.correctedRatePercent}%)`],
                l.excise && l.excise.appliedTax !== null && ['With the correction date you gave', `${usd(l.excise.appliedTax)} (${l.excise.appliedRatePercent}%)`],
              ]}
            />
          ))}
          {r.rmds.some((l) => l.excise) && <p class="cr-note">The IRS can waive the excise tax for reasonable error: take the missed amount, then file Form 5329 with “RC” in Part IX and a short explanation.</p>}
          <p class="cr-note">{r.eachPlanSeparately}</p>
          <p class="cr-note">{r.rollover}</p>
        </>
      )}
    </CheckShell>
  );
}
