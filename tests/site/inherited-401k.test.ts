// The inherited-401(k) guide as built: the beneficiary groups, the ten-year rule with annual distributions when the
// owner died on or after the required beginning date (T.D. 10001; Notice 2024-35), no additional tax after death
// (§72(t)(2)(A)(ii)) worked by the engine, and Form 1099-R code 4.
import { expect, test } from 'vitest';
import { elementById, readPage, text } from './html.ts';

const PAGE = '/guides/inherited-401k/';
const html = readPage(PAGE);
const a = text(/<article\b[\s\S]*?<\/article>/.exec(html)![0]).replace(/[‘’]/g, "'").replace(/ ([.,;:)])/g, '$1');

test('names the eligible designated beneficiaries with their figures from the data', () => {
  // §401(a)(9)(E)(ii): not more than 10 years younger; Treas. Reg. §1.401(a)(9)-4(e)(3): a minor until 21.
  expect(a).toContain('not more than 10 years younger than the owner');
  expect(a).toContain("the owner's child who has not reached 21");
});

test('states the ten-year rule and the annual distributions in years one to nine after a death on or after the RBD', () => {
  expect(a).toContain('within 10 years after the year of death');
  expect(a).toContain('Owner died on or after the required beginning date');
  expect(a).toContain('a distribution every year in years one to nine');
  // Notices 2022-53, 2023-54 and 2024-35 waived the annual amounts for 2021–2024; they are required from 2025.
  expect(a).toContain('for the years before 2025, one notice at a time (Notice 2022-53, Notice 2023-54 and Notice 2024-35)');
  // Treas. Reg. §1.401(a)(9)-5(d): after a death on or after the RBD, the longer of the beneficiary's life expectancy and the owner's remaining one.
  expect(a).toContain("figured on the beneficiary's life expectancy (or on what remained of the owner's, if that is longer)");
});

test('says an all-Roth 401(k) would be treated as inherited before the required beginning date under proposed regulations, not final ones', () => {
  // REG-103529-23 (proposed, July 2024): an employee whose whole interest is in a designated Roth account would be
  // treated as dying before the RBD, so no annual amounts in years one to nine; a mixed account follows the actual
  // date of death. Proposed, so the page must not state it as settled.
  expect(a).toContain("When the owner's whole account in the plan was Roth 401(k) money");
  expect(a).toContain('regulations Treasury proposed in July 2024 (REG-103529-23) would treat the owner as having died before the required beginning date, whatever their age');
  expect(a).toContain('They are proposed, not final');
  expect(a).not.toContain('§1.401(a)(9)-3(a)(2)');
  expect(a).toContain("the rules for the owner's actual date of death apply to all of it");
});

test('gives the spouse the rollover into their own account and says the additional tax can return there', () => {
  expect(a).toContain('Roll it into their own IRA or their own plan');
  expect(a).toContain('a withdrawal before 59½ can owe the additional tax again');
});

test('the engine-run example shows no additional tax for a beneficiary under 59½ and Form 1099-R code 4', () => {
  const ex = text(elementById(html, 'example-a-beneficiary-aged-40-takes-part-of-an-inherited-401-k'));
  // $30,000 paid after death: §72(t)(2)(A)(ii) covers all of it, so 10% × ($30,000 − $30,000) = $0.
  expect(ex).toContain('Additional tax on early distributions $0');
  expect(ex).toContain('Death: applies.');
  expect(ex).toContain('Form 1099-R, box 7 code to expect 4');
});

test('says what the beneficiary’s Form 1099-R shows', () => {
  expect(a).toContain("in the beneficiary's name and taxpayer identification number, with code 4 (death) in box 7");
});

test('is in the sidebar under Inherited accounts', () => {
  expect(readPage('/guides/rule-of-55/')).toContain('href="/guides/inherited-401k/"');
});

test('the glossary defines the ten-year rule, the eligible designated beneficiary and the Saver’s Credit, linking their guides', () => {
  const g = readPage('/guides/glossary/');
  for (const id of ['ten-year-rule', 'eligible-designated-beneficiary', 'savers-credit']) expect(g).toContain(`id="${id}"`);
  expect(g).toContain('href="/guides/inherited-401k/#the-ten-year-rule"');
  expect(g).toContain('href="/guides/savers-credit/"');
});

test('gives the year-of-death distribution the automatic excise waiver up to the later of the extended return due date and the end of the next year', () => {
  // Treas. Reg. §1.401(a)(9)-5: the year-of-death amount the owner did not take goes to the beneficiary. §54.4974-1(g)(3)
  // (T.D. 10001) waives the excise tax on it automatically if the beneficiary takes it by the tax filing deadline,
  // including extensions, for the beneficiary's taxable year that begins with or within the year of death, "or, if
  // later, the last day of the calendar year following that calendar year": a death in 2025 gives until the later of
  // 2026-10-15 (the extended 2025 return) and 2026-12-31, so 2026-12-31. The return due date alone understated it.
  // §54.4974-1(h): the section applies for taxable years beginning on or after 2025-01-01; earlier years keep
  // §54.4974-2, whose A-7 has no year-of-death waiver.
  expect(a).toContain("If the owner died on or after the required beginning date without taking all of that year's required distribution, the beneficiary must take the rest");
  expect(a).toContain('waive the excise tax automatically if you take it by the due date of your own tax return for the year of death, including extensions, or by the end of the year after the year of death if that is later (Treas. Reg. §54.4974-1(g)(3))');
  expect(a).toContain('That rule applies to taxable years from 2025 (§54.4974-1(h)); for a death in 2024 the earlier regulations apply, which have no such automatic waiver');
  expect(a).not.toContain('for the year of death, including extensions (Treas. Reg.');
  expect(a).not.toContain('must take what was left of it by the end of the year');
});
