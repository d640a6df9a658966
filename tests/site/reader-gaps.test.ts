// Three questions readers ask that the guides answer in sections of their own: how employer contributions are taxed
// (the contributions guide), taking money out at 59½ while still working (the hardship guide), and what a series of
// substantially equal periodic payments commits a reader to who left a job too early for the rule of 55; how a 401(k)
// paid as an annuity is taxed and withheld (the taxation guide); and, in brief, bankruptcy and Medicaid, which are not
// tax questions (sources and method).
import { expect, test } from 'vitest';
import { sectionText } from './html.ts';

test('the contributions guide says employer contributions are untaxed going in, ordinary income coming out, and how Roth ones are reported', () => {
  const s = sectionText('/guides/401k-contributions-and-taxes/', 'employer-contributions-matching-and-nonelective');
  // §402(a): taxed when distributed; §3121(a)(5)(A): payments to a qualified trust are not FICA wages.
  expect(s).toContain('It is not in W-2 box 1, and since it is not wages, no Social Security or Medicare tax applies to it either');
  expect(s).toContain('as ordinary income, like traditional deferrals and the earnings on both');
  // §415(c) counts employer contributions; §402(g) counts only elective deferrals.
  expect(s).toContain('Counted in the annual additions limit, not in your deferral limit');
  // Notice 2024-2, section L: fully vested, income for the year allocated, Form 1099-R code G, no income tax withholding.
  expect(s).toContain('They must be fully vested, and they are taxable income to you for the year they reach your account');
  expect(s).toContain('reported on a Form 1099-R with code G, not on your W-2, and no income tax is withheld from them');
});

test('the hardship guide gives the in-service distribution at 59½: no additional tax, rollable, with the 20% withheld if paid out', () => {
  const s = sectionText('/guides/hardship-withdrawals/', 'at-59-or-older-in-service-distributions');
  // §401(k)(2)(B)(i)(III): deferrals distributable on reaching 59½; §72(t)(2)(A)(i): no additional tax from 59½.
  expect(s).toContain('the law allows a 401(k) to pay out your own deferrals from that age');
  expect(s).toContain('the additional tax no longer applies');
  // §402(c)(4) does not exclude it, so it is an eligible rollover distribution; §3405(c): 20% withheld when paid to you.
  expect(s).toContain('It is an eligible rollover distribution');
  expect(s).toMatch(/a payment to you has the mandatory 20% ?(source)? withheld/);
  // Treas. Reg. §1.401(k)-1(d)(3)(iii)(A): other available distributions come before a hardship distribution.
  expect(s).toContain('before the plan can pay you for a hardship');
});

test('the rule-of-55 guide tells a reader who left too early what periodic payments commit them to', () => {
  const s = sectionText('/guides/rule-of-55/', 'left-too-early-substantially-equal-periodic-payments');
  // §72(t)(3)(B): from a plan, the series must begin after separation from service.
  expect(s).toContain('From a 401(k) the series must begin after you have left that employer');
  // §72(t)(4): unchanged until the later of 5 years from the first payment and 59½, or the tax comes back with interest.
  expect(s).toMatch(/until the later of 5 years ?(source)? after the first payment and the day you reach 59½/);
  expect(s).toContain('brings back the additional tax on every earlier payment, with interest');
  // Notice 2022-6: the one-time switch from a fixed method to the required minimum distribution method.
  expect(s).toContain('a single switch from a fixed method to the required minimum distribution method');
  // §402(c)(4)(A): not an eligible rollover distribution, so no mandatory withholding; Form 5329 exception number 02.
  expect(s).toContain('The payments cannot be rolled over');
  expect(s).toContain('with exception number 02');
});

test('the contributions guide says contributions come out of pay and stop when it does', () => {
  const s = sectionText('/guides/401k-contributions-and-taxes/', 'the-limits-by-year');
  // Treas. Reg. §1.401(k)-1(a)(3): deferrals are pay the employee would otherwise receive; §415(c)(1)(B): 100% of compensation.
  expect(s).toMatch(/a year's annual additions may not be more than 100% ?(source)? of your compensation/);
  expect(s).toContain('Once you retire and that pay stops, so do your contributions');
});

test('the taxation guide says how a 401(k) paid as an annuity is taxed and withheld', () => {
  const s = sectionText('/guides/how-withdrawals-are-taxed/', 'an-annuity-instead-of-a-lump-sum-monthly-payments-for-life');
  // §72(a): annuity amounts are income; with no investment in the contract, all of each payment.
  expect(s).toContain('every payment is fully taxable as ordinary income');
  // §72(d)(1): the Simplified Method for qualified plans, anticipated payments by age (combined ages for a joint annuity).
  expect(s).toContain('figured by the Simplified Method (§72(d)(1)): your basis divided by a number of payments the law sets by your age');
  // Pub. 575 for the worksheet, Pub. 939 for the General Rule of §72(b).
  expect(s).toContain('Rule of §72(b) instead, which Publication 939 explains');
  // §72(b)(2): exclusion ends once the investment is recovered; §72(b)(3): deduction on the last return.
  expect(s).toContain('every later payment is fully taxable (§72(b)(2))');
  expect(s).toContain("a deduction on the annuitant's last return (§72(b)(3))");
  // §402(c)(4)(A): not an eligible rollover distribution; §3405(a): withheld like wages, by W-4P, with an election out
  // that §3405(e)(13) denies for payments delivered outside the United States.
  expect(s).toContain('Payments for life are not eligible rollover distributions (§402(c)(4)(A))');
  expect(s).toContain('They are withheld like wages, by the Form W-4P you give the plan or the insurer (§3405(a))');
  expect(s).toContain('unless the payments are sent outside the United States (§3405(e)(13))');
  // §72(t)(2)(A)(iv) with §72(t)(3)(B): life payments begun after separation are excepted.
  expect(s).toContain('one of the exceptions to the additional tax (§72(t)(2)(A)(iv))');
});

test('sources and method answers bankruptcy and Medicaid in brief, cites the statutes and says the site covers federal tax only', () => {
  const s = sectionText('/guides/sources-and-method/', 'what-the-site-does-not-cover');
  expect(s).toContain('retirement funds in a tax-exempt plan such as a 401(k) are exempt property (Bankruptcy Code §522(b)(3)(C))');
  expect(s).toContain('must bar its benefits from being assigned or taken (ERISA §206(d)(1))');
  expect(s).toContain("Whether a 401(k) counts for Medicaid depends on your state's Medicaid rules");
  expect(s).toContain('This site covers federal tax only.');
});

test('the taxation guide says a withdrawal owes no Social Security or Medicare tax', () => {
  const s = sectionText('/guides/how-withdrawals-are-taxed/', 'ordinary-income-whenever-you-take-it');
  // §3121(a)(5)(A): a payment from a qualified trust is not wages for FICA.
  expect(s).toContain('They are not wages, though: no Social Security or Medicare tax is due on them (§3121(a)(5)(A))');
});
