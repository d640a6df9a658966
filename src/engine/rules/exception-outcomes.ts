/**
 * Which §72(t)(2) exceptions a plan distribution is judged against, and what each accepted one covers. Age 59½ is
 * always judged; the separation exceptions (§72(t)(2)(A)(v), §72(t)(10)) whenever the facts point at them; every
 * other exception only when the reader claims it. A capped exception covers at most its cap; the covers add up.
 */
import type { Explanation } from '../core/explain.ts';
import { toDollars, type Cents } from '../core/money.ts';
import type { TaxException } from '../../data/schema.ts';
import type { ExceptionFacts, ExceptionId, ExceptionStatus, Verdict } from './exceptions.ts';

export type ExceptionOutcome = {
  id: string;
  rule: string;
  name: string;
  claimed: boolean;
  status: ExceptionStatus;
  accepted: boolean;
  reason: string;
  /** Dollars of the distribution the exception covers; null when it covers all of it. */
  covers: number | null;
  form5329: { number: string; confirmed: boolean } | null;
  citations: string[];
};

export function consideredExceptions(x: { separatedFromPlanEmployer: boolean; publicSafetyEmployee: boolean; claims: readonly string[] }): ExceptionId[] {
  const considered: ExceptionId[] = ['age-59-half'];
  if (x.separatedFromPlanEmployer || x.claims.includes('separation-55')) considered.push('separation-55');
  if (x.publicSafetyEmployee || x.claims.includes('public-safety')) considered.push('public-safety');
  for (const c of x.claims) if (!considered.includes(c as ExceptionId)) considered.push(c as ExceptionId);
  return considered;
}

export type JudgedExceptions = { outcomes: ExceptionOutcome[]; coversAll: boolean; covered: Cents };

/** How an exception is found and judged: its catalog entry, and the gates then its module's predicate. */
export type ExceptionJudge = { entryOf: (id: string) => TaxException | undefined; judge: (exc: TaxException, f: ExceptionFacts) => Verdict };

/** `judged`: verdicts reached earlier (the disaster one, which the spread needs before the medical floor reads AGI). */
export function judgeExceptions(
  { entryOf, judge }: ExceptionJudge,
  considered: readonly ExceptionId[],
  facts: ExceptionFacts,
  amount: Cents,
  reached59: boolean,
  judged: ReadonlyMap<string, Verdict>,
  explain: Explanation | undefined,
): JudgedExceptions {
  const outcomes: ExceptionOutcome[] = [];
  let coversAll = false;
  let covered: Cents = 0;
  for (const id of considered) {
    const exc = entryOf(id)!;
    const v = judged.get(id) ?? judge(exc, facts);
    const accepted = v.status === 'applies' && v.cover !== 0;
    if (accepted) {
      if (v.cover === 'all') coversAll = true;
      else covered += v.cover;
    }
    outcomes.push({
      id, rule: exc.rule, name: exc.name, claimed: facts.claims.has(id), status: accepted ? 'applies' : v.status === 'applies' ? 'does-not-apply' : v.status,
      accepted, reason: v.reason, covers: !accepted ? 0 : v.cover === 'all' ? null : toDollars(Math.min(v.cover, amount)),
      form5329: exc.form5329, citations: [...exc.sources],
    });
    // The 59½ step already said so when it is reached.
    if (id !== 'age-59-half' || !reached59) explain?.add(exc.rule, `${exc.name}: ${accepted ? 'applies' : 'does not apply'}. ${v.reason}`, exc.sources);
  }
  return { outcomes, coversAll, covered };
}

/** The part of the distribution covered by the accepted exceptions in `ids`, in cents. */
export function coveredBy(outcomes: readonly ExceptionOutcome[], ids: readonly string[], amount: Cents): Cents {
  let sum: Cents = 0;
  for (const o of outcomes) if (o.accepted && ids.includes(o.id)) sum += o.covers === null ? amount : Math.round(o.covers * 100);
  return sum;
}
