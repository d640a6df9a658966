/**
 * A traditional IRA in a year an RMD is due: the amounts first distributed in the year count toward the year's RMD
 * until it is met, and the total RMD of all the owner's traditional IRAs may be taken from any of them (Treas. Reg.
 * §1.408-8); a required minimum distribution cannot be rolled over (IRC §408(d)(3)(E)). IRAs have no still-working delay: the
 * required beginning date is April 1 after the year of the applicable age (§408(a)(6), §401(a)(9)(C)(ii)(I)).
 * Withholding is the same either way (the 10% default of §3405(b)), so the RMD part matters here only for a rollover.
 */
import type { Explanation } from '../core/explain.ts';
import { toCents, usd } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import { rmdYear, type RmdYear } from './rmd-year.ts';

type IraRmdFacts = { distributionDate: string; birthDate: string; amount: number; rolledOverWithin60Days: number; payment: string; rmdStillToTake?: number | undefined };

/** The plan's RMD-year test read for an IRA: no still-working delay, no 5% owner rule. */
export function iraRmdYear(f: IraRmdFacts): RmdYear {
  return rmdYear({ distributionDate: f.distributionDate, birthDate: f.birthDate, accountType: 'traditional', separatedFromPlanEmployer: true, fivePercentOwner: false, planOffersStillWorkingDelay: false });
}

export function iraRmdRolloverErrors(f: IraRmdFacts): FieldError[] {
  if (f.payment !== 'to-participant' || f.rolledOverWithin60Days <= 0) return [];
  const y = iraRmdYear(f);
  if (!y.required) return [];
  const year = f.distributionDate.slice(0, 4);
  if (f.rmdStillToTake === undefined)
    return [{ field: 'rmdStillToTake', message: `An RMD is due from your traditional IRAs for ${year} (applicable age ${y.applicableAge}). Enter how much of it is still to be taken before this payment (0 if you have taken it): that part cannot be rolled over.` }];
  const rollable = Math.max(0, f.amount - Math.min(f.amount, f.rmdStillToTake));
  if (f.rolledOverWithin60Days > rollable)
    return [{ field: 'rolledOverWithin60Days', message: `Only the part above this year’s IRA RMD (${usd(toCents(rollable))}) can be rolled over; putting the RMD into an IRA makes an excess contribution.` }];
  return [];
}

export function explainIraRmdPart(f: IraRmdFacts, explain: Explanation | undefined): void {
  if (!explain || f.payment !== 'to-participant' || f.rolledOverWithin60Days <= 0 || !iraRmdYear(f).required) return;
  const rmdPart = toCents(Math.min(f.amount, f.rmdStillToTake ?? 0));
  explain.add(
    'irc-408-d-3-e-ira-rmd-not-rollable',
    rmdPart === 0
      ? 'This year’s RMD from your traditional IRAs is already taken, so the whole payment could be rolled over.'
      : `The first ${usd(rmdPart)} paid this year counts toward the RMD still due from your traditional IRAs, so it cannot be rolled over; only the other ${usd(toCents(f.amount) - rmdPart)} can.`,
    ['irc-408-d-3-e', 'reg-1-408-8'],
  );
}
