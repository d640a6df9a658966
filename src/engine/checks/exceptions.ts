/**
 * `exceptions`: the exception finder. From a few facts it lists every §72(t) exception as applies, does not apply,
 * IRA-only, plan-only or needing plan support, each with its reason and citation (IRC §72(t)(2); IRS exceptions chart).
 */
import { rules } from '../../data/index.ts';
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
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

export const exceptionsFinder = defineCheck({
  id: 'exceptions',
  title: 'Exception finder',
  request: object({
    check: oneOf(['exceptions'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    planType: withDefault(oneOf(['401k', 'ira'] as const, 'Where the money comes from: a 401(k) (or other qualified plan) or an IRA'), '401k'),
    distributionDate: date('Date of the distribution'),
    birthDate: date('Your birth date'),
    separatedFromPlanEmployer: withDefault(boolean('You have left the employer whose plan pays'), false),
    separationDate: optional(date('Date you left that employer')),
    publicSafetyEmployee: withDefault(boolean('Qualified public safety employee'), false),
    yearsOfService: optional(integer('Years of service under the plan', 0, 80)),
    purposes: withDefault(setOf(Object.keys(PURPOSES) as (keyof typeof PURPOSES)[], 'What the money is for'), []),
    circumstances: withDefault(setOf(CIRCUMSTANCES, 'Circumstances that apply to you'), []),
    planOffersLongTermCare: withDefault(boolean('Your plan offers long-term care distributions'), false),
  }),
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
