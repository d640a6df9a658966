// Corrections of sentences that were wrong for some readers: a direct rollover of pre-tax money to a Roth IRA (taxable,
// §408A(d)(3)(A); §402A(c)(4)), the self-employed deduction for 401(k) contributions (Schedule 1 (Form 1040), line 16;
// §401(c); §404(a)(8)(C); Pub. 560 ch. 4), and the withholding on the part of an RMD-year withdrawal that counts toward
// the RMD (not an eligible rollover distribution: Treas. Reg. §1.402(c)-2, Q&A-7). Each test fails on the old wording.
import { describe, expect, test } from 'vitest';
import { article, readPage, sectionText, text } from './html.ts';

const WITHDRAWALS = '/guides/how-withdrawals-are-taxed/';
const GLOSSARY = '/guides/glossary/';
const CONTRIBUTIONS = '/guides/401k-contributions-and-taxes/';
const GLANCE = '/guides/401k-taxes-at-a-glance/';
const MYTHS = '/guides/401k-myths/';
const EARLY = '/guides/early-withdrawals/';

describe('a direct rollover of pre-tax money to a Roth account', () => {
  test('the withdrawals guide no longer says a direct rollover is never taxable', () => {
    expect(article(WITHDRAWALS)).not.toContain('Nothing is withheld, nothing is taxable');
  });

  test('the withdrawals guide says pre-tax money moved to a Roth IRA or converted in the plan is taxable in full that year', () => {
    const s = sectionText(WITHDRAWALS, 'pre-tax-money-into-a-roth-account-is-taxable');
    expect(s).toContain('The whole pre-tax amount moved is taxable income in the year it moves');
    expect(s).toContain('§408A(d)(3)(A)');
    expect(s).toContain('§402A(c)(4)');
    expect(s).toMatch(/in-plan Roth rollover/);
  });

  test('the withdrawals guide names the five-year recapture of an in-plan conversion, from the data', () => {
    // §402A(c)(4)(D) applies §408A(d)(3)(F): the 5-taxable-year period beginning with the year of the rollover.
    expect(sectionText(WITHDRAWALS, 'pre-tax-money-into-a-roth-account-is-taxable')).toContain('within the 5-taxable-year period that starts with the year of the rollover');
  });

  test('the withdrawals guide says nothing is withheld, the tax is due with the return, and estimated payments may be needed', () => {
    const s = sectionText(WITHDRAWALS, 'pre-tax-money-into-a-roth-account-is-taxable');
    expect(s).toContain('Nothing is withheld');
    expect(s).toContain('the whole tax is due with your return');
    expect(s).toContain('§6654');
  });

  test('the withdrawals guide says a conversion cannot be undone', () => {
    expect(sectionText(WITHDRAWALS, 'pre-tax-money-into-a-roth-account-is-taxable')).toContain('It cannot be undone');
  });

  test('the withdrawals guide limits the tax-free rollover to accounts of the same tax type', () => {
    expect(sectionText(WITHDRAWALS, 'direct-rollover')).toContain('Moved to an account of the same tax type, nothing is taxable');
  });

  test('the glossary no longer says a direct rollover is not taxed, and explains the Roth conversion', () => {
    const s = sectionText(GLOSSARY, 'direct-rollover');
    expect(s).not.toContain('It is not taxed, and nothing is withheld');
    expect(s).toContain('Between accounts of the same tax type (pre-tax to pre-tax, Roth to Roth) it is not taxed');
    expect(s).toContain('Pre-tax money moved to a Roth IRA is a Roth conversion: the whole pre-tax amount is taxable income that year');
  });

  test('the glossary gives the in-plan Roth rollover its recapture and says it cannot be undone', () => {
    const s = sectionText(GLOSSARY, 'in-plan-roth-rollover');
    expect(s).toContain('within 5 years');
    expect(s).toContain('It cannot be undone');
  });

  test('the early-withdrawals page no longer says every code G direct rollover is untaxed', () => {
    const a = article(EARLY);
    expect(a).not.toContain('code G: a direct rollover, which is not taxed;');
    expect(a).toContain('a direct rollover of pre-tax money to a Roth IRA is taxable');
  });
});

describe('the self-employed deduct their 401(k) contributions', () => {
  test('the contributions guide no longer says nothing goes on Form 1040', () => {
    expect(article(CONTRIBUTIONS)).not.toContain('Nothing about them goes on Form 1040');
  });

  test('the contributions guide says the self-employed deduct deferrals and employer contributions on Schedule 1, line 16', () => {
    const s = sectionText(CONTRIBUTIONS, 'if-you-are-self-employed-you-do-deduct-them');
    expect(s).toContain('deducted on Schedule 1 (Form 1040), line 16');
    expect(s).toContain('pre-tax deferrals, catch-ups and the employer contributions made for themselves');
    // Pub. 560: the deduction limits are in chapter 4 (qualified plans), the worksheet in chapter 5 (self-employed).
    expect(s).toContain('Publication 560 sets the limits in chapter 4 and has the worksheet in chapter 5');
  });

  test('the contributions guide no longer says a catch-up is never a deduction for everyone', () => {
    expect(article(CONTRIBUTIONS)).not.toMatch(/taxed now\. A catch-up is never a deduction\./);
  });

  test('the at-a-glance page says the self-employed deduct their contributions', () => {
    const a = article(GLANCE);
    expect(a).toContain('If you are an employee, traditional contributions are left out of your taxable wages');
    expect(a).toContain('are deducted on Schedule 1 (Form 1040), line 16');
  });

  test('the myths page no longer says nobody deducts a 401(k) contribution', () => {
    const a = article(MYTHS);
    expect(a).not.toContain('You never deduct a 401(k) contribution on your return.');
    expect(a).toContain('The self-employed are the exception.');
    expect(a).toContain('are deducted, on Schedule 1 (Form 1040), line 16');
  });

  test('the glossary limits "left out of your taxable wages" to employees', () => {
    expect(sectionText(GLOSSARY, 'elective-deferral')).toContain('deducts them on Schedule 1 (Form 1040), line 16');
  });
});

describe('withholding on the required-minimum-distribution part of a withdrawal', () => {
  test('the withdrawals guide says the RMD part is not an eligible rollover distribution and gets the default rate', () => {
    const s = sectionText(WITHDRAWALS, 'mandatory-withholding-on-eligible-rollover-distributions');
    expect(s).toContain('In a year you must take a required minimum distribution, the first dollars paid out of the plan that year count toward it');
    expect(s).toContain('Q&A-7');
    expect(s).toContain('not the mandatory rate');
  });

  test('the myths page no longer says every lump sum paid to you has the mandatory withholding', () => {
    const s = article(MYTHS);
    expect(s).not.toContain('When a lump sum is paid to you instead of rolled over, the plan must withhold');
    // The RMD part gets the default rate of §3405(b), 10%, not the 20% of §3405(c).
    expect(s).toContain('the part that counts toward it gets 10% by default instead');
  });

  test('the at-a-glance page lists the RMD part among payments with default withholding', () => {
    expect(article(GLANCE)).toContain("the part of a withdrawal that is the year's required minimum distribution, have 10% withheld");
  });

  test('the glossary says only the amount above the RMD is an eligible rollover distribution', () => {
    expect(sectionText(GLOSSARY, 'eligible-rollover-distribution')).toContain('only the amount above it is');
  });

  test('the withdrawals guide cites Publication 575', () => {
    const sources = /<section class="sources"[\s\S]*?<\/section>/.exec(readPage(WITHDRAWALS))?.[0] ?? '';
    expect(text(sources)).toContain('IRS Publication 575');
  });
});

// A loan in default becomes a deemed distribution: no money is paid, and withholding never exceeds the money and
// property paid (IRC §3405(e)(8)), so nothing is withheld. ESOP dividends (§404(k)) are not withheld at all
// (§3405(e)(1)(B)(iv)).
describe('payments with nothing withheld', () => {
  test('the withdrawals guide no longer lists a deemed loan distribution among payments with default withholding', () => {
    const s = sectionText(WITHDRAWALS, 'default-withholding-on-other-payments');
    const defaultList = s.slice(0, s.indexOf('Two kinds of payment have nothing withheld at all'));
    expect(defaultList).not.toContain('deemed distribution');
    expect(s).toContain('Two kinds of payment have nothing withheld at all');
  });

  test('the withdrawals guide says nothing is withheld from a deemed loan distribution or ESOP dividends, citing §3405', () => {
    const s = sectionText(WITHDRAWALS, 'default-withholding-on-other-payments');
    expect(s).toMatch(/deemed distribution from a loan in default\. No money is paid/);
    expect(s).toContain('§3405(e)(8)');
    expect(s).toContain('dividends on employer stock paid out under an ESOP (IRC §3405(e)(1)(B)(iv))');
  });
});
