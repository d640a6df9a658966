/**
 * `loss`: why an investment loss inside a 401(k) is not deductible and what happens instead. Pre-tax money has no
 * basis, so a fall in value only lowers future taxable distributions. The one historical deduction for unrecovered
 * basis was a miscellaneous itemized deduction (IRC §67(a)), disallowed for 2018–2025 by §67(g) and permanently from
 * 2026 by P.L. 119-21. Wash sales: Rev. Rul. 2008-5 disallows a loss when an IRA buys the stock back; for a purchase
 * inside a 401(k) the ruling is silent, so the check flags a risk and asserts nothing. In both wash-sale situations
 * the loss is on a sale in a taxable account, a capital loss (IRC §165(c)(2), §1211(b)): deductible unless the
 * wash-sale rule takes it away, and never "lowering future distributions" as a loss inside the plan does.
 */
import { defineCheck, isCovered, yearNotCovered } from '../core/check.ts';
import { ACCOUNT_TYPE_LABELS } from '../core/choice-labels.ts';
import { daysBetween } from '../core/dates.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, toDollars, usd } from '../core/money.ts';
import { date, integer, money, object, oneOf, optional, taxYear, withDefault } from '../core/request-kit.ts';

const SITUATIONS = ['value-drop', 'closed-below-basis', 'repurchase-in-ira', 'repurchase-in-plan'] as const;

export const loss = defineCheck({
  id: 'loss',
  title: 'Losses in a 401(k)',
  request: object({
    check: oneOf(['loss'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    taxYear: taxYear({ label: 'Tax year of the loss' }),
    situation: oneOf(SITUATIONS, {
      label: 'What happened',
      choices: {
        'value-drop': 'The account fell in value',
        'closed-below-basis': 'I closed an account with after-tax or Roth money for less than I put in',
        'repurchase-in-ira': 'I sold at a loss in a taxable account; an IRA bought the same stock',
        'repurchase-in-plan': 'I sold at a loss in a taxable account; my 401(k) bought the same stock',
      },
    }),
    accountType: withDefault(oneOf(['traditional', 'roth'] as const, { label: 'Kind of money', choices: ACCOUNT_TYPE_LABELS }), 'traditional'),
    lossAmount: optional(money({ label: 'The loss', help: 'The fall in value, or the loss on the sale in the taxable account.' })),
    basis: optional(money({ label: 'After-tax or Roth contributions not yet recovered', requiredWhen: { field: 'situation', is: 'closed-below-basis' } })),
    amountReceived: optional(money({ label: 'What you received when the account was closed', shownWhen: { field: 'situation', is: 'closed-below-basis' } })),
    saleDate: optional(date({ label: 'Date of the sale at a loss in the taxable account', shownWhen: { field: 'situation', is: ['repurchase-in-ira', 'repurchase-in-plan'] } })),
    repurchaseDate: optional(date({ label: 'Date the IRA or the plan bought the same stock', shownWhen: { field: 'situation', is: ['repurchase-in-ira', 'repurchase-in-plan'] } })),
  }),
  defaultRequest: { check: 'loss', taxYear: 2026, situation: 'value-drop', accountType: 'traditional', lossAmount: 15000 },
  run(req, explain) {
    const year = req.taxYear;
    if (!isCovered(year)) return { errors: [yearNotCovered('taxYear', year)] };
    if (req.situation === 'closed-below-basis' && req.basis === undefined) return { errors: [{ field: 'basis', message: 'Enter your after-tax or Roth contributions not yet recovered.' }] };
    // "Closed for less than I put in" contradicts a closing that paid back all the basis or more: no basis is lost
    // then, and a payment above it is a distribution with a taxable part, not a loss (§72(e)(8)).
    if (req.situation === 'closed-below-basis' && req.basis === 0)
      return { errors: [{ field: 'basis', message: 'With no after-tax or Roth contributions left to recover, closing the account loses no basis: enter them, or choose that the account fell in value.' }] };
    if (req.situation === 'closed-below-basis' && req.amountReceived !== undefined && req.amountReceived >= req.basis!)
      return { errors: [{ field: 'amountReceived', message: 'You received at least your contributions not yet recovered, so the account was not closed for less than you put in and no basis was lost. Check both amounts.' }] };
    const lossCents = req.lossAmount === undefined ? null : toCents(req.lossAmount);

    // 1. Why the loss is not deductible.
    const uses: FigureUse[] = [];
    const floor = figureValue('misc-itemized-agi-floor', year, uses);
    const from = figureValue('misc-itemized-suspended-from', year, uses);
    const through = figureValue('misc-itemized-suspended-through', year, uses);
    const permanent = figureValue('misc-itemized-permanent-from', year, uses);
    const noMisc = `Miscellaneous itemized deductions are not allowed for ${from} through ${through} (§67(g)), and the 2025 law made that permanent from ${permanent}, so none is allowed for ${year}.`;
    let unrecovered: number | null = null;
    const taxableSale = req.situation === 'repurchase-in-ira' || req.situation === 'repurchase-in-plan';
    if (taxableSale) {
      explain.add(
        'taxable-account-capital-loss',
        `This loss is on a sale in a taxable account, not inside the 401(k) or an IRA: it is a capital loss, reported on Form 8949 and Schedule D, deductible within the capital-loss limit (§1211(b)) unless the wash-sale rule disallows it.`,
        ['irc-165-c', 'irc-1211-b'],
      );
    } else if (req.situation === 'closed-below-basis') {
      unrecovered = clampZero(toCents(req.basis!) - toCents(req.amountReceived ?? 0));
      explain.add(
        'irc-67g-no-miscellaneous-itemized-deductions',
        `You received ${usd(toCents(req.amountReceived ?? 0))} against ${usd(toCents(req.basis!))} of contributions not yet recovered: ${usd(unrecovered)} of basis is never recovered. For IRAs, such a shortfall, once every account of the type was emptied, used to be a miscellaneous itemized deduction above ${floor}% of AGI. ${noMisc} No deduction is available for it, from an IRA or a 401(k).`,
        ['irc-67-a', 'irc-67-g', 'pl-119-21'],
        uses,
      );
    } else {
      explain.add(
        'irc-402-zero-basis-no-loss',
        req.accountType === 'traditional'
          ? 'Gains and losses inside a 401(k) are not taxable events. Pre-tax money has a zero basis: you have not paid tax on it, so there is nothing to deduct when it falls.'
          : 'Gains and losses inside a Roth 401(k) are not taxable events, and the account is not closed by a fall in value, so there is nothing to deduct.',
        ['irc-402a', 'irc-72-e-8'],
      );
      explain.add('irc-67g-no-miscellaneous-itemized-deductions', `The only old route, known from IRAs (a deduction for unrecovered after-tax basis once every account of the type was emptied), was a miscellaneous itemized deduction. ${noMisc}`, ['irc-67-a', 'irc-67-g', 'pl-119-21'], uses);
    }

    // 2. What happens instead (for a loss inside the plan; a taxable sale's outcome follows the wash-sale verdict).
    // A closed account has nothing left to grow or to come out: what is lost is the basis it did not pay back, which
    // the step above counts. The "loss" field (a fall in value) does not describe it.
    let instead =
      req.situation === 'closed-below-basis'
        ? `With the account closed, nothing more comes out of it: the ${usd(unrecovered ?? 0)} of contributions it did not pay back is simply gone, with no deduction.`
        : req.accountType === 'traditional'
        ? `The loss${lossCents ? ` of ${usd(lossCents)}` : ''} lowers what you will later take out and pay income tax on (and the base of required minimum distributions): in effect the tax you would have paid on that money goes with it.`
        : `The loss${lossCents ? ` of ${usd(lossCents)}` : ''} is tax-free growth you no longer have. If the account falls below your contributions, a nonqualified distribution has no taxable part, because its earnings share is zero.`;
    if (!taxableSale && req.situation !== 'closed-below-basis') explain.add('loss-what-happens-instead', instead, req.accountType === 'traditional' ? ['irc-402-c', 'irs-topic-558'] : ['irc-72-e-8', 'reg-1-402a-1']);

    // 3. Wash sales.
    let washSale: { status: 'disallowed' | 'risk' | 'outside-window'; windowDays: number; daysApart: number | null; lossDisallowed: number | null; basisIncreased: boolean } | null = null;
    if (req.situation === 'repurchase-in-ira' || req.situation === 'repurchase-in-plan') {
      const windowUses: FigureUse[] = [];
      const window = figureValue('wash-sale-window-days', year, windowUses);
      const apart = req.saleDate && req.repurchaseDate ? Math.abs(daysBetween(req.saleDate, req.repurchaseDate)) : null;
      const inWindow = apart === null || apart <= window;
      const ira = req.situation === 'repurchase-in-ira';
      const status = !inWindow ? 'outside-window' : ira ? 'disallowed' : 'risk';
      washSale = { status, windowDays: window, daysApart: apart, lossDisallowed: status === 'disallowed' && lossCents !== null ? toDollars(lossCents) : null, basisIncreased: false };
      const when = apart === null ? `if the purchase is within ${window} days before or after the sale` : `the purchase is ${apart} days from the sale, ${inWindow ? 'within' : 'outside'} the ${window}-day window`;
      explain.add(
        ira ? 'rev-rul-2008-5-ira-wash-sale' : 'wash-sale-plan-purchase-risk',
        !inWindow
          ? `Wash-sale rule: ${when}, so it does not disallow the loss on the taxable sale.`
          : ira
            ? `Wash-sale rule: ${when}. Under Rev. Rul. 2008-5 a loss in a taxable account is disallowed when your IRA or Roth IRA buys substantially identical stock, and the IRA’s basis is not increased, so ${lossCents !== null ? `the ${usd(lossCents)} loss` : 'the loss'} is lost for good.`
            : `Wash-sale risk: ${when}. Rev. Rul. 2008-5 covers purchases by an IRA; it does not address a purchase inside a 401(k). Treat the loss as at risk: avoid buying the same stock in the plan within the window, or ask a tax professional.`,
        ['irc-1091', 'rev-rul-2008-5'],
        windowUses,
      );
    }

    // A taxable sale's loss is deductible unless the wash-sale rule disallows it (an IRA purchase in the window); a
    // plan purchase in the window leaves it unsettled, so the check says neither yes nor no.
    let deductible: boolean | null = false;
    let deductibleAmount: number | null = 0;
    if (washSale) {
      const amount = lossCents === null ? 'The loss' : `The ${usd(lossCents)} loss`;
      if (washSale.status === 'outside-window') {
        deductible = true;
        deductibleAmount = lossCents === null ? null : toDollars(lossCents);
        instead = `${amount} on the taxable sale is a capital loss you can deduct, within the capital-loss limit on other income (§1211(b)); any excess carries forward to later years (§1212(b)).`;
      } else if (washSale.status === 'risk') {
        deductible = null;
        deductibleAmount = null;
        instead = `${amount} on the taxable sale may or may not be deductible: no ruling says whether a purchase inside a 401(k) makes it a wash sale. Ask a tax professional before you claim it.`;
      } else {
        instead = `${amount} on the taxable sale is disallowed${washSale.daysApart === null ? ' if the IRA bought within the window' : ''}, and the IRA’s basis is not increased, so it is never deducted.`;
      }
      explain.add('loss-what-happens-instead', instead, ['irc-1091', 'rev-rul-2008-5', 'irc-1211-b', 'irc-1212-b']);
    }

    return {
      result: {
        taxYear: year,
        situation: req.situation,
        accountType: req.accountType,
        deductible,
        deductibleAmount,
        unrecoveredBasis: unrecovered === null ? null : toDollars(unrecovered),
        miscellaneousItemizedDeductionsAllowed: false,
        washSale,
        whatHappensInstead: instead,
      },
    };
  },
});
