/**
 * What one §72(t) exception module holds (IRC §72(t)(2), (10), (11)): its catalog entry from `src/data/rules.ts`
 * (name, condition, cap figure, effective dates, Form 5329 number, sources), the request fields it asks, how its
 * facts are read from a request, its predicate with the reasons, and — where the law gives one — its repayment window
 * and its own contradictions. `registry.ts` lists the modules; the withdrawal checks and the exception finder read
 * nothing about an exception except through it.
 */
import { rules } from '../../../data/rules.ts';
import type { ExceptionId } from '../../../data/exception-ids.ts';
import type { TaxException } from '../../../data/schema.ts';
import type { FieldError, ParsedObject, Shape } from '../../core/request-kit.ts';
import type { RepaymentWindow } from '../repayment-window.ts';
import type { CommonFacts, Verdict } from './verdict.ts';

/** What every request the exceptions read carries, whatever the check. */
export type RequestBasics = { distributionDate: string; birthDate: string; claims: readonly string[] };

/** The finder's answers, for the few exceptions whose facts it can infer from a circumstance ticked. */
export type FinderAnswers = { distributionDate: string; circumstances: ReadonlySet<string>; fields: Readonly<Record<string, unknown>> };

/** The exception finder's two lists of choices, in a reader's words. */
export const FINDER_GROUPS = { purpose: 'What the money is for', circumstance: 'Your circumstances' } as const;

export type ExceptionModule<F extends Shape = Shape, I extends Shape = Shape, X extends object = object> = {
  id: ExceptionId;
  /** The catalog entry: the data every table and check shows for this exception. */
  entry: TaxException;
  /** Request fields the withdrawal checks ask for this exception, in form order. */
  fields: F;
  /** Fields asked only for a distribution from an IRA (the early-withdrawal check's comparison). */
  iraFields: I;
  /** A reader can tick it among "Exceptions you believe apply" (59½ and rollovers are read from dates and payments). */
  claimable: boolean;
  /** Its facts from a withdrawal request, amounts in cents. */
  facts: (r: ParsedObject<F> & Partial<ParsedObject<I>>) => X;
  /** The predicate: whether it applies and how much it covers, with the reason. Facts absent mean "not known". */
  judge: (f: CommonFacts & Partial<X>) => Verdict;
  /** Where the finder lists it: a purpose (with the reader's word for it, kept stable in URLs) or a circumstance. */
  finder?: {
    purpose?: { key: string; label: string };
    circumstance?: boolean;
    /** Finder questions of its own (their `group` one of FINDER_GROUPS). */
    fields?: Shape;
    facts?: (a: FinderAnswers) => Partial<X>;
  };
  /** The repayment window of an accepted distribution, if the law allows repaying it. */
  repayment?: (receivedOn: string, year: number, r: Partial<ParsedObject<F>>) => RepaymentWindow;
  /** What a claim of it must give, refused on the field (any year: these need no figures). */
  requires?: (r: RequestBasics & ParsedObject<F>) => FieldError[];
  /** Contradictions among its own fields, refused on the later field. Runs for a covered year only. */
  validate?: (r: RequestBasics & ParsedObject<F>, year: number) => FieldError[];
  /** IRC §401(a)(31), §402(f) and §3405 do not apply to its distributions: they are not eligible rollover
   * distributions, so nothing is withheld at the mandatory 20% (§72(t)(2)(H)(vi), (I)(vi), (K)(vi), (N); §72(t)(11);
   * §402(c)(4)(A) for a series of substantially equal periodic payments). */
  notEligibleRollover?: boolean;
  /** Its distributions are not "designated distributions", so §3405 withholding does not apply to them at all
   * (§3405(e)(1)(B)(iv): dividends described in §404(k)). */
  notWithheld?: boolean;
};

/** The catalog entry for `id`; every module's id is in the catalog (the exceptions tests check both ways). */
export function catalogEntry(id: ExceptionId): TaxException {
  return rules.exceptions.find((e) => e.id === id)!;
}

type Spec<F extends Shape, I extends Shape, X extends object> = Omit<ExceptionModule<F, I, X>, 'entry' | 'fields' | 'iraFields' | 'facts' | 'claimable'> & {
  fields?: F;
  iraFields?: I;
  facts?: (r: ParsedObject<F> & Partial<ParsedObject<I>>) => X;
  claimable?: boolean;
};

/** A module from its parts; without fields it reads only the common facts. */
export function defineException<const F extends Shape = {}, const I extends Shape = {}, X extends object = {}>(spec: Spec<F, I, X>): ExceptionModule<F, I, X> {
  return {
    ...spec,
    entry: catalogEntry(spec.id),
    fields: spec.fields ?? ({} as F),
    iraFields: spec.iraFields ?? ({} as I),
    facts: spec.facts ?? (() => ({}) as X),
    claimable: spec.claimable ?? true,
  };
}
