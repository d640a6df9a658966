/**
 * `rmd`: this year's required minimum distribution from one 401(k) during the participant's life — the applicable
 * age, the required beginning date (and the still-working delay), the divisor and its table, the deadline (two RMDs in
 * the year after the first if the first was delayed), and the excise tax on a shortfall with its correction window
 * (IRC §401(a)(9); Treas. Reg. §§1.401(a)(9)-2, -5, -9; IRC §4974).
 */
import { prose } from '../../data/prose.ts';
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { addMonths, longDate, yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { clampZero, toCents, toDollars, usd, type Cents } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, withDefault, type FieldError } from '../core/request-kit.ts';
import { applicableAge } from '../rules/rmd-applicable-age.ts';
import { jointAndLastSurvivorDivisor, rmdAmount, uniformLifetimeDivisor, type Divisor } from '../rules/rmd-amount.ts';
import { rmdExcise, type Excise } from '../rules/rmd-excise-tax.ts';
import { requiredBeginningDate } from '../rules/rmd-required-beginning-date.ts';
import { inForceFromYear } from '../../data/dated.ts';

type RmdLine = {
  forYear: number;
  deadline: string;
  balanceDate: string;
  balance: number;
  rothExcluded: number;
  divisor: number;
  table: Divisor['table'];
  tableAges: string;
  amount: number;
  creditedThisYear: number;
  remaining: number;
  excise: (Omit<Excise, 'shortfall' | 'fullTax' | 'correctedTax' | 'appliedTax'> & { shortfall: number; fullTax: number; correctedTax: number; appliedTax: number | null }) | null;
};

const [WORKING, SPOUSE, LATE] = ['Still working for the plan’s employer', 'A spouse as sole beneficiary', 'The year after your first RMD year, and a missed RMD'];

export const rmd = defineCheck({
  id: 'rmd',
  title: 'Required minimum distribution',
  request: object({
    check: oneOf(['rmd'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    distributionYear: integer({ label: 'Distribution year', help: 'The calendar year the RMD is for.' }, 1900, 2200, 'tax-year'),
    birthDate: date({ label: 'Your birth date', help: 'The participant’s.' }),
    priorYearEndBalance: money({ label: 'Balance of this 401(k) on December 31 of the year before' }),
    rothPartOfBalance: withDefault(money({ label: 'Part of that balance in a Roth 401(k)', help: 'A designated Roth account.' }), 0),
    stillWorkingForPlanEmployer: withDefault(boolean({ label: 'You still work, at the end of the distribution year, for the employer that maintains this plan', group: WORKING }), false),
    retirementYear: optional(integer({ label: 'Year you retired from that employer', help: 'If after the year you reached your RMD age.', group: WORKING, shownWhen: { field: 'stillWorkingForPlanEmployer', is: false } }, 1900, 2200, 'tax-year')),
    // §401(a)(9)(C)(ii)(I): ownership counts for the plan year ending in the calendar year of the applicable age, so
    // selling down later does not restore the delay, and becoming an owner later does not take it away.
    fivePercentOwner: withDefault(boolean({ label: prose('You owned more than {rmd-five-percent-owner-share}% of that employer in the year you reached your RMD age'), help: 'A 5-percent owner for the plan year ending in that year, even if you own less now.', group: WORKING }), false),
    planOffersStillWorkingDelay: withDefault(boolean({ label: 'The plan lets participants who still work there delay RMDs until they retire', help: 'Most do; see the summary plan description.', group: WORKING }), true),
    spouseSoleBeneficiary: withDefault(boolean({ label: 'Your spouse is the sole designated beneficiary of this account for the whole year', group: SPOUSE }), false),
    spouseBirthDate: optional(date({ label: 'Your spouse’s birth date', help: prose('The Joint and Last Survivor Table applies if more than {rmd-spouse-age-gap-years:word} years younger.'), group: SPOUSE, shownWhen: { field: 'spouseSoleBeneficiary', is: true } })),
    firstRmdDelayed: withDefault(boolean({ label: 'This is the year after your first RMD year and you did not take that first RMD last year', group: LATE }), false),
    balanceTwoYearsBefore: optional(money({ label: 'For the delayed first RMD: this plan’s balance on December 31 two years before', help: 'Without Roth 401(k) money, unless that first RMD is for a year before Roth 401(k) money stopped needing lifetime RMDs: then with it.', group: LATE, shownWhen: { field: 'firstRmdDelayed', is: true } })),
    distributedThisYear: withDefault(money({ label: 'Already distributed from this plan in the distribution year' }), 0),
    shortfallCorrectedOn: optional(date({ label: 'If an RMD was missed: the date you took the missed amount', group: LATE })),
  }),
  defaultRequest: {
    check: 'rmd',
    distributionYear: 2026,
    birthDate: '1952-05-20',
    priorYearEndBalance: 250000,
  },
  run(req, explain) {
    const Y = req.distributionYear;
    const errors: FieldError[] = [];
    if (!isCovered(Y)) errors.push(yearNotCovered('distributionYear', Y));
    const born = yearOf(req.birthDate);
    if (born >= Y) errors.push({ field: 'birthDate', message: 'The birth date must be before the distribution year.' });
    else {
      const tooOld = implausibleAge('birthDate', req.birthDate, Y);
      if (tooOld) errors.push(tooOld);
    }
    if (req.rothPartOfBalance > req.priorYearEndBalance) errors.push({ field: 'rothPartOfBalance', message: 'The Roth part cannot be more than the balance.' });
    if (req.stillWorkingForPlanEmployer && req.retirementYear !== undefined) errors.push({ field: 'retirementYear', message: 'You said you still work there: leave the retirement year empty, or answer that you have retired.' });
    if (req.retirementYear !== undefined && req.retirementYear > Y) errors.push({ field: 'retirementYear', message: 'The retirement year is after the distribution year: answer that you still work there instead.' });
    if (req.retirementYear !== undefined && req.retirementYear <= born) errors.push({ field: 'retirementYear', message: 'The retirement year must be after your birth year.' });
    if (req.spouseSoleBeneficiary && !req.spouseBirthDate) errors.push({ field: 'spouseBirthDate', message: 'Enter your spouse’s birth date.' });
    if (errors.length) return { errors };

    // 1. Applicable age and required beginning date.
    const age = applicableAge(req.birthDate, Y, explain);
    const rbd = requiredBeginningDate(age, {
      stillWorking: req.stillWorkingForPlanEmployer, retirementYear: req.retirementYear,
      fivePercentOwner: req.fivePercentOwner, planOffersDelay: req.planOffersStillWorkingDelay,
    }, Y);
    explain.add('irc-401a9-c-required-beginning-date', rbd.reason, ['irc-401-a-9-c', 'reg-1-401a9-2', ...(req.fivePercentOwner ? ['irc-416-i-1-b'] : [])]);

    const base = {
      distributionYear: Y,
      ageThisYear: Y - born,
      applicableAge: age.label,
      applicableAgeYear: age.year,
      firstDistributionYear: rbd.firstYear,
      requiredBeginningDate: rbd.date,
      stillWorkingDelay: rbd.delayed,
    };
    const eachPlan = 'Each 401(k) must pay its own RMD: it cannot be met from another 401(k) or from an IRA (IRAs can be combined among themselves, 401(k)s cannot).';
    const rollover = 'An RMD cannot be rolled over: in an RMD year the first dollars paid from the plan count toward it, and only what is paid beyond it is an eligible rollover distribution.';
    // A delayed first RMD exists only in the year after the first distribution year (§401(a)(9)(C)); in a year with no
    // RMD due, or while the still-working delay lasts, answering that one was delayed contradicts the other answers.
    if (req.firstRmdDelayed && (rbd.firstYear === null || Y < rbd.firstYear))
      return { errors: [{ field: 'firstRmdDelayed', message: rbd.firstYear === null ? 'While you still work for the plan’s employer no RMD has been due from this plan, so none can have been delayed.' : `Your first RMD is for ${rbd.firstYear}: in ${Y} none can have been delayed yet.` }] };
    if (rbd.firstYear === null || Y < rbd.firstYear) {
      const when = rbd.firstYear === null ? 'the year you retire' : String(rbd.firstYear);
      explain.add('irc-401a9-no-rmd-this-year', `No required minimum distribution from this plan is due for ${Y}: the first is for ${when}.`, ['irc-401-a-9', 'reg-1-401a9-2']);
      return { result: { ...base, rmdRequired: false, rmds: [] as RmdLine[], totalRequired: 0, distributedThisYear: req.distributedThisYear, remaining: 0, eachPlanSeparately: eachPlan, rollover } };
    }
    if (req.firstRmdDelayed && Y !== rbd.firstYear + 1)
      return { errors: [{ field: 'firstRmdDelayed', message: `Only ${rbd.firstYear + 1}, the year after your first RMD year (${rbd.firstYear}), can hold a delayed first RMD.` }] };
    if (req.firstRmdDelayed && req.balanceTwoYearsBefore === undefined)
      return { errors: [{ field: 'balanceTwoYearsBefore', message: `Enter this plan’s balance on December 31, ${Y - 2}, for the first RMD (for ${Y - 1}).` }] };

    // 2. Roth 401(k) money has no lifetime RMD from 2024.
    const rothFrom = figureValue('rmd-roth-401k-exempt-from', Y);
    const rothExempt = inForceFromYear(rothFrom, Y);
    const roth = rothExempt ? toCents(req.rothPartOfBalance) : 0;
    if (req.rothPartOfBalance > 0)
      explain.add('irc-402a-d-5-roth-no-lifetime-rmd', rothExempt ? `From ${rothFrom}, Roth 401(k) money needs no lifetime RMD: the ${usd(roth)} Roth part is left out.` : `Before ${rothFrom}, Roth 401(k) money counted toward the RMD.`, ['irc-402a']);
    // §402A(d)(5) applies to taxable years beginning after 2023, not to distributions required for earlier years but
    // paid later (SECURE 2.0 §325): a delayed first RMD for an earlier year counts the Roth 401(k) money too.
    if (req.firstRmdDelayed && !inForceFromYear(rothFrom, Y - 1))
      explain.add('irc-402a-d-5-roth-counts-before-exemption', `The delayed first RMD is for ${Y - 1}, before ${rothFrom}: Roth 401(k) money in this plan’s balance on ${longDate(`${Y - 2}-12-31`)} counts toward it, even though it is paid in ${Y}.`, ['irc-402a', 'secure-2-0-325']);

    // 3. One RMD per distribution calendar year that is due in Y.
    const lines: { forYear: number; deadline: string; balance: Cents; roth: Cents }[] = [];
    if (req.firstRmdDelayed) lines.push({ forYear: Y - 1, deadline: rbd.date!, balance: toCents(req.balanceTwoYearsBefore!), roth: 0 });
    const dm = figureValue('rmd-annual-deadline-month', Y);
    const dd = figureValue('rmd-annual-deadline-day', Y);
    lines.push({ forYear: Y, deadline: Y === rbd.firstYear ? rbd.date! : `${Y}-${String(dm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, balance: toCents(req.priorYearEndBalance) - roth, roth });

    const gap = figureValue('rmd-spouse-age-gap-years', Y);
    const youngerSpouse = req.spouseSoleBeneficiary && req.spouseBirthDate !== undefined && req.spouseBirthDate > addMonths(req.birthDate, gap * 12);
    if (req.spouseSoleBeneficiary)
      explain.add('reg-1-401a9-5-spouse-joint-table', youngerSpouse
        ? `Your spouse, the sole beneficiary, is more than ${gap} years younger: the Joint and Last Survivor Table gives the divisor.`
        : `Your spouse is not more than ${gap} years younger, so the Uniform Lifetime Table applies.`, ['reg-1-401a9-5', 'reg-1-401a9-9']);

    const out: RmdLine[] = [];
    let credit = toCents(req.distributedThisYear);
    for (const l of lines) {
      const ageThen = l.forYear - born;
      let d: Divisor | undefined;
      if (youngerSpouse) {
        const spouseAge = l.forYear - yearOf(req.spouseBirthDate!);
        d = jointAndLastSurvivorDivisor(ageThen, spouseAge);
        if (!d) return { errors: [{ field: 'spouseBirthDate', message: `This site does not hold a verified Joint and Last Survivor Table value for ages ${ageThen} and ${spouseAge}; it is printed in Treas. Reg. §1.401(a)(9)-9(d) and IRS Publication 590-B, Table II. The check does not guess it.` }] };
      } else {
        d = uniformLifetimeDivisor(ageThen);
        if (!d) return { errors: [{ field: 'birthDate', message: `The Uniform Lifetime Table starts at age 72; at ${ageThen} no lifetime RMD is computed.` }] };
      }
      const amount = rmdAmount(l.balance, d.value);
      const balanceDate = `${l.forYear - 1}-12-31`;
      explain.add(
        'reg-1-401a9-5-rmd-amount',
        `RMD for ${l.forYear}: balance on ${longDate(balanceDate)} ${usd(l.balance)} ÷ ${d.value.toFixed(1)} (${d.table === 'uniform-lifetime' ? 'Uniform Lifetime Table' : 'Joint and Last Survivor Table'}, ${d.ages}) = ${usd(amount)}, due by ${longDate(l.deadline)}.`,
        ['reg-1-401a9-5', ...d.sources],
        [{ label: `Distribution period (${d.ages})`, value: d.value, unit: 'years' }],
      );
      // Amounts paid in the year count first toward the earliest RMD still due.
      const credited = Math.min(credit, amount);
      credit -= credited;
      const remaining = amount - credited;
      let excise: RmdLine['excise'] = null;
      if (remaining > 0) {
        if (req.shortfallCorrectedOn !== undefined && req.shortfallCorrectedOn <= l.deadline)
          return { errors: [{ field: 'shortfallCorrectedOn', message: `A distribution by ${longDate(l.deadline)} is on time, not a correction: add it to the amount already distributed.` }] };
        const e = rmdExcise(remaining, l.deadline, req.shortfallCorrectedOn, Y);
        excise = { ...e, shortfall: toDollars(e.shortfall), fullTax: toDollars(e.fullTax), correctedTax: toDollars(e.correctedTax), appliedTax: e.appliedTax === null ? null : toDollars(e.appliedTax) };
        const inside = e.appliedRatePercent === e.correctedRatePercent ? 'inside' : 'outside';
        const applied = e.appliedRatePercent === null ? '' : ` Taken on ${longDate(req.shortfallCorrectedOn!)}: ${inside} it, so ${e.appliedRatePercent}% = ${usd(e.appliedTax ?? 0)}.`;
        explain.add(
          'irc-4974-excise-tax',
          `If ${usd(remaining)} of the ${l.forYear} RMD is still not distributed by ${longDate(l.deadline)}, the excise tax is ${e.fullRatePercent}% of it = ${usd(e.fullTax)}, or ${e.correctedRatePercent}% = ${usd(e.correctedTax)} if you take it and file Form 5329 within the correction window, which ends ${longDate(e.correctionWindowEnds)} (sooner if the IRS mails a notice of deficiency or assesses the tax).${applied}`,
          ['irc-4974', 'irc-4974-e', 'i5329-part-ix'],
        );
        explain.add('irc-4974-d-reasonable-error-waiver', 'The IRS may waive the excise tax if the shortfall came from reasonable error and you are taking reasonable steps to fix it: take the missed amount, file Form 5329, enter "RC" and the amount you ask to be waived in Part IX, and attach an explanation.', ['irc-4974-d', 'i5329-part-ix']);
      }
      out.push({
        forYear: l.forYear, deadline: l.deadline, balanceDate, balance: toDollars(l.balance), rothExcluded: toDollars(l.roth), divisor: d.value, table: d.table, tableAges: d.ages,
        amount: toDollars(amount), creditedThisYear: toDollars(credited), remaining: toDollars(remaining), excise,
      });
    }
    if (req.firstRmdDelayed)
      explain.add('reg-1-401a9-5-two-rmds-in-one-year', `You delayed the first RMD (for ${Y - 1}) to April 1, ${Y}, so ${Y} holds two RMDs. Distributions this year count first toward the delayed one.`, ['reg-1-401a9-5', 'reg-1-401a9-2']);
    else if (Y === rbd.firstYear)
      explain.add('reg-1-401a9-2-first-rmd-may-wait', `The first RMD may wait until April 1, ${Y + 1}, but then ${Y + 1} holds two RMDs (the delayed one and the one for ${Y + 1}), which can push more income into one tax year.`, ['reg-1-401a9-2', 'irc-401-a-9-c']);
    explain.add('reg-1-401a9-1-each-plan-separately', eachPlan, ['reg-1-401a9-1', 'irs-rmd-faqs']);
    explain.add('reg-1-402c-2-q7-rmd-not-rollable', rollover, ['reg-1-402c-2-q7', 'irc-402-c-4']);
    const total = out.reduce((s, l) => s + toCents(l.amount), 0);
    const remaining = out.reduce((s, l) => s + toCents(l.remaining), 0);
    return {
      result: { ...base, rmdRequired: true, rmds: out, totalRequired: toDollars(total), distributedThisYear: req.distributedThisYear, remaining: toDollars(clampZero(remaining)), eachPlanSeparately: eachPlan, rollover },
    };
  },
});
