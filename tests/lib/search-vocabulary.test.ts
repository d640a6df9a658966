import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { READER_VOCABULARY, agePages, pageHref, resolveSubjects, searchTerms, sitePages, vocabularyOf, type Subject } from '../../src/lib/search-vocabulary.ts';
import { namedPages } from '../../src/lib/search-ranking.ts';
import { normalizeQuery, readerAge, searchWords } from '../../src/lib/search-query.ts';

const pages = sitePages();

test('every subject points at a page the site has, through its list of pages', () => {
  expect(READER_VOCABULARY.filter((s) => !s.pages.some((p) => pages.has(p))).map((s) => s.about)).toEqual([]);
  expect(resolveSubjects(pages)).toHaveLength(READER_VOCABULARY.length);
});

test('every subject has terms, written in lower case, none repeated within it', () => {
  for (const s of READER_VOCABULARY) {
    expect(s.terms.length, s.about).toBeGreaterThan(0);
    expect(s.terms.filter((t) => t !== t.toLowerCase() || t.trim() !== t || t.includes(',')), s.about).toEqual([]);
    expect(new Set(s.terms).size, s.about).toBe(s.terms.length);
  }
});

test('no term carries a rate, amount, age or date: digits appear only in names of plans, code sections and forms', () => {
  // Names allowed with digits: plan types (401k, 403(b), 457), code sections (72(t), 401(a)(9), 414(v)),
  // forms, schedules and their boxes and codes (1099-R, 5329, W-4R, box 2a, code 1), the age 59½, the
  // rule of 55 and its public-safety "rule of 50" (names of rules, also as readers say it: "retire at 55"; the 403(b)
  // "15-year catch-up"), the SECURE 2.0 Act, IRS publications and the Bankruptcy Code's chapters (Pub. 575, chapter 7).
  const names =
    /\b\d+[a-z]?(?:\([a-z0-9]+\))+|\b(?:401|403|457)[kb]?s?\b|\b72[tp]\b|\b(?:1040|1099|2210|5329|8880|8915-f|w-2|w-4r|w-4p)\b|\b1099-?r\b|\b(?:schedule|box|code) \d+[a-z]?\b|59½|\brule of 5[05]\b|\bage 55 rule\b|\b(?:retire|retiring|leave|quit|laid off) at 55\b|\b15[- ]year (?:catch[- ]up|rule)\b|\bsecure 2\.0\b|\b(?:pub|publication|chapter) \d+\b/g;
  const figures = READER_VOCABULARY.flatMap((s) => s.terms).filter((t) => /\d/.test(t.replace(names, '')));
  expect(figures).toEqual([]);
});

test('a subject goes to the first of its pages that exists, and falls back while a guide is unwritten', () => {
  const subject: Subject = { about: 'rollovers', pages: ['rollovers', 'how-withdrawals-are-taxed'], terms: ['rollover'] };
  expect(resolveSubjects(new Set(['how-withdrawals-are-taxed']), [subject])).toEqual([{ url: '/guides/how-withdrawals-are-taxed/', terms: ['rollover'] }]);
  expect(resolveSubjects(new Set(['rollovers', 'how-withdrawals-are-taxed']), [subject])).toEqual([{ url: '/guides/rollovers/', terms: ['rollover'] }]);
  expect(resolveSubjects(new Set(['glossary']), [subject])).toEqual([]);
});

test('page keys give guide and check addresses', () => {
  expect(pageHref('rule-of-55')).toBe('/guides/rule-of-55/');
  expect(pageHref('checks/loan')).toBe('/checks/loan/');
});

test('the site’s pages are its guides, and its check pages once their route exists', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-pages-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'glossary.mdx'), '');
  writeFileSync(join(root, 'content', 'notes.txt'), '');
  expect([...sitePages(root)]).toEqual(['glossary']);
  mkdirSync(join(root, 'src', 'pages', 'checks'), { recursive: true });
  writeFileSync(join(root, 'src', 'pages', 'checks', '[id].astro'), '');
  expect([...sitePages(root)]).toContain('checks/early-withdrawal');
});

test('a page’s vocabulary is that of the subjects whose page it is', () => {
  const existing = new Set(['early-withdrawals', 'how-withdrawals-are-taxed']);
  expect(vocabularyOf('early-withdrawals', existing)).toContain('sepp');
  expect(vocabularyOf('early-withdrawals', existing)).not.toContain('rollover');
  expect(vocabularyOf('how-withdrawals-are-taxed', existing)).toContain('indirect rollover');
});

test('joins front-matter synonyms and vocabulary without duplicates, case-insensitively', () => {
  expect(searchTerms('no-such-guide', ['Roth catch-up', ' roth catch-up ', 'excess deferral'], new Set())).toBe('Roth catch-up, excess deferral');
});

test('takes commas out of terms, since the metadata field is a comma-separated list', () => {
  expect(searchTerms('no-such-guide', ['loans, default'], new Set())).toBe('loans default');
});

test('drops the bare plan name from terms except on the page whose vocabulary has it alone', () => {
  const existing = new Set(['401k-losses', '401k-taxes-at-a-glance']);
  expect(searchTerms('401k-losses', ['401k loss deduction', 'write off 401k loss'], existing)).toMatch(/^loss deduction, write off loss,/);
  expect(searchTerms('401k-taxes-at-a-glance', ['401k tax basics'], existing)).toMatch(/^401k tax basics, 401k,/);
});

// Reader questions whose page only the vocabulary can tell apart from a page that shares a word: each names its page
// first (the words weigh 1 each here; in the browser they weigh by rarity, which the acceptance queries test).
test.each([
  // "credit" alone is the Saver's Credit's; a credit card is not an exception to the additional tax.
  ['pay off credit card with 401k', '/guides/early-withdrawals/'],
  // Past 59½ there is no additional tax: the question is income tax.
  ['401k withdrawal after 59 1/2 taxes', '/guides/how-withdrawals-are-taxed/'],
  // A qualified charitable distribution is IRA-only (§408(d)(8)), which the RMD guide explains.
  ['qualified charitable distribution 401k', '/guides/required-minimum-distributions/'],
  ['do i pay taxes on roth 401k withdrawal', '/guides/roth-401k-withdrawals/'],
  ['am i penalized if i retire and withdraw', '/guides/rule-of-55/'],
  // "Taxed after retirement" is income tax in retirement, not the after-tax money of the rollovers guide.
  ['is 401k taxed after retirement', '/guides/how-withdrawals-are-taxed/'],
  ['do i pay taxes on 401k after 65', '/guides/how-withdrawals-are-taxed/'],
  // What cashing out would cost is the early-withdrawal check, not a market loss.
  ['how much will i lose if i cash out my 401k', '/checks/early-withdrawal/'],
  // The age question is answered by the age 59½ rule.
  ['what age can you take 401k', '/guides/early-withdrawals/'],
  ['age to withdraw 401k', '/guides/early-withdrawals/'],
  ['can i withdraw for medical', '/guides/early-withdrawals/'],
  // A job change is when two plans' deferrals add up against one limit, not the rule of 55.
  ['changed jobs contribution limit', '/guides/401k-contributions-and-taxes/'],
  ['stretch ira', '/guides/inherited-401k/'],
  ['take 401k early', '/guides/early-withdrawals/'],
  ['will i get a 1099 for my 401k', '/guides/how-withdrawals-are-taxed/'],
  // Deferrals lower taxable income; they still owe Social Security and Medicare tax (W-2 boxes 3 and 5).
  ['does 401k lower my taxable income', '/guides/401k-contributions-and-taxes/'],
  ['are 401k contributions subject to social security tax', '/guides/401k-contributions-and-taxes/'],
  ['mom passed away 401k', '/guides/inherited-401k/'],
  ['inherited 401k rmd', '/guides/inherited-401k/'],
  // A 1099-R code names the page that explains it, not only the form's.
  ['1099-r code l', '/guides/401k-loans-vs-withdrawals/'],
  ['1099-r code b', '/guides/roth-401k-withdrawals/'],
  ['can i roll over a hardship withdrawal', '/guides/hardship-withdrawals/'],
  ['roth 401k early withdrawal', '/guides/roth-401k-withdrawals/'],
  ['state withholding 401k', '/guides/state-income-tax/'],
  ['rule of 50', '/guides/rule-of-55/'],
  // Without an age, a tax-free withdrawal is a qualified Roth distribution (IRC §402A(d)(1)).
  ['tax free withdrawal', '/guides/roth-401k-withdrawals/'],
  // The reader's state or an inherited account decides the answer to the rest: New Jersey's tax on an early withdrawal
  // is the state guide's; a beneficiary owes no additional tax (IRC §72(t)(2)(A)(ii)), which the inherited guide says.
  ['nj early withdrawal penalty', '/guides/state-income-tax/'],
  ['texas 401k early withdrawal penalty', '/guides/state-income-tax/'],
  ['penalty on inherited 401k under 59 1/2', '/guides/inherited-401k/'],
])('“%s” names %s first', (query, page) => {
  const named = namedPages(searchWords(normalizeQuery(query)), resolveSubjects());
  const best = [...named].sort((a, b) => b[1].covered - a[1].covered);
  expect(best[0]?.[0]).toBe(page);
  expect(best[0]![1].covered).toBeGreaterThan(best[1]?.[1].covered ?? 0);
});

test('taking money out is answered by age: early withdrawals before 59½, taxation from 60, RMDs from 73', () => {
  // 59½ is six months past the 59th birthday (IRC §72(t)(2)(A)(i)): 59 is before it, 60 the first whole year past it.
  // RMDs start at 73 for those born 1951–1959 (IRC §401(a)(9)(C)(v)).
  expect(agePages(pages)).toEqual([
    { url: '/guides/early-withdrawals/', from: 0 },
    { url: '/guides/how-withdrawals-are-taxed/', from: 60 },
    { url: '/guides/required-minimum-distributions/', from: 73 },
  ]);
  expect(agePages(new Set(['how-withdrawals-are-taxed']))).toEqual([{ url: '/guides/how-withdrawals-are-taxed/', from: 60 }]);
});

test('leaving a job is answered by the rule of 55 from 54, the year one may turn 55, until 59½; retiring past 59½ by retirement income', () => {
  // IRC §72(t)(2)(A)(v), Notice 87-13 Q&A-20: leaving at 54 in the calendar year one turns 55 qualifies, so 55 − 1 = 54.
  expect(agePages(pages, 'leaving')).toEqual([
    { url: '/guides/early-withdrawals/', from: 0 },
    { url: '/guides/rule-of-55/', from: 54 },
    { url: '/guides/how-withdrawals-are-taxed/', from: 60 },
    { url: '/guides/required-minimum-distributions/', from: 73 },
  ]);
  expect(agePages(pages, 'retiring').map((p) => p.url)).toEqual([
    '/guides/early-withdrawals/',
    '/guides/rule-of-55/',
    '/guides/retirement-income-and-your-tax-return/',
    '/guides/required-minimum-distributions/',
  ]);
});

test.each([
  ['withdraw 401k at 45', '/guides/early-withdrawals/'],
  ['can i take money out at 59', '/guides/early-withdrawals/'],
  ['taking money out at 62', '/guides/how-withdrawals-are-taxed/'],
  ['withdrawal over 75', '/guides/required-minimum-distributions/'],
  // A subject of its own keeps its page whatever the age.
  ['catch up contributions at 60', '/guides/401k-contributions-and-taxes/'],
  ['loan at 45', '/guides/401k-loans-vs-withdrawals/'],
  // Leaving a job or retiring: before the rule of 55 can apply the exceptions, then the rule, then income tax or retirement income.
  ['retire at 52', '/guides/early-withdrawals/'],
  ['retire at 54', '/guides/rule-of-55/'],
  ['laid off at 57', '/guides/rule-of-55/'],
  ['quit my job at 45', '/guides/early-withdrawals/'],
  ['retire at 65', '/guides/retirement-income-and-your-tax-return/'],
  ['retiring at 75', '/guides/required-minimum-distributions/'],
  // The rule's own names keep its page at any age.
  ['rule of 55 at 50', '/guides/rule-of-55/'],
  // Asked of an age, whether a withdrawal is tax-free is the question of the page for that age (pre-tax money is
  // ordinary income at any age, IRC §402(a)), not of the Roth guide: withdrawals 1 + tax 1 + free 1 + the age ln 2.
  ['are withdrawals after 65 tax free', '/guides/how-withdrawals-are-taxed/'],
  ['are 401k withdrawals tax free at 70', '/guides/how-withdrawals-are-taxed/'],
  ['tax free withdrawal at 45', '/guides/early-withdrawals/'],
])('“%s”, with its age, names %s first', (query, page) => {
  const q = normalizeQuery(query);
  const age = readerAge(q)!;
  const words = searchWords(q).filter((w) => !age.phrase.includes(w));
  const named = namedPages(words, resolveSubjects(), undefined, [], { years: age.years, pages: agePages(pages) });
  const best = [...named].sort((a, b) => b[1].covered - a[1].covered);
  expect(best[0]?.[0]).toBe(page);
  expect(best[0]![1].covered).toBeGreaterThan(best[1]?.[1].covered ?? 0);
});
