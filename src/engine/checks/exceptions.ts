/**
 * `exceptions`: the exception finder. From a few facts it lists every §72(t) exception as applies, does not apply,
 * IRA-only, plan-only or needing plan support, each with its reason and citation (IRC §72(t)(2); IRS exceptions chart).
 * Its purposes and circumstances, and the facts they imply, come from the exception modules' registry.
 */
import { rules } from '../../data/rules.ts';
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { EXCEPTION_VERDICT } from '../core/choice-labels.ts';
import { GROUPS } from '../core/fields.ts';
import { boolean, date, integer, object, oneOf, optional, setOf, withDefault } from '../core/request-kit.ts';
import { exceptionById, judgeException, type ExceptionFacts } from '../rules/exceptions.ts';
import { FINDER_GROUPS } from '../rules/exceptions/define.ts';
import { FINDER_CIRCUMSTANCES, FINDER_PURPOSES, finderFacts, finderFields } from '../rules/exceptions/registry.ts';

/** What the money is for, in a reader's words, mapped to the exception it points at; and the circumstances. */
const PURPOSES = Object.fromEntries(FINDER_PURPOSES.map((p) => [p.key, p.id])) as Record<string, string>;
const PURPOSE_KEYS = FINDER_PURPOSES.map((p) => p.key);
const PURPOSE_LABELS = Object.fromEntries(FINDER_PURPOSES.map((p) => [p.key, p.label])) as Record<string, string>;
/** The catalog's names for the circumstances, so they read as the exceptions table does. */
const CIRCUMSTANCE_LABELS = Object.fromEntries(FINDER_CIRCUMSTANCES.map((id) => [id, exceptionById(id)?.name ?? id])) as Record<string, string>;

export const exceptionsFinder = defineCheck({
  id: 'exceptions',
  title: 'Exception finder',
  request: object({
    check: oneOf(['exceptions'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    planType: withDefault(
      oneOf(['401k', 'ira'] as const, { label: 'Where the money comes from', choices: { '401k': 'A 401(k) or other workplace plan', ira: 'An IRA' } }),
      '401k',
    ),
    distributionDate: date({ label: 'Date of the distribution', setsTaxYear: true }),
    birthDate: date({ label: 'Your birth date' }),
    separatedFromPlanEmployer: withDefault(boolean({ label: 'You have left the employer whose plan pays', group: GROUPS.leaving }), false),
    separationDate: optional(date({ label: 'Date you left that employer', group: GROUPS.leaving, requiredWhen: { field: 'separatedFromPlanEmployer', is: true } })),
    publicSafetyEmployee: withDefault(boolean({ label: 'You are a qualified public safety employee', group: GROUPS.leaving }), false),
    // Years of service matter only to the public safety exception (IRC §72(t)(10)(B)): asked once that box is ticked.
    yearsOfService: optional(integer({ label: 'Years of service under the plan', unit: 'years', group: GROUPS.leaving, shownWhen: { field: 'publicSafetyEmployee', is: true } }, 0, 80, 'count')),
    purposes: withDefault(setOf(PURPOSE_KEYS, { label: 'What the money is for', group: FINDER_GROUPS.purpose, choices: PURPOSE_LABELS }), []),
    circumstances: withDefault(setOf(FINDER_CIRCUMSTANCES, { label: 'Circumstances that apply to you', group: FINDER_GROUPS.circumstance, choices: CIRCUMSTANCE_LABELS }), []),
    ...finderFields,
  }, { openGroups: [GROUPS.leaving, FINDER_GROUPS.purpose, FINDER_GROUPS.circumstance] }),
  defaultRequest: { check: 'exceptions', planType: '401k', distributionDate: '2026-06-15', birthDate: '1971-09-01', separatedFromPlanEmployer: true, separationDate: '2026-03-31' },
  run(req, explain) {
    const year = yearOf(req.distributionDate);
    if (!isCovered(year)) return { errors: [yearNotCovered('distributionDate', year)] };
    if (req.birthDate >= req.distributionDate) return { errors: [{ field: 'birthDate', message: 'The birth date must be before the distribution date.' }] };
    const tooOld = implausibleAge('birthDate', req.birthDate, year);
    if (tooOld) return { errors: [tooOld] };
    if (req.separatedFromPlanEmployer && !req.separationDate) return { errors: [{ field: 'separationDate', message: 'Enter the date you left the employer.' }] };
    if (req.separationDate && req.separationDate <= req.birthDate) return { errors: [{ field: 'separationDate', message: 'The separation date must be after the birth date.' }] };
    const circumstances = new Set<string>(req.circumstances);
    const claims = new Set<string>([...req.purposes.map((p) => PURPOSES[p]!), ...req.circumstances]);
    const facts: ExceptionFacts = {
      year, plan: req.planType, distributionDate: req.distributionDate, birthDate: req.birthDate, claims,
      separatedFromPlanEmployer: req.separatedFromPlanEmployer, separationDate: req.separationDate,
      publicSafetyEmployee: req.publicSafetyEmployee, yearsOfService: req.yearsOfService,
      ...finderFacts({ distributionDate: req.distributionDate, circumstances, fields: req }),
    };
    const list = rules.exceptions.map((exc) => {
      const v = judgeException(exc, facts);
      const indicated = exc.autoDetected || claims.has(exc.id) || exc.id === 'rollover';
      const status = indicated || v.status !== 'applies' ? v.status : 'does-not-apply';
      const reason = indicated || v.status !== 'applies' ? v.reason : `Not indicated by your answers. ${exc.condition}`;
      explain.add(exc.rule, `${exc.name}: ${EXCEPTION_VERDICT[status]}. ${reason}`, exc.sources);
      return { id: exc.id, rule: exc.rule, name: exc.name, condition: exc.condition, status, indicated, reason, planMustOffer: exc.planMustOffer, form5329: exc.form5329, citations: [...exc.sources] };
    });
    return {
      result: {
        taxYear: year,
        planType: req.planType,
        applies: list.filter((e) => e.status === 'applies').map((e) => e.id),
        exceptions: list,
      },
    };
  },
});
