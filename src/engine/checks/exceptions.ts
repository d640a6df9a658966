/**
 * `exceptions`: the exception finder. From a few facts it lists every §72(t) exception as applies, does not apply,
 * IRA-only, plan-only or needing plan support, each with its reason and citation (IRC §72(t)(2); IRS exceptions chart).
 */
import { rules } from '../../data/index.ts';
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { GROUPS } from '../core/fields.ts';
import { boolean, date, integer, object, oneOf, optional, setOf, withDefault } from '../core/request-kit.ts';
import { judgeException, type ExceptionFacts } from '../rules/exceptions.ts';

/** What the money is for, in a reader's words, mapped to the exception it points at. */
const PURPOSES = {
  medical: 'medical',
  home: 'first-home',
  education: 'higher-education',
  'health-insurance': 'health-insurance-unemployed',
  'birth-adoption': 'birth-adoption',
  emergency: 'emergency',
  'domestic-abuse': 'domestic-abuse',
  disaster: 'disaster',
  'long-term-care': 'long-term-care',
} as const;
const CIRCUMSTANCES = ['disability', 'terminal-illness', 'death', 'qdro', 'levy', 'reservist', 'sepp', 'esop-dividends', 'corrective', 'eaca-withdrawal', 'phased-retirement', 'plesa', 'ira-excess-earnings'] as const;

const PURPOSE_GROUP = 'What the money is for';
const CIRCUMSTANCE_GROUP = 'Your circumstances';
/** The catalog's names for the circumstances, so they read as the exceptions table does. */
const CIRCUMSTANCE_LABELS = Object.fromEntries(CIRCUMSTANCES.map((id) => [id, rules.exceptions.find((e) => e.id === id)?.name ?? id])) as Record<(typeof CIRCUMSTANCES)[number], string>;

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
    publicSafetyEmployee: withDefault(boolean({ label: 'Qualified public safety employee', group: GROUPS.leaving }), false),
    yearsOfService: optional(integer({ label: 'Years of service under the plan', unit: 'years', group: GROUPS.leaving }, 0, 80, 'count')),
    purposes: withDefault(
      setOf(Object.keys(PURPOSES) as (keyof typeof PURPOSES)[], {
        label: 'What the money is for',
        group: PURPOSE_GROUP,
        choices: {
          medical: 'Medical expenses',
          home: 'Buying a first home',
          education: 'Higher education',
          'health-insurance': 'Health insurance while unemployed',
          'birth-adoption': 'A birth or an adoption',
          emergency: 'A personal or family emergency',
          'domestic-abuse': 'Domestic abuse',
          disaster: 'A federally declared disaster',
          'long-term-care': 'Long-term care insurance',
        },
      }),
      [],
    ),
    circumstances: withDefault(setOf(CIRCUMSTANCES, { label: 'Circumstances that apply to you', group: CIRCUMSTANCE_GROUP, choices: CIRCUMSTANCE_LABELS }), []),
    planOffersLongTermCare: withDefault(boolean({ label: 'Your plan offers long-term care distributions', group: CIRCUMSTANCE_GROUP }), false),
  }, { openGroups: [GROUPS.leaving, PURPOSE_GROUP, CIRCUMSTANCE_GROUP] }),
  defaultRequest: { check: 'exceptions', planType: '401k', distributionDate: '2026-06-15', birthDate: '1971-09-01', separatedFromPlanEmployer: true, separationDate: '2026-03-31' },
  run(req, explain) {
    const year = yearOf(req.distributionDate);
    if (!isCovered(year)) return { errors: [yearNotCovered('distributionDate', year)] };
    if (req.birthDate >= req.distributionDate) return { errors: [{ field: 'birthDate', message: 'The birth date must be before the distribution date.' }] };
    const tooOld = implausibleAge('birthDate', req.birthDate, year);
    if (tooOld) return { errors: [tooOld] };
    if (req.separatedFromPlanEmployer && !req.separationDate) return { errors: [{ field: 'separationDate', message: 'Enter the date you left the employer.' }] };
    if (req.separationDate && req.separationDate <= req.birthDate) return { errors: [{ field: 'separationDate', message: 'The separation date must be after the birth date.' }] };
    const circ = new Set<string>(req.circumstances);
    const claims = new Set<string>([...req.purposes.map((p) => PURPOSES[p]), ...req.circumstances]);
    const facts: ExceptionFacts = {
      year, plan: req.planType, distributionDate: req.distributionDate, birthDate: req.birthDate, claims,
      separatedFromPlanEmployer: req.separatedFromPlanEmployer, separationDate: req.separationDate,
      publicSafetyEmployee: req.publicSafetyEmployee, yearsOfService: req.yearsOfService,
      priorEmergencyWithinThreeYears: false, terminalIllnessCertified: circ.has('terminal-illness'),
      reservistOrderedOver179Days: circ.has('reservist'), reservistDistributionDuringDuty: circ.has('reservist'),
      seppStartDate: circ.has('sepp') ? req.distributionDate : undefined, planOffersLongTermCare: req.planOffersLongTermCare,
    };
    const list = rules.exceptions.map((exc) => {
      const v = judgeException(exc, facts);
      const indicated = exc.autoDetected || claims.has(exc.id) || exc.id === 'rollover';
      const status = indicated || v.status !== 'applies' ? v.status : 'does-not-apply';
      const reason = indicated || v.status !== 'applies' ? v.reason : `Not indicated by your answers. ${exc.condition}`;
      explain.add(exc.rule, `${exc.name}: ${status.replace(/-/g, ' ')}. ${reason}`, exc.sources);
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
