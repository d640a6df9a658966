/**
 * The registry of the §72(t) exception modules (IRC §72(t)(2), (10), (11)). The withdrawal checks take their
 * exception fields, facts, contradictions and repayment windows from here, and the exception finder its purposes and
 * circumstances; nothing else names an exception. The order below is the order the forms ask the exceptions' fields
 * and list the finder's choices; the outcomes and the finder's list follow the catalog's order in `src/data/rules.ts`.
 */
import { prose } from '../../../data/prose.ts';
import { rules } from '../../../data/rules.ts';
import type { ExceptionId } from '../../../data/exception-ids.ts';
import { GROUPS } from '../../core/fields.ts';
import { setOf, withDefault, withMeta, type FieldError, type ParsedObject, type Shape, type ShownWhen } from '../../core/request-kit.ts';
import type { RepaymentWindow } from '../repayment-window.ts';
import { age59Half } from './age-59-half.ts';
import { birthAdoption } from './birth-adoption.ts';
import { corrective } from './corrective.ts';
import { death } from './death.ts';
import type { ExceptionModule, FinderAnswers, RequestBasics } from './define.ts';
import { disability } from './disability.ts';
import { disaster } from './disaster.ts';
import { domesticAbuse } from './domestic-abuse.ts';
import { eacaWithdrawal } from './eaca-withdrawal.ts';
import { emergency } from './emergency.ts';
import { esopDividends } from './esop-dividends.ts';
import { firstHome } from './first-home.ts';
import { healthInsuranceUnemployed } from './health-insurance-unemployed.ts';
import { higherEducation } from './higher-education.ts';
import { iraExcessEarnings } from './ira-excess-earnings.ts';
import { levy } from './levy.ts';
import { longTermCare } from './long-term-care.ts';
import { medical } from './medical.ts';
import { phasedRetirement } from './phased-retirement.ts';
import { plesa } from './plesa.ts';
import { publicSafety } from './public-safety.ts';
import { qdro } from './qdro.ts';
import { reservist } from './reservist.ts';
import { rollover } from './rollover.ts';
import { separation55 } from './separation-55.ts';
import { sepp } from './sepp.ts';
import { terminalIllness } from './terminal-illness.ts';
import type { CommonFacts } from './verdict.ts';

/** Every exception module, in form order. A new exception is one more line here. */
export const EXCEPTION_MODULES = [
  age59Half, separation55, publicSafety, disability, medical, firstHome, higherEducation, healthInsuranceUnemployed,
  birthAdoption, emergency, domesticAbuse, terminalIllness, death, qdro, levy, disaster, reservist, sepp, longTermCare,
  esopDividends, corrective, eacaWithdrawal, phasedRetirement, plesa, iraExcessEarnings, rollover,
] as const;

type Module = (typeof EXCEPTION_MODULES)[number];
type Intersect<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type AnyModule = ExceptionModule<Shape, Shape, object>;

const byId = new Map<string, AnyModule>(EXCEPTION_MODULES.map((m) => [m.id, m as unknown as AnyModule]));
/** The module of a catalog id (every catalog id has one; the exceptions tests check both ways). */
export function exceptionModule(id: ExceptionId): AnyModule {
  return byId.get(id)!;
}

/** The facts the predicates read: the common ones and every module's own, amounts in cents; absent means not known. */
export type ExceptionFacts = CommonFacts & Partial<Intersect<ReturnType<Module['facts']>>>;

/** What a reader can claim in a request, in catalog order: rollovers are described by the payment fields, 59½ by the dates. */
export const CLAIMABLE_EXCEPTION_IDS = rules.exceptions.map((e) => e.id).filter((id) => byId.get(id)?.claimable);
type ClaimableId = Exclude<ExceptionId, 'rollover' | 'age-59-half'>;

/** The catalog's own names, so a claim reads as the table in the guides does. */
const CLAIM_LABELS = Object.fromEntries(
  rules.exceptions.filter((e) => (CLAIMABLE_EXCEPTION_IDS as readonly string[]).includes(e.id)).map((e) => [e.id, e.name]),
) as Record<ClaimableId, string>;

type ExceptionShape = Intersect<Module['fields']>;
type IraShape = Intersect<Module['iraFields']>;

/** A module's questions, which a form shows once its exception is claimed (and `also` holds), after their own conditions. */
function askedWhenClaimed(fields: Shape, id: string, also: ShownWhen[] = []): Shape {
  return Object.fromEntries(
    Object.entries(fields).map(([k, f]) => {
      const own = f.json['x-shown-when'] as ShownWhen | ShownWhen[] | undefined;
      return [k, withMeta(f, { shownWhen: [{ field: 'claims', has: id }, ...also, ...(own ? ([] as ShownWhen[]).concat(own) : [])] })];
    }),
  );
}

/** The withdrawal checks' exception questions: the claims, then each module's fields in registry order. */
export const exceptionFields = {
  claims: withDefault(setOf(CLAIMABLE_EXCEPTION_IDS as readonly ClaimableId[], { label: prose('Exceptions to the {additional-tax-rate}% additional tax you believe apply'), group: GROUPS.exceptions, choices: CLAIM_LABELS }), []),
  ...(Object.assign({}, ...EXCEPTION_MODULES.map((m) => askedWhenClaimed(m.fields, m.id))) as ExceptionShape),
};
/** The amounts the IRA-only exceptions are measured by (the early-withdrawal check's IRA comparison). */
export const iraExceptionFields = Object.assign({}, ...EXCEPTION_MODULES.map((m) => askedWhenClaimed(m.iraFields, m.id, [{ field: 'planType', is: 'ira' }]))) as IraShape;

/** A request as the exception modules read it: the basics, their fields, and the IRA fields where a check has them. */
export type ExceptionRequest = RequestBasics & ParsedObject<ExceptionShape> & Partial<ParsedObject<IraShape>>;

/** Every module's facts from a request, merged. */
export function moduleFacts(r: ExceptionRequest): Partial<Intersect<ReturnType<Module['facts']>>> {
  return Object.assign({}, ...EXCEPTION_MODULES.map((m) => (m as unknown as AnyModule).facts(r as never)));
}

/** What each claim must give, then (in a covered year, whose figures they read) each module's contradictions. */
export function validateExceptionFields(r: ExceptionRequest, year: number | null): FieldError[] {
  const modules = EXCEPTION_MODULES as readonly unknown[] as readonly AnyModule[];
  const errors = modules.flatMap((m) => m.requires?.(r as never) ?? []);
  if (year !== null) errors.push(...modules.flatMap((m) => m.validate?.(r as never, year) ?? []));
  return errors;
}

/** The exceptions whose distributions are not eligible rollover distributions (IRC §402(c)(4); SECURE 2.0). */
export const NOT_ROLLOVER_ELIGIBLE: readonly ExceptionId[] = EXCEPTION_MODULES.filter((m) => (m as unknown as AnyModule).notEligibleRollover).map((m) => m.id);

/** The exceptions whose distributions §3405 does not withhold from (§3405(e)(1)(B)). */
export const NOT_WITHHELD: readonly ExceptionId[] = EXCEPTION_MODULES.filter((m) => (m as unknown as AnyModule).notWithheld).map((m) => m.id);

/** Whether the exception can be repaid, and its window for a distribution received on `receivedOn`. */
export function isRepayable(id: string): boolean {
  return byId.get(id)?.repayment !== undefined;
}
export function repaymentWindow(id: ExceptionId, receivedOn: string, year: number, r: Partial<ExceptionRequest> = {}): RepaymentWindow {
  return exceptionModule(id).repayment!(receivedOn, year, r as never);
}

/** The finder's purposes: a reader's word (stable in URLs) for the exception it points at, with its label. */
export const FINDER_PURPOSES = EXCEPTION_MODULES.flatMap((m) => {
  const p = (m as unknown as AnyModule).finder?.purpose;
  return p ? [{ key: p.key, id: m.id, label: p.label }] : [];
});
/** The finder's circumstances: exceptions a reader recognizes by their catalog name. */
export const FINDER_CIRCUMSTANCES = EXCEPTION_MODULES.filter((m) => (m as unknown as AnyModule).finder?.circumstance).map((m) => m.id);
/** The finder's own questions that belong to one exception. */
export const finderFields: Shape = Object.assign({}, ...EXCEPTION_MODULES.map((m) => (m as unknown as AnyModule).finder?.fields ?? {}));
/** Every module's facts inferred from the finder's answers. */
export function finderFacts(a: FinderAnswers): Partial<Intersect<ReturnType<Module['facts']>>> {
  return Object.assign({}, ...EXCEPTION_MODULES.map((m) => (m as unknown as AnyModule).finder?.facts?.(a) ?? {}));
}
