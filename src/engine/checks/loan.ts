/**
 * `loan`: the most you may borrow from your 401(k) (IRC §72(p)(2)(A); IRS Retirement plans FAQs regarding loans),
 * the repayment term (§72(p)(2)(B), (C)), and what a default costs: the unpaid balance becomes a deemed distribution,
 * taxed like an early withdrawal, reported with Form 1099-R code L, and not eligible for rollover (Treas. Reg. §1.72(p)-1).
 * Someone leaving the job (or whose plan is ending) usually gets a loan offset instead: an actual distribution, code M,
 * that can be rolled over — until the return's due date with extensions for a qualified plan loan offset
 * (§402(c)(3)(C); Treas. Reg. §1.402(c)-3), otherwise within 60 days — except the part that is the year's required
 * minimum distribution, which is not rollable (§402(c)(4)(B); Treas. Reg. §1.402(c)-2, Q&A-7).
 */
import { prose } from '../../data/prose.ts';
import { defineCheck, isCovered, yearNotCovered } from '../core/check.ts';
import { longDate, yearOf } from '../core/dates.ts';
import { Explanation, figureValue } from '../core/explain.ts';
import { baseDistributionFields as distributionFields, GROUPS, returnFields } from '../core/fields.ts';
import { toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, inGroup, integer, money, object, oneOf, optional, REQUIRED_MESSAGE, withDefault, withMeta } from '../core/request-kit.ts';
import { age59HalfLabel } from '../rules/age-59-half.ts';
import { explainLoanLimit } from '../rules/loan-limit.ts';
import { explainLoanOffset, explainLoanOffsetCode, loanLeavingErrors, offsetDateOf } from '../rules/loan-offset.ts';
import { loanRepayment } from '../rules/loan-repayment.ts';
import { loanOffsetCost } from '../rules/loan-offset-cost.ts';
import { explainLoanOffsetRmdPart, loanOffsetRmdErrors, loanOffsetRmdPart, type LoanOffsetRmdPart } from '../rules/loan-offset-rmd-part.ts';
import { computeWithdrawal, validateWithdrawal, type WithdrawalRequest } from '../withdrawal/compute.ts';
import { age59HalfOnly } from '../withdrawal/age-59-half-only.ts';
import { separateReturnSpouseErrors } from '../rules/separate-return-spouse.ts';

export const LEAVING = ['staying', 'leaving-job', 'plan-ending'] as const;
/** The form asks about the offset only of a reader who leaves or whose plan ends. */
const LEAVING_NOW = { field: 'leaving', is: ['leaving-job', 'plan-ending'] } as const;
/** A new loan is a question for a reader who stays: someone leaving has a balance to be offset, not a loan to take. */
const STAYING = { field: 'leaving', is: 'staying' } as const;
/** Every distribution field at its default: a loan default has no separation, claims or rollover facts of its own. */
const DISTRIBUTION_DEFAULTS: Record<string, unknown> = { ...Object.fromEntries(Object.entries(distributionFields).map(([k, f]) => [k, f.fallback])), claims: [] };
const REACH = { exceptions: age59HalfOnly }; // so of the §72(t) exceptions only age 59½ is judged
export const loan = defineCheck({
  id: 'loan',
  title: '401(k) loan',
  request: object({
    check: oneOf(['loan'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    // Asked first: it decides whether the question is a new loan (staying) or the offset of what is owed (leaving).
    leaving: withDefault(oneOf(LEAVING, { label: 'Are you staying with the employer, leaving, or is the plan ending?', choices: { staying: 'I am staying', 'leaving-job': 'I am leaving (or have left) the job', 'plan-ending': 'The plan is ending' } }), 'staying'),
    loanDate: optional(date({ label: 'Date of the new loan', setsTaxYear: true, requiredWhen: STAYING, shownWhen: STAYING })),
    vestedBalance: optional(money({ label: 'Vested balance of your account', requiredWhen: STAYING, shownWhen: STAYING })),
    outstandingBalance: withDefault(money({ label: 'Plan loans you owe', help: 'Staying: on the day of the new loan. Leaving: what is still unpaid when the plan offsets it.', requiredWhen: LEAVING_NOW, shownWhen: [] }), 0),
    highestBalanceLast12Months: withDefault(money({ label: prose('Highest balance of your plan loans in the {loan-lookback-months} months before the new loan'), shownWhen: STAYING }), 0),
    requestedAmount: optional(money({ label: 'The loan you want', help: 'If empty: the largest you can borrow.', shownWhen: STAYING })),
    planAllowsFloor: withDefault(boolean({ label: prose('Your plan lets you borrow up to {loan-floor:usd} even when that is more than half your vested balance'), shownWhen: STAYING }), false),
    separationDate: optional(date({ label: 'Date you leave (or left) the employer', group: GROUPS.loanLeaving, requiredWhen: { field: 'leaving', is: 'leaving-job' }, shownWhen: LEAVING_NOW })),
    offsetDate: optional(date({ label: 'Date the plan offsets the unpaid loan against your account', help: 'If empty: the date you leave.', group: GROUPS.loanLeaving, requiredWhen: { field: 'leaving', is: 'plan-ending' }, shownWhen: LEAVING_NOW })),
    offsetRolledOver: withDefault(money({ label: 'Part of the offset you put into an IRA or another plan from your own money by the deadline', group: GROUPS.loanLeaving, shownWhen: LEAVING_NOW }), 0),
    fivePercentOwner: withMeta(distributionFields.fivePercentOwner, { group: GROUPS.loanLeaving, shownWhen: LEAVING_NOW }),
    planOffersStillWorkingDelay: withMeta(distributionFields.planOffersStillWorkingDelay, { group: GROUPS.loanLeaving, shownWhen: LEAVING_NOW }),
    rmdStillToTake: withMeta(distributionFields.rmdStillToTake, { label: 'Part of this year’s RMD still to be taken before the offset', group: GROUPS.loanLeaving, shownWhen: LEAVING_NOW }),
    birthDate: optional(date({ label: 'Your birth date', help: 'To show what not repaying would cost.', group: GROUPS.loanDefault })),
    defaultDate: optional(date({ label: 'Date the loan would go into default', help: 'The last day of the cure period, when the unpaid balance counts as distributed; its year is the tax year. Staying: if empty, the loan date. Leaving: only if it went into default before you left.', group: GROUPS.loanDefault })),
    balanceAtDefault: optional(money({ label: 'Loan balance unpaid at the default', help: 'If empty: the whole loan.', group: GROUPS.loanDefault, shownWhen: STAYING })),
    ...inGroup(returnFields, GROUPS.loanDefault),
  }, { openGroups: [GROUPS.loanLeaving] }),
  // The IRS example: $80,000 vested, $27,000 borrowed eight months ago with $18,000 still owed → up to $22,000 more.
  defaultRequest: {
    check: 'loan',
    loanDate: '2026-06-15',
    vestedBalance: 80000,
    outstandingBalance: 18000,
    highestBalanceLast12Months: 27000,
    birthDate: '1980-03-10',
    otherIncome: 60000,
  },
  run(req, explain) {
    const leaving = req.leaving !== 'staying';
    // Staying, the new loan's date and the balance it is measured against are needed; leaving, the offset's date.
    const missing = leaving ? [] : (['loanDate', 'vestedBalance'] as const).filter((k) => req[k] === undefined);
    if (missing.length) return { errors: missing.map((field) => ({ field, message: REQUIRED_MESSAGE })) };
    const od = leaving ? offsetDateOf(req) : null;
    if (od && 'message' in od) return { errors: [od] };
    const offsetDate = od?.date;
    const year = yearOf(offsetDate ?? req.loanDate!);
    if (!isCovered(year)) return { errors: [yearNotCovered(od?.field ?? 'loanDate', year)] };
    if (req.vestedBalance !== undefined && req.outstandingBalance > req.vestedBalance) return { errors: [{ field: 'outstandingBalance', message: 'The loans owed cannot be more than the vested balance.' }] };
    if (!leaving && req.highestBalanceLast12Months < req.outstandingBalance)
      return { errors: [{ field: 'highestBalanceLast12Months', message: 'The highest balance in the last 12 months cannot be less than what is owed today.' }] };

    const leavingErrors = [...loanLeavingErrors(od ? { ...req, offsetDate, offsetField: od.field } : req), ...separateReturnSpouseErrors(req)];
    if (leavingErrors.length) return { errors: leavingErrors };

    // 1–2. Staying: the limit on a new loan, and its repayment. Leaving, no new loan is taken: neither is worked out.
    const outstanding = toCents(req.outstandingBalance);
    const requested = req.requestedAmount === undefined ? null : toCents(req.requestedAmount);
    const l = leaving ? null : explainLoanLimit({ year, vested: toCents(req.vestedBalance!), highestLast12Months: toCents(req.highestBalanceLast12Months), outstanding, planAllowsFloor: req.planAllowsFloor, requested }, explain);
    const repay = leaving ? null : loanRepayment(year, req.loanDate!, explain);

    // 3. What a default costs: the unpaid balance is a deemed distribution, computed like an early withdrawal. The loan
    // is what you owe and the new loan (staying, the largest if none is named; leaving, none unless named: §402(c)(3)(C)).
    let defaultCost = null;
    const loanTotal = outstanding + (requested ?? l?.newLoanMax ?? 0);
    const atDefault = req.balanceAtDefault === undefined ? loanTotal : toCents(req.balanceAtDefault);
    if (!leaving && req.birthDate && atDefault > 0) {
      const w: WithdrawalRequest = {
        ...(DISTRIBUTION_DEFAULTS as WithdrawalRequest),
        filingStatus: req.filingStatus, otherIncome: req.otherIncome, spouseBirthDate: req.spouseBirthDate, blind: req.blind, spouseBlind: req.spouseBlind, spouseNoGrossIncome: req.spouseNoGrossIncome, spouseItemizes: req.spouseItemizes,
        itemizedDeductions: req.itemizedDeductions, stateTaxRate: req.stateTaxRate,
        socialSecurityBenefits: req.socialSecurityBenefits, taxExemptInterest: req.taxExemptInterest, livedApartFromSpouseAllYear: req.livedApartFromSpouseAllYear,
        distributionDate: req.defaultDate ?? req.loanDate!, birthDate: req.birthDate, amount: toDollars(atDefault), vestedBalance: Math.max(req.vestedBalance!, toDollars(atDefault)),
      };
      const errors = validateWithdrawal(w, REACH).map((e) => ({ field: e.field === 'distributionDate' ? 'defaultDate' : e.field === 'amount' ? 'balanceAtDefault' : e.field, message: e.message }));
      if (errors.length) return { errors };
      explain.add(
        'irc-72p-1-deemed-distribution',
        `If payments stop and are not made up by the end of the cure period (at most the end of the calendar quarter after the missed payment), the unpaid ${usd(atDefault)} is treated as distributed to you on the last day of the cure period — here ${longDate(w.distributionDate)}, so it is ${yearOf(w.distributionDate)} income (a cure period that runs into the next year moves it there): taxable, subject to the ${figureValue('additional-tax-rate', year)}% additional tax if you are under ${age59HalfLabel(year)} with no exception, and not eligible for rollover. You receive no cash; the tax is due with your return.`,
        ['irc-72-p', 'reg-1-72p-1', 'i1099r'],
      );
      const deemedSteps = new Explanation();
      const d = computeWithdrawal(w, deemedSteps, 'deemed-loan', REACH);
      explain.steps.push(...deemedSteps.steps);
      defaultCost = {
        deemedDistribution: toDollars(atDefault),
        taxableAmount: d.taxableAmount,
        incomeTaxAdded: d.incomeTaxAdded,
        additionalTax: d.additionalTax,
        totalFederalCost: d.totalFederalCost,
        stateTaxEstimate: d.stateTaxEstimate,
        marginalRatePercent: d.marginalRatePercent,
        form1099RCode: d.form1099RCode,
        rolloverEligible: false,
      };
    }

    // 4. Leaving the job or the plan ending: a loan offset, rollable by the deadline.
    let offset = null;
    if (leaving && atDefault > 0 && offsetDate !== undefined) {
      const oy = yearOf(offsetDate);
      const rolled = Math.min(toCents(req.offsetRolledOver), atDefault);
      if (toCents(req.offsetRolledOver) > atDefault) return { errors: [{ field: 'offsetRolledOver', message: 'You cannot roll over more than the offset.' }] };
      const reason = req.leaving as 'leaving-job' | 'plan-ending';
      // In an RMD year the offset counts toward the RMD; that part cannot be rolled over. Age decides it, so only with a birth date.
      let rmd: LoanOffsetRmdPart | null = null;
      if (req.birthDate) {
        const facts = { leaving: reason, offsetDate, birthDate: req.birthDate, separationDate: req.separationDate, fivePercentOwner: req.fivePercentOwner, planOffersStillWorkingDelay: req.planOffersStillWorkingDelay, rmdStillToTake: req.rmdStillToTake, offset: atDefault };
        rmd = loanOffsetRmdPart(facts);
        const rmdErrors = loanOffsetRmdErrors(rmd, facts, rolled);
        if (rmdErrors.length) return { errors: rmdErrors };
      }
      const rollable = rmd ? rmd.rollable : atDefault;
      const timing = explainLoanOffset(reason, offsetDate, req.separationDate, atDefault, rollable, explain, req.defaultDate);
      if (rmd) explainLoanOffsetRmdPart(rmd, explain);
      let cost = null;
      let code = timing.qualified ? 'M' : '';
      if (req.birthDate) {
        const base = {
          year: oy, filingStatus: req.filingStatus, birthDate: req.birthDate, spouseBirthDate: req.spouseBirthDate, blind: req.blind, spouseBlind: req.spouseBlind, spouseNoGrossIncome: req.spouseNoGrossIncome, spouseItemizes: req.spouseItemizes,
          itemizedDeductions: req.itemizedDeductions === undefined ? undefined : toCents(req.itemizedDeductions),
          socialSecurityBenefits: toCents(req.socialSecurityBenefits), taxExemptInterest: toCents(req.taxExemptInterest), livedApartAllYear: req.livedApartFromSpouseAllYear,
        };
        ({ cost, code } = loanOffsetCost({ offsetDate, birthDate: req.birthDate, separationDate: req.separationDate, qualified: timing.qualified, offset: atDefault, rolled, otherIncome: toCents(req.otherIncome), base }, explain));
      }
      explainLoanOffsetCode(timing.qualified, code, explain);
      offset = {
        amount: toDollars(atDefault),
        offsetDate,
        qualified: timing.qualified,
        rolloverDeadline: timing.deadline,
        dueDateWithoutExtension: timing.dueDateWithoutExtension,
        rolledOver: toDollars(rolled),
        form1099RCode: code,
        form1099RCodeConfirmed: true,
        rolloverEligible: rollable > 0,
        rmdYear: rmd && { required: rmd.year.required, applicableAge: rmd.year.applicableAge, firstYear: rmd.year.firstYear, rmdPart: toDollars(rmd.rmdPart), rollablePart: toDollars(rmd.rollable) },
        cost,
      };
    }

    return {
      result: {
        taxYear: year,
        leaving: req.leaving,
        /** What you owe on plan loans (leaving: with any loan you name), the balance an offset or default takes. */
        unpaidBalance: toDollars(atDefault),
        // The limit on a new loan and its term: null for a reader who is leaving, who takes no new loan.
        dollarLimit: l && toDollars(l.dollarMax),
        reductionForRecentLoans: l && toDollars(l.reduction),
        reducedDollarLimit: l && toDollars(l.reducedDollarMax),
        halfVestedBalance: l && toDollars(l.halfVested),
        floorApplies: l && l.floorApplies,
        vestedBalanceLimit: l && toDollars(l.vestedLimit),
        totalLoanLimit: l && toDollars(l.totalLimit),
        maxNewLoan: l && toDollars(l.newLoanMax),
        requestedAmount: requested === null ? null : toDollars(requested),
        requestedWithinLimit: requested === null || !l ? null : requested <= l.newLoanMax,
        /** The part of the loan you want above the limit: a deemed distribution the day the loan is made (Treas. Reg. §1.72(p)-1, Q&A-4(a)). */
        excessOverLimit: requested === null || !l ? null : toDollars(Math.max(0, requested - l.newLoanMax)),
        termYears: repay && repay.termYears,
        repayBy: repay && repay.repayBy,
        paymentIntervalMonths: repay && repay.intervalMonths,
        default: defaultCost,
        offset,
      },
    };
  },
});
