// The reader vocabulary: for each subject the site answers, the words readers type when they mean it,
// and the page whose subject it is. Gathered from how the IRS (Publications 575 and 590-B, Topic 558,
// the Form 5329 and 1099-R instructions, the "exceptions to tax on early distributions" chart) and
// consumer sites and forums put the questions, not from this site's headings: abbreviations (RMD,
// SEPP, QDRO, NUA), code sections (72(t), 72(p), 402(c), 401(a)(9)), form names (5329, 1099-R,
// 8915-F), plain words ("cash out", "quit my job", "medical bills"), and misspellings as typed
// ("withdrawl", "hardship withdrawl"). Typos beyond these are corrected at query time against the
// index's own words (src/lib/search-correct.ts).
//
// Used twice. At index time each page carries its subjects' terms in the Pagefind metadata field
// `synonyms` (searched, weighted, never shown: no excerpt quotes it, no screen reader reads it).
// At query time the subjects go to the browser (src/pages/search/vocabulary.json.ts) and decide
// which page a query names (src/lib/search-ranking.ts).
//
// A subject's `pages` lists page keys in order of preference; the first page the site has is the
// subject's page. That is how topics of guides still being written point at today's best page and
// move to the new guide the day it exists. Keys: a guide's id (its file name in content/), or
// `checks/<id>` for a what-if check's page.
//
// Never put a rule figure here (a rate, limit, age or amount the site states: the pages carry those,
// from data). Digits are allowed only in names: plan types, code sections, forms (the same names the
// content test allows in guides' front matter).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFigures } from '../data/rule-figures.ts';
import { CHECK_ISLANDS } from '../islands/registry.ts';
import type { AgePage } from './search-ranking.ts';

export interface Subject {
  /** What the subject is, for maintainers. */
  about: string;
  /** Page keys, best first; the first one that exists is the subject's page. */
  pages: readonly string[];
  /** Words and phrases readers type for it, lower case. Each term names the subject when the query holds all its words. */
  terms: readonly string[];
  /** Whether a stated age decides its page instead ("withdraw at 45" is an early withdrawal), and by which pages by age: see `agePages`. */
  byAge?: AgeBands;
  /**
   * Whether it names the reader's situation, which decides the answer to whatever else the query asks: the state they
   * live in (its tax on an early withdrawal is the state guide's), an account they inherited (its penalty and its
   * required distributions are the inherited guide's). See `SubjectTerms.situation`.
   */
  situation?: true;
}

/**
 * Which pages answer a subject by the reader's age: taking money out (early withdrawals, taxation,
 * RMDs), leaving a job (the same, with the rule of 55 in the years it can apply) or retiring (the
 * same, with retirement income instead of taxation once withdrawals owe no additional tax).
 */
export type AgeBands = 'withdrawal' | 'leaving' | 'retiring';

// Myths are answered on the myths page only when the query states the myth in its own words: its
// terms below repeat each claim whole, so a query must hold all of a claim's words to reach it.
export const READER_VOCABULARY: readonly Subject[] = [
  // ── Basics ────────────────────────────────────────────────────────────────────────────────────
  {
    about: 'how a 401(k) is taxed, overall',
    pages: ['401k-taxes-at-a-glance'],
    terms: [
      '401k', '401(k)',
      'tax deferred', 'tax deferral', 'pre tax', 'pretax', 'traditional 401k', 'traditional vs roth', 'roth vs traditional',
      'roth or traditional', '401k vs roth', 'roth vs 401k', '401k or roth', 'roth or 401k', 'roth or pretax', 'pretax or roth', 'roth or pre tax', 'roth better', 'roth worth it', 'choose roth', 'should roth', 'growth taxed', 'gains taxed', 'dividends', 'dividends taxed', 'sell stocks', 'selling stocks', 'sell funds', 'trading', 'rebalance', 'rebalancing', 'capital gains inside', 'overview', 'basics', 'beginner', 'explained', 'how does a 401k work',
    ],
  },
  {
    about: 'the tax on a 401(k), asked in general: the overview, or at an age stated the page for taking money out at that age',
    pages: ['401k-taxes-at-a-glance'],
    byAge: 'withdrawal',
    terms: ['401k taxes', '401k tax', 'how is a 401k taxed', 'how are 401ks taxed', '401k tax rules'],
  },
  {
    about: 'the other workplace plans: 403(b), 457(b), TSP',
    pages: ['403b-and-457b-plans', '401k-taxes-at-a-glance'],
    terms: [
      '403b', '403(b)', '457b', '457(b)', '457', 'tsp', 'thrift savings plan', 'tax sheltered annuity', 'tsa', 'government plan',
      'governmental plan', 'teacher retirement plan', 'teacher', 'teachers', 'nonprofit', 'non profit', 'hospital employee',
      'public employee', 'state employee', 'deferred compensation', 'deferred comp', 'years of service catch up', 'final years catch up',
      'special catch up', 'double up', '15 year catch up', '15-year catch-up', '15 year rule', '457b penalty', '457 penalty', '457b early withdrawal', '457 early withdrawal', '457b no penalty', '457 no penalty', '457b penalty free', '457 penalty free',
      '403b early withdrawal', '403b penalty', '403b withdrawal', '457b withdrawal', '403b loan', '403b rollover', '457b rollover',
    ],
  },
  {
    about: 'state income tax on 401(k) money',
    pages: ['state-income-tax', '401k-taxes-at-a-glance'],
    situation: true,
    terms: [
      'state tax', 'state taxes', 'state income tax', 'which states tax 401k', 'moving states', 'move to another state',
      'retire to another state', 'no income tax state', 'states without income tax', 'tax free state', 'state exclusion',
      'state penalty', 'resident', 'nonresident', 'source tax', 'state withholding', 'state tax withheld',
      // Readers name their state.
      'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'district of columbia',
      'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
      'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
      'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon',
      'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
      'washington', 'west virginia', 'wisconsin', 'wyoming',
      // And by its postal code, where the code is not also an English word (me, in, or, ok, hi, oh, id, co, la, ma, mo, de).
      'al', 'ak', 'az', 'ar', 'ca', 'ct', 'dc', 'fl', 'ga', 'ia', 'il', 'ks', 'ky', 'md', 'mi', 'mn', 'ms', 'mt', 'nc', 'nd',
      'ne', 'nh', 'nj', 'nm', 'nv', 'ny', 'nyc', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'va', 'vt', 'wa', 'wi', 'wv', 'wy',
    ],
  },
  // ── Contributions ────────────────────────────────────────────────────────────────────────────
  {
    about: 'contribution limits, deferrals and their tax treatment',
    pages: ['401k-contributions-and-taxes'],
    terms: [
      'contribution', 'contributions', 'contribution limit', 'contribution limits', 'contribute', 'how much can i contribute', 'how much can i put', 'put in my 401k', 'how much can i save', '401k limit', '401k limits', 'limit', 'limits',
      'max contribution', 'maximum contribution', 'max out', 'maxing out', 'annual limit', 'deferral limit', 'elective deferral',
      'elective deferrals', '402(g)', 'salary deferral', 'is 401k deductible', 'deduct contributions', 'contributions deductible',
      'tax deduction for 401k', 'tax deduction 401k', 'pre tax contributions', 'reduce taxable income', 'lower taxable income', 'reduce agi', 'lower agi', 'reduce adjusted gross income', 'lower adjusted gross income', 'reduce taxes', 'lower taxes', 'save on taxes', 'tax savings', 'w-2 box 12', 'employer match', 'matching contributions',
      // Deferrals escape income tax, not Social Security and Medicare tax (W-2 boxes 3 and 5).
      'fica', 'payroll tax', 'contributions social security', 'contributions social security tax', 'contributions medicare tax', 'box 12', 'code d',
      // Contributions come out of pay.
      'contribute after retirement', 'contribute after retiring', 'contribute after i retire', 'contribute while retired', 'contribute when retired',
      'contribute without income', 'contribute without earned income', 'contribute without a job', 'contribute after leaving job',
    ],
  },
  {
    about: 'employer contributions: matching and nonelective, and how they are taxed (Roth employer contributions too)',
    pages: ['401k-contributions-and-taxes'],
    terms: [
      'employer contribution', 'employer contributions', 'employer match taxed', 'match taxed', 'match income', 'match as income', 'match taxable income', 'matching contribution', 'company match',
      'nonelective', 'nonelective contribution', 'non elective', 'non elective contribution', 'profit sharing', 'profit sharing contribution',
      'safe harbor contribution', 'safe harbor match', 'safe harbor nonelective', 'qnec', 'employer roth', 'roth employer contributions',
      'roth match', 'roth matching', 'employer match roth', 'match as roth', 'profit sharing tax', 'profit sharing taxed', 'profit sharing contribution tax',
      // Not wages, so no Social Security or Medicare tax either.
      'match social security', 'match social security tax', 'match medicare', 'match fica', 'employer contributions social security', 'employer contributions fica',
    ],
  },
  {
    about: 'catch-up contributions, including the Roth catch-up for higher earners',
    pages: ['401k-contributions-and-taxes'],
    terms: ['catch up', 'catch-up', 'catchup', 'catch up contribution', 'catch up contributions', 'super catch up', 'roth catch up', '414(v)'],
  },
  {
    about: 'deferring too much: excess deferrals and their correction',
    pages: ['401k-contributions-and-taxes'],
    terms: ['excess deferral', 'excess deferrals', 'excess contribution', 'over contributed', 'overcontributed', 'contributed too much', 'too much contribution', 'two employers contribution', 'corrective distribution', 'changed jobs contribution', 'change jobs contribution', 'new job contribution', 'switched jobs contribution', 'two jobs contribution', 'two 401k plans'],
  },
  {
    about: 'the contribution-limits check',
    pages: ['checks/contribution-limits', '401k-contributions-and-taxes'],
    terms: ['contribution calculator', 'contribution limit calculator', 'how much should i contribute calculator', 'catch up calculator', 'max contribution calculator', 'my contribution limit'],
  },
  {
    about: 'solo 401(k) and the self-employed',
    pages: ['self-employed-401k', '401k-contributions-and-taxes'],
    terms: ['self employed', 'self-employed', 'solo 401k', 'solo 401(k)', 'individual 401k', 'one participant', 'sole proprietor', '1099 contractor', '1099 worker', '1099 employee', '1099 income', 'schedule c', 'employer contribution self employed', 'freelancer', 'owner only', 'how much solo', 'put in solo', 'solo limit', 'solo contribution'],
  },
  {
    about: "the Saver's Credit for contributions",
    pages: ['savers-credit', '401k-contributions-and-taxes'],
    terms: [
      "saver's credit", 'savers credit', 'saver credit', "saver's match", 'saver match', 'retirement savings contributions credit',
      'retirement savings credit', 'retirement credit', 'form 8880', 'tax credit', 'credit for contributions', 'credit for contributing',
      'tax credit for contributing', 'low income', 'low income credit', 'credit',
    ],
  },
  // ── Withdrawals and their tax ─────────────────────────────────────────────────────────────────
  {
    about: 'how a withdrawal is taxed: ordinary income, basis, withholding, Form 1099-R',
    pages: ['how-withdrawals-are-taxed'],
    byAge: 'withdrawal',
    terms: [
      'withdrawal tax', 'withdrawal taxes', 'tax on withdrawal', 'tax on withdrawals', 'taxes on withdrawal', 'taxed withdrawal',
      'withdrawals taxed', 'withdrawl tax', 'distribution tax', 'tax on distribution', 'taxable distribution', '401k distribution',
      'ordinary income', 'income tax on withdrawal', 'tax bracket withdrawal', 'cash out', 'cashing out', 'cash out tax',
      'lump sum', 'lump sum distribution', 'after tax contributions', 'after-tax money', 'basis', 'nontaxable part', 'after tax pro rata', 'pro rata after tax',
      'what happens when i withdraw', 'withdraw', 'withdrawal', 'withdrawals', 'withdrawl', 'withdrawls', 'take money out',
      'taking money out', 'take out', 'took out', 'took money out', 'taken out', 'get money out', 'close 401k', 'close my 401k', 'closing 401k', 'close account', 'empty 401k', 'getting money out', 'access money', 'access 401k', 'distribution', 'distributions',
      // Past 59½ the additional tax is gone and income tax is the question.
      'after 59½', 'over 59½', 'older than 59½', 'past 59½', 'tax free after', 'tax free age', 'tax free at age', 'penalty after 59½', 'penalty over 59½', 'penalty past 59½',
      // In retirement, too: "taxed after retirement" is about income tax, not after-tax money.
      'taxed in retirement', 'taxed after retirement', 'taxes after retirement', 'tax after retirement', 'taxed when i retire', 'taxes when i retire', 'withdrawn', 'taxes when withdrawn',
      'pay taxes after',
      // Withdrawals never get the capital-gain rates (the one exception, employer stock, is on the same page).
      'capital gains rate', 'capital gains tax rate', 'withdrawal capital gains', 'withdrawals capital gains', 'distribution capital gains', 'distributions capital gains',
      // What happens to the money at retirement, asked without the word tax.
      'when i retire', 'after i retire', 'after retirement', 'at retirement',
      // Avoiding the tax, reporting it, and the after-tax money that is not taxed again.
      'avoid taxes', 'avoid tax', 'avoid paying taxes', 'reduce taxes withdrawal', 'lower taxes withdrawal', 'report withdrawal',
      'withdrawal social security tax', 'withdrawals social security tax', 'income social security tax', 'withdrawal medicare tax', 'withdrawal fica', 'distribution fica', 'withdrawal payroll tax',
      'report distribution', 'report withdrawal tax return', 'withdrawal tax return', 'distribution tax return', 'report on tax return', 'report 401k', 'report 401k on taxes', 'report on taxes', 'taxed twice', 'double taxation', 'double taxed',
    ],
  },
  {
    about: 'withholding on a withdrawal and what it is not',
    pages: ['how-withdrawals-are-taxed'],
    terms: ['withholding', 'withheld', 'tax withheld', 'mandatory withholding', 'federal withholding', 'withholding rate', 'w-4r', 'withholding not enough', 'owe taxes withdrawal', 'owed taxes withdrawal', 'owe tax withdrawal', 'owe more tax', 'refund withholding', 'tax refund', 'refund', 'get a refund'],
  },
  {
    about: 'a 401(k) paid as an annuity: monthly payments, the tax-free part of after-tax money (Simplified Method, General Rule), their withholding (Form W-4P)',
    pages: ['how-withdrawals-are-taxed'],
    terms: [
      'annuity', 'annuities', 'annuitize', 'annuitizing', 'annuitized', 'life annuity', 'joint and survivor', 'joint and survivor annuity', 'survivor annuity',
      'buy annuity', 'buy an annuity', 'annuity payments', 'annuity income', 'annuity taxed', 'annuity tax', 'annuity or lump sum', 'lump sum or annuity',
      'pension vs lump sum', 'lump sum vs pension', 'monthly payments', 'monthly payment', 'monthly income', 'monthly pension', 'pension payments', 'payments for life',
      'simplified method', 'simplified method worksheet', 'general rule', 'exclusion ratio', 'expected return', 'anticipated payments', 'pub 575', 'publication 575',
      'pub 939', 'publication 939', 'w-4p', 'form w-4p', 'periodic payments withholding', 'withholding periodic payments', 'withholding on periodic payments',
      'pension withholding', 'withholding on pension', 'annuity withholding', 'pension taxed', 'pension tax', 'pension taxes', 'tax on pension',
    ],
  },
  {
    about: 'questions outside federal tax the site answers only in brief: bankruptcy, creditors, Medicaid',
    pages: ['sources-and-method'],
    terms: [
      'bankruptcy', 'bankrupt', 'chapter 7', 'chapter 13', 'creditor', 'creditors', 'protected from creditors', 'creditor protection', 'garnish', 'garnishment',
      'garnished', 'judgment', 'lawsuit', 'sued', 'seize', 'medicaid', 'medicaid eligibility', 'medicaid spend down', 'spend down', 'nursing home medicaid', 'erisa protection',
      'asset protection', 'what the site does not cover', 'not covered',
      // The territories' own income taxes are outside the state table.
      'puerto rico', 'guam', 'virgin islands', 'american samoa', 'northern mariana islands', 'us territory', 'us territories',
    ],
  },
  {
    about: 'Form 1099-R and its codes',
    pages: ['how-withdrawals-are-taxed'],
    terms: ['1099-r', '1099r', 'form 1099-r', '1099', 'get a 1099', 'box 7', 'distribution code', '1099-r code', 'taxable amount box 2a', 'tax form withdrawal', 'code 7', 'normal distribution'],
  },
  {
    about: 'rollovers: direct, indirect (60-day), to an IRA, between plans',
    pages: ['rollovers-and-roth-conversions', 'how-withdrawals-are-taxed'],
    terms: [
      'rollover', 'rollovers', 'roll over', 'rolling over', 'roll over 401k', 'direct rollover', 'indirect rollover', 'sixty day rollover',
      'rollover to ira', 'roll into ira', 'cash out or roll over', 'cash out or rollover', 'rollover or cash out', 'report rollover', 'rollover tax return', 'rollover on taxes', 'rollover to roth ira', 'roll over to roth ira', 'roll to roth ira', 'move 401k to roth ira', 'move 401k to ira', 'transfer 401k', 'trustee to trustee', '402(c)',
      'eligible rollover distribution', 'old 401k', 'new employer plan', 'rollover withholding', 'move to ira', 'leave job ira',
      'leaving job ira', 'left job ira', 'ira after leaving', 'old employer 401k', 'previous employer 401k', 'old 401k new job', 'what happens change jobs', 'what happens changing jobs', 'change jobs rollover', 'changing jobs rollover', 'avoid taxes rollover', 'rollover taxes',
      // Rolling over on leaving a job is the rollover's question, not the rule of 55's; a check the plan made out to
      // the reader is a payment that can still be rolled over within the window.
      'quit rollover', 'quit roll over', 'laid off rollover', 'laid off roll over', 'fired rollover', 'fired roll over',
      'left job rollover', 'left job roll over', 'leave job rollover', 'leave job roll over', 'check made out', 'check payable', 'got a check', 'received a check',
      '1099-r code g', '1099 code g', 'code g', 'code h',
    ],
  },
  {
    about: 'the rollover check: direct or paid to you, what a 60-day rollover needs',
    pages: ['checks/rollover', 'rollovers-and-roth-conversions'],
    terms: ['rollover calculator', 'rollover check', 'indirect rollover calculator', 'how much to roll over', 'make up the withholding', 'rollover withholding calculator', 'conversion calculator', 'roth conversion calculator'],
  },
  {
    about: 'Roth conversions and in-plan Roth rollovers',
    pages: ['rollovers-and-roth-conversions', 'roth-401k-withdrawals'],
    terms: ['in plan conversion five year', 'in plan roth five year', 'conversion five year', 'roth conversion five year',
      'after tax contributions to roth', 'after tax contributions roth ira', 'after tax to roth ira', 'roth conversion', 'convert to roth', 'pro rata conversion', 'conversion pro rata', 'in plan roth rollover', 'in-plan roth conversion', 'backdoor roth', 'mega backdoor', 'back door roth', 'mega back door', 'after tax to roth', 'roll after tax to roth', 'after tax money to roth'],
  },
  {
    about: 'the early-withdrawal check: what a withdrawal would cost',
    pages: ['checks/early-withdrawal', 'how-withdrawals-are-taxed'],
    terms: [
      'withdrawal calculator', 'early withdrawal calculator', 'penalty calculator', '401k calculator', 'calculator', 'calculators',
      'calculate', 'estimate', 'estimator', 'how much tax will i pay', 'how much tax on withdrawal', 'how much will i owe',
      'what would it cost', 'cost of cashing out', 'cash out calculator', 'withdrawal cost', 'tax calculator', 'what if',
      'how much tax', 'net after tax', 'how much will i get', 'how much would i get', 'how much do i get',
      'lose cash out', 'lose cashing out', 'lose withdraw', 'lose take out', 'keep after taxes', 'owe cash out', 'owe cashing out',
    ],
  },
  // ── Early withdrawals and the exceptions ─────────────────────────────────────────────────────────
  {
    about: 'the additional tax on early distributions (the "10% penalty")',
    pages: ['early-withdrawals'],
    terms: [
      'penalty', 'penalties', 'penality', 'early withdrawal', 'early withdrawals', 'early withdrawl', 'early withdrawal penalty',
      'early withdrawal tax', 'early distribution', 'early distributions', 'premature distribution', 'additional tax',
      'additional tax on early distributions', 'extra tax', 'withdrawal penalty', '401k penalty', 'tax penalty',
      'under 59½', 'before 59½', 'younger than 59½', '59½', 'age 59½', 'before retirement age', 'withdraw early',
      'cash out early', 'cashing out early', 'take money out early', 'early cash out', 'schedule 2', 'form 5329', '5329',
      'penalty tax', 'early payout', 'penalized', 'penalize', 'penalised',
      // The penalty of taking money out is the additional tax, not the income tax on it.
      'penalty take money out', 'penalty withdraw', 'penalty after tax', 'penalty after tax money', 'penalty after tax contributions', 'penalty cash out', 'penalty free withdraw',
      // "What age can I take my 401k?": the answer starts at 59½.
      'take early', 'take out early', 'withdraw age', 'withdrawal age', 'take age', 'age can i take', 'age to take out', 'age without penalty',
      'when can i take money out', 'when can i withdraw', 'when can i cash out', 'when can i take out', 'how old cash out', 'how old withdraw',
      'how old take out', 'how old take money out',
    ],
  },
  {
    about: 'the exceptions to the additional tax (§72(t)(2)) and which are IRA-only',
    pages: ['early-withdrawals'],
    terms: [
      'exception', 'exceptions', 'penalty exceptions', 'exceptions to the penalty', 'penalty free', 'penalty-free', 'penalty free withdrawal',
      'without penalty', 'no penalty', 'avoid penalty', 'avoid the penalty', 'avoiding penalty', 'waive penalty', 'penalty waiver',
      '72t', '72(t)', 'section 72(t)', 'section 72t', '72t exceptions', '72(t)(2)', 'ira only', 'ira only exceptions',
      'claim exception', 'exception number', 'code 1', 'code 2', '1099-r code 2', '1099 code 2', '1099-r code 1', '1099 code 1', 'exempt from penalty',
      // What is not an exception, asked as if it were one.
      'debt', 'pay off debt', 'credit card debt', 'pay bills', 'buy a car', 'car', 'wedding', 'pay for wedding', 'vacation', 'travel', 'not an exception', 'pay off mortgage',
      'pay off house', 'pay off my house', 'mortgage payoff', 'credit card', 'credit cards', 'pay off credit card', 'pay off credit cards',
    ],
  },
  { about: 'medical-expense exception', pages: ['early-withdrawals'], terms: ['medical', 'medical expenses', 'medical bills', 'medical bill', 'hospital bills', 'doctor bills', 'unreimbursed medical', 'medical exception', 'health expenses', 'surgery', 'withdraw medical', 'withdrawal medical', 'ivf', 'fertility', 'fertility treatment'] },
  { about: 'disability exception', pages: ['early-withdrawals'], terms: ['disability', 'disabled', 'permanently disabled', 'total and permanent disability', 'disability exception', 'cannot work', 'ssdi', 'social security disability', 'disability benefits'] },
  {
    about: 'substantially equal periodic payments (SEPP, "72(t) payments")',
    pages: ['early-withdrawals'],
    terms: ['sepp', 'seep', 'sepp payments', 'sepp monthly', 'substantially equal periodic payments', 'substantially equal payments', 'periodic payments', 'equal payments', '72t payments', '72(t) payments', '72t distribution', '72t plan', 'life expectancy payments', 'annuity payments early'],
  },
  {
    about: 'what a series of periodic payments commits you to: methods, the lock-in, recapture (the rule-of-55 guide, for those who left too early)',
    pages: ['rule-of-55'],
    terms: [
      'sepp rules', '72t rules', 'sepp recapture', '72t recapture', 'recapture', 'modify sepp', 'sepp modification', 'change sepp', 'stop sepp',
      'stop 72t', 'stop 72t payments', 'break sepp', 'bust sepp', 'sepp method', 'sepp methods', '72t methods', 'amortization method',
      'annuitization method', 'fixed amortization', 'fixed annuitization', 'sepp from 401k', 'sepp leaving job', 'sepp after leaving job',
      'set up 72t', 'set up sepp', 'start 72t', 'start sepp', 'starting 72t', 'starting sepp',
    ],
  },
  { about: 'QDRO exception', pages: ['early-withdrawals'], terms: ['qdro', 'qualified domestic relations order', 'domestic relations order', 'divorce', 'divorce judgment', 'divorce decree', 'child support', 'alimony', 'ex spouse', 'ex wife', 'ex husband', 'alternate payee'] },
  { about: 'IRS levy exception', pages: ['early-withdrawals'], terms: ['levy', 'irs levy', 'irs seized', 'tax levy', 'back taxes'] },
  { about: 'qualified reservist exception', pages: ['early-withdrawals'], terms: ['reservist', 'military reservist', 'active duty', 'called to active duty', 'national guard', 'military'] },
  { about: 'birth or adoption exception', pages: ['early-withdrawals'], terms: ['birth', 'adoption', 'birth or adoption', 'new baby', 'having a baby', 'adopt a child', 'qualified birth'] },
  { about: 'emergency personal expense exception', pages: ['early-withdrawals'], terms: ['emergency', 'emergency expense', 'emergency personal expense', 'emergency withdrawal', 'unforeseeable emergency', 'emergency money'] },
  { about: 'domestic abuse exception', pages: ['early-withdrawals'], terms: ['domestic abuse', 'domestic violence', 'abuse victim', 'abusive spouse', 'abusive partner'] },
  { about: 'terminal illness exception', pages: ['early-withdrawals'], terms: ['terminal illness', 'terminally ill', 'terminal', 'cancer', 'life expectancy months'] },
  { about: 'disaster recovery distributions', pages: ['early-withdrawals'], terms: ['disaster', 'federally declared disaster', 'disaster distribution', 'disaster recovery', 'hurricane', 'wildfire', 'flood', 'fema', '8915-f', 'form 8915-f'] },
  { about: 'long-term care insurance exception', pages: ['early-withdrawals'], terms: ['long term care', 'long-term care', 'long term care insurance', 'ltc insurance', 'nursing home insurance'] },
  { about: 'ESOP dividends, automatic-enrollment withdrawals, phased retirement', pages: ['early-withdrawals'], terms: ['esop', 'esop dividends', 'automatic enrollment', 'auto enrollment', 'eaca', 'permissive withdrawal', 'opt out refund', 'phased retirement'] },
  {
    about: 'the IRA-only exceptions readers think apply to a 401(k): first home, education, health insurance while unemployed',
    pages: ['early-withdrawals'],
    terms: [
      'first home', 'first time home', 'first time homebuyer', 'first-time homebuyer', 'home buyer', 'homebuyer', 'buy a house',
      'buying a house', 'buying a home', 'home purchase', 'house', 'home', 'down payment', 'house down payment', 'tuition', 'college', 'college tuition',
      'education', 'education expenses', 'higher education', 'school', 'student loans', 'health insurance', 'health insurance premiums',
      'unemployed', 'unemployment', 'cobra',
    ],
  },
  {
    about: 'the exceptions check: which exceptions could apply',
    pages: ['checks/exceptions', 'early-withdrawals'],
    terms: ['exception finder', 'exceptions check', 'which exceptions apply', 'do i qualify for an exception', 'exception calculator', 'penalty exception calculator', 'qualify for exception'],
  },
  // ── Leaving a job ─────────────────────────────────────────────────────────────────────────────
  {
    about: 'the rule of 55: separation from service in or after the year you turn 55, public safety at 50',
    pages: ['rule-of-55'],
    terms: [
      'rule of 55', 'rule of fifty five', 'fifty five rule', 'age 55 rule', 'separation from service', 'separated from service', 'separation', 'retire early',
      'early retirement', 'retiring early', 'retire before 59½', 'public safety', 'police', 'police officer', 'firefighter', 'corrections officer', 'corrections officers', 'air traffic controller', 'air traffic controllers', 'customs and border protection', 'border patrol',
      'first responder', 'rule of 50', 'retire at 55', 'retiring at 55', 'leave at 55', 'quit at 55',
      'laid off at 55', 'retire penalty', 'retire penalized', 'retiring penalty', 'retired penalty',
      // Which plan it covers: only the one of the employer left, not a plan of an earlier job.
      'rule of 55 previous employer', 'rule of 55 old 401k', 'rule of 55 old employer', 'rule of 55 former employer', 'rule of 55 other employer',
      'retire early access', 'early retirement access',
    ],
  },
  {
    about: 'leaving a job: the rule of 55, or at an age stated, the page for that age (before the rule can apply, early withdrawals)',
    pages: ['rule-of-55'],
    byAge: 'leaving',
    terms: [
      'leave job', 'leaving job', 'left job', 'left employer', 'leave employer', 'leaving employer', 'left company', 'left work', 'leave my job', 'left my job', 'quit', 'quit job', 'quit my job', 'quitting',
      'laid off', 'layoff', 'lost job', 'lost my job', 'job loss', 'fired', 'terminated', 'terminated employment',
      'change jobs', 'changing jobs', 'new job', 'separated', 'stop working', 'stopped working',
      'quit cash out', 'left job cash out', 'leave job cash out', 'laid off cash out', 'fired cash out', 'quit withdraw', 'left job withdraw',
    ],
  },
  {
    about: 'retiring at an age stated: before the rule of 55 early withdrawals, then the rule of 55, then retirement income',
    pages: ['retirement-income-and-your-tax-return'],
    byAge: 'retiring',
    terms: ['retire', 'retiring'],
  },
  // ── Hardship ─────────────────────────────────────────────────────────────────────────────────
  {
    about: 'hardship withdrawals: the plan lets you take money while employed; taxed, and the additional tax still applies',
    pages: ['hardship-withdrawals'],
    terms: [
      'hardship', 'hardships', 'hardship withdrawal', 'hardship withdrawals', 'hardship withdrawl', 'hardship distribution',
      'financial hardship', 'immediate and heavy', 'immediate and heavy financial need', 'safe harbor reasons', 'hardship reasons',
      'hardship penalty', 'hardship tax', 'hardship taxes', 'hardship medical', 'hardship tuition', 'hardship home',
      'hardship eviction', 'eviction', 'foreclosure', 'prevent eviction', 'funeral', 'burial', 'funeral expenses', 'home repair',
      'casualty loss', 'house fire', 'home fire', 'fire damage', 'home damage', 'house damage', 'storm damage', 'hardship proof', 'hardship documentation', 'self certify', 'withdraw while employed', 'in service withdrawal',
      'in-service withdrawal', 'still working withdrawal', 'while working', 'while employed', 'while still employed', 'still employed',
      'before leaving job', 'without quitting', 'hardship rules', 'hardship approval', 'money out while working', 'take money out while working',
      'withdraw while working', 'withdraw while still working', 'take out while working', 'take out still working', 'take out while employed', 'take out still employed', 'cash out while employed', 'cash out while working', 'cash out still employed', 'cash out still working',
      // From 59½ a plan may pay a worker without a hardship: the guide's in-service section.
      'hardship after 59½', 'hardship over 59½', 'in service distribution', 'in-service distribution', 'in service 59½', 'in-service 59½', '59½ while working', '59½ still working',
      '59½ while employed', '59½ still employed', 'in service rollover', 'in-service rollover',
      // A hardship question naming its need is the hardship page's, not the exception the need also names.
      'hardship medical bills', 'hardship medical expenses', 'hardship college', 'hardship house', 'hardship buy home', 'hardship buy house', 'hardship funeral',
      'hardship disaster', 'hardship repair', 'hardship rent', 'hardship car', 'hardship car repair', 'hardship vehicle',
      'hardship unemployment', 'hardship unemployed', 'hardship job loss', 'hardship laid off', 'report hardship', 'report hardship withdrawal', 'hardship on tax return',
      // It cannot be rolled over or paid back.
      'hardship rollover', 'roll over hardship', 'repay hardship', 'pay back hardship',
    ],
  },
  {
    about: 'the hardship check: how much to take out to cover a need',
    pages: ['checks/hardship', 'hardship-withdrawals'],
    terms: ['hardship calculator', 'hardship withdrawal calculator', 'gross up', 'how much to withdraw for hardship', 'cover a bill after tax', 'hardship cost', 'how much to withdraw', 'withdraw to get', 'withdraw to get after taxes', 'need after taxes'],
  },
  // ── Roth ─────────────────────────────────────────────────────────────────────────────────────
  {
    about: 'Roth 401(k) withdrawals: qualified distributions, the five-year clock, pro rata',
    pages: ['roth-401k-withdrawals'],
    terms: [
      'roth', 'roth 401k', 'roth 401(k)', 'designated roth', 'designated roth account', 'roth withdrawal', 'roth withdrawals',
      'roth distribution', 'roth earnings', 'roth contributions', 'qualified distribution', 'qualified roth distribution',
      'nonqualified distribution', 'five year rule', 'five year clock', 'roth five year', 'roth five year rule',
      'roth tax free', 'roth basis', 'pro rata', 'roth pro rata', 'roth ira vs roth 401k', 'code b',
      'roth rollover', 'roth ordering', 'roth tax', 'roth taxes', 'roth taxed', 'roth withdrawn', 'roth taxed when withdrawn', 'roth after 59½', 'roth tax free after 59½', 'tax on roth', 'roth early withdrawal', 'roth withdraw early', 'roth before 59½', 'roth penalty', 'roth disability', 'roth disabled', 'roth death', '1099-r code b', '1099 code b',
    ],
  },
  {
    about: 'a tax-free withdrawal, asked without naming Roth: the Roth guide, or at an age stated the page for taking money out at that age (pre-tax money is never tax-free, whatever the age)',
    pages: ['roth-401k-withdrawals'],
    byAge: 'withdrawal',
    terms: ['tax free withdrawal', 'tax-free withdrawal'],
  },
  {
    about: 'the Roth distribution check',
    pages: ['checks/roth-distribution', 'roth-401k-withdrawals'],
    terms: ['roth calculator', 'roth withdrawal calculator', 'is my roth withdrawal qualified', 'roth qualified check', 'roth tax free check', 'roth distribution calculator'],
  },
  // ── Loans ────────────────────────────────────────────────────────────────────────────────────
  {
    about: '401(k) loans: limits, repayment, default, offsets when you leave',
    pages: ['401k-loans-vs-withdrawals'],
    terms: [
      'loan', 'loans', 'lone', '401k loan', 'borrow', 'borrowing', 'borrow from 401k', 'loan limit', 'how much can i borrow',
      'loan repayment', 'loan payment', 'loan payments', 'loan monthly payment', 'loan monthly payments', 'repay loan', 'pay back loan', 'loan default', 'defaulted loan', 'default', 'missed loan payments',
      'deemed distribution', 'loan offset', 'loan offset rollover', 'loan when leaving job', 'loan leave job', 'loan quit job',
      'loan after leaving', 'loan vs withdrawal', 'loan or withdrawal', 'hardship vs loan', 'loan vs hardship', 'hardship or loan', 'loan double taxation', 'loan taxed twice', 'loan interest taxed twice', 'loan or hardship', '72(p)', 'code l', 'loan interest',
      // A loan question about leaving is the loan page's (the offset and its rollover), not the rule of 55's.
      'loan fired', 'loan laid off', 'loan layoff', 'loan lost job', 'loan lose job', 'loan terminated', 'loan quit', 'loan leave',
      'loan left', 'loan new job', 'loan change job', 'loan retire', 'loan separation', 'code m', 'qualified plan loan offset', 'loan house', 'loan home', 'loan down payment', 'loan home purchase', 'loan house purchase', 'loan buy house', 'loan buy home', 'loan primary residence', 'residential loan',
      // A loan's purpose is what the loan is for, not an exception the purpose also names.
      'loan debt', 'loan pay off debt', 'loan credit card', 'loan car', 'borrow pay off debt', 'borrow debt', 'borrow buy house', 'borrow house',
      'borrow home', 'borrow down payment', 'borrow car', 'borrow buy car', 'borrow credit card', 'borrow pay off credit card', '1099-r code l', '1099 code l',
    ],
  },
  {
    about: 'the loan check',
    pages: ['checks/loan', '401k-loans-vs-withdrawals'],
    terms: ['loan calculator', '401k loan calculator', 'loan limit calculator', 'how much can i borrow calculator', 'loan default calculator'],
  },
  // ── Losses ───────────────────────────────────────────────────────────────────────────────────
  {
    about: 'losses inside a 401(k) are not deductible; wash sales; down markets',
    pages: ['401k-losses'],
    terms: [
      'loss', 'losses', 'lost money', 'losing money', 'deduct loss', 'deduct losses', 'deductible loss', 'loss deduction',
      'write off', 'write off loss', 'loss tax deduction', 'losses tax deduction', 'losses deduction', 'capital loss', 'capital losses', 'tax loss harvesting', 'market crash', 'stock market crash',
      'market drop', 'down market', 'recession', 'wash sale', 'wash sale rule', 'unrecovered basis', 'investment loss',
      'claim loss on taxes', 'balance went down', 'balance dropped', 'balance fell', 'lost value', 'value dropped', 'account dropped',
      'account went down', 'went down', '401k down', 'balance down', 'account down', 'market down', 'stocks down', 'down percent', 'lost percent',
    ],
  },
  { about: 'the loss check', pages: ['checks/loss', '401k-losses'], terms: ['loss calculator', 'can i deduct my loss check', 'loss check', 'loss deduction check', 'deduct loss check'] },
  // ── RMDs and retirement income ────────────────────────────────────────────────────────────────
  {
    about: 'required minimum distributions',
    pages: ['required-minimum-distributions'],
    terms: [
      'rmd', 'rmds', "rmd's", 'required minimum distribution', 'required minimum distributions', 'minimum distribution',
      'required distribution', 'mandatory distribution', 'forced withdrawal', 'must withdraw', 'have to withdraw', 'have to take money out',
      'have to take out', 'required to take', 'required withdrawal', 'mandatory withdrawal', 'required beginning date',
      'rbd', 'rmd age', 'rmd deadline', 'missed rmd', 'rmd penalty', 'missed rmd penalty', 'excise tax', 'form 5329 rmd',
      'still working exception', 'still working rmd', 'retire rmd', 'retiring rmd', 'retired rmd', 'how long leave money', 'how long keep money', 'leave money in 401k', 'keep money in 401k', '401(a)(9)', 'uniform lifetime table', 'life expectancy table', 'secure act',
      'secure 2.0', 'distribution period',
      // A qualified charitable distribution can only come from an IRA (§408(d)(8)); the RMD guide says so.
      'roll over rmd', 'rollover rmd', 'rmd rollover', 'rmd penalty waiver', 'rmd waiver', 'waive rmd penalty', 'rmd excise tax waiver',
      'rmd conversion same year', 'rmd rollover same year', 'convert rmd to roth', 'rmd withholding', 'rmd withheld', 'rmd tax withheld', 'rmd taxes withheld', 'rmd federal withholding', 'rmd tax withholding',
      // A longevity annuity bought in the plan is one of the annuity RMDs the guide says it does not work out.
      'qlac', 'qualifying longevity annuity contract', 'longevity annuity',
      'qualified charitable distribution', 'qcd', 'charitable distribution', 'charity', 'charitable', 'donate rmd', 'give rmd to charity',
    ],
  },
  {
    about: 'the RMD check: how much must come out this year',
    pages: ['checks/rmd', 'required-minimum-distributions'],
    terms: ['rmd calculator', 'calculate rmd', 'how much is my rmd', 'rmd amount', 'my rmd', 'minimum distribution calculator', 'required minimum distribution calculator'],
  },
  {
    about: 'income in retirement: Social Security, tax brackets, withdrawal planning',
    pages: ['retirement-income-and-your-tax-return', 'how-withdrawals-are-taxed'],
    terms: [
      'retirement income', 'income in retirement', 'retired', 'retiree', 'retirees', 'social security', 'social security tax',
      'social security taxes', 'social security taxable', 'taxable social security', 'provisional income', 'combined income',
      'taxes in retirement', 'retirement tax bracket', 'tax bracket in retirement', 'pension', 'medicare', 'irmaa', 'estimated tax',
      'estimated taxes', 'quarterly taxes', 'estimated tax withdrawal', 'estimated payments', 'underpayment', 'underpayment penalty', 'penalty not enough withholding', 'penalty not withholding enough', 'penalty withholding too little', 'estimated tax penalty', 'form 2210', 'form 1040', 'tax return', 'senior deduction', 'tax torpedo',
      'how much social security taxable', 'how much of social security is taxable', 'standard deduction', 'additional standard deduction', 'extra standard deduction',
      'premium tax credit', 'aca', 'aca subsidy', 'obamacare', 'marketplace', 'health insurance subsidy', 'subsidy', 'subsidies',
    ],
  },
  {
    about: 'inherited 401(k)s and beneficiaries',
    pages: ['inherited-401k', 'inherited', 'inherited-401ks', 'beneficiaries', 'early-withdrawals'],
    situation: true,
    terms: ['inherited', 'inherited 401k', 'inherit', 'inheritance', 'beneficiary', 'beneficiaries', 'death', 'died', 'deceased', 'after death', 'spouse died', 'parent died', 'ten year rule', 'eligible designated beneficiary', 'widow', 'widower', 'passed away', 'mom died', 'dad died', 'mother died', 'father died', 'husband died', 'wife died',
      'surviving spouse', 'inherited lump sum', 'beneficiary lump sum', 'disabled beneficiary', 'chronically ill beneficiary', 'minor child beneficiary', 'inherited rmd', 'beneficiary rmd', 'inherited penalty', 'beneficiary penalty', 'beneficiary under 59½', 'inherited early withdrawal', 'inherited five year rule', 'code 4', '1099-r code 4', 'death distribution',
      // "Stretching" payouts over the beneficiary's life is what the ten-year rule ended for most beneficiaries.
      'stretch', 'stretch ira', 'stretch 401k', 'mom left', 'dad left', 'mother left', 'father left', 'parent left', 'left me',
      'spouse beneficiary', 'spouse own ira', 'spousal rollover', 'estate beneficiary', 'estate as beneficiary', 'beneficiary five year rule'],
  },
  // ── Reference ────────────────────────────────────────────────────────────────────────────────
  {
    about: 'the myths, each in its own words',
    pages: ['401k-myths'],
    terms: [
      'myth', 'myths', 'misconception', 'misconceptions', 'mistakes', 'common mistakes', 'true or false', 'is it true', 'wrong',
      'hardship withdrawals are penalty free', 'hardship withdrawal penalty free', 'hardship is penalty free', 'no penalty for hardship', 'true hardship no penalty',
      'first home and tuition are exceptions', 'first home is an exception', 'tuition is an exception',
      'rule of 55 age on last day', 'rule of 55 last day',
      'retiring means ordinary income', 'taxed as ordinary income only after retiring',
      'amount withheld is the tax', 'withholding is the tax you owe', 'withholding is the tax', 'withheld is the tax',
      'contributions are tax deductible', 'catch ups are tax deductible', 'catch up deductible',
      'roth withdrawals contributions first', 'roth contributions come out first',
      'must exhaust other resources', 'exhaust all other resources', 'every plan offers hardship', 'every 401k offers hardship withdrawals',
      'losses cannot be deducted myth',
    ],
  },
  {
    about: 'net unrealized appreciation: employer stock taken out in a lump sum (the worked example is in the taxation guide)',
    pages: ['how-withdrawals-are-taxed'],
    terms: ['net unrealized appreciation', 'nua', 'employer stock', 'company stock', 'employer securities', 'company stock in 401k'],
  },
  {
    about: 'definitions of terms',
    pages: ['glossary'],
    terms: [
      'glossary', 'definition', 'definitions', 'define', 'meaning', 'stand for', 'stands for', 'acronym', 'abbreviation', 'what does it mean', 'terms', 'terminology', 'jargon', 'vocabulary',
      'vested', 'vesting', 'vested balance', 'unvested', 'not vested', 'vesting schedule', 'safe harbor', 'elective deferral definition',
    ],
  },
  {
    about: 'where the figures come from, years covered, not advice',
    pages: ['sources-and-method'],
    terms: ['sources', 'method', 'methodology', 'about', 'about this site', 'disclaimer', 'tax advice', 'not tax advice', 'which years', 'tax years covered', 'accuracy', 'citations', 'how accurate', 'last updated', 'numbers come from', 'figures come from', 'where numbers come from'],
  },
];

/** The URL path of a page key: a guide id → /guides/<id>/, `checks/<id>` → /checks/<id>/. */
export function pageHref(key: string): string {
  return key.startsWith('checks/') ? `/${key}/` : `/guides/${key}/`;
}

/** A subject as the browser gets it: its page's URL path and its terms. */
export interface ResolvedSubject {
  url: string;
  terms: readonly string[];
  byAge?: true;
  /** Its pages by age, when they are not those of taking money out (`agePages`). */
  ages?: AgePage[];
  situation?: true;
}

/**
 * The page keys the site has: a guide per file in content/, and a page per built check once the
 * check pages' route exists. Read at build time (this module runs in Astro's build and in tests,
 * from the project root).
 */
export function sitePages(root: string = process.cwd()): ReadonlySet<string> {
  const guides = readdirSync(join(root, 'content'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length));
  const checkPages = existsSync(join(root, 'src', 'pages', 'checks', '[id].astro'));
  const checks = checkPages ? CHECK_ISLANDS.filter((c) => c.built).map((c) => `checks/${c.id}`) : [];
  return new Set([...guides, ...checks]);
}

/** The first page of a subject the site has, if any. */
function pageOf(subject: Subject, existing: ReadonlySet<string>): string | undefined {
  return subject.pages.find((p) => existing.has(p));
}

/** Each subject pointed at its page; subjects none of whose pages exist are left out. */
export function resolveSubjects(existing: ReadonlySet<string> = sitePages(), vocabulary: readonly Subject[] = READER_VOCABULARY): ResolvedSubject[] {
  const out: ResolvedSubject[] = [];
  for (const s of vocabulary) {
    const page = pageOf(s, existing);
    if (page === undefined) continue;
    const ages = s.byAge && s.byAge !== 'withdrawal' ? { ages: agePages(existing, s.byAge) } : {};
    out.push({ url: pageHref(page), terms: s.terms, ...(s.byAge ? { byAge: true as const, ...ages } : {}), ...(s.situation ? { situation: true as const } : {}) });
  }
  return out;
}

/**
 * Which page answers taking money out, by the reader's age: the early-withdrawals guide before 59½
 * (IRC §72(t)(2)(A)(i)), the taxation guide from the first whole year past it, and the RMD guide from
 * the age RMDs start for those reaching it now (IRC §401(a)(9)(C)(v): 73 for those born 1951–1959).
 * Leaving a job, the rule of 55's guide answers from the year before its age, since leaving at 54 in
 * the calendar year one turns 55 counts (IRC §72(t)(2)(A)(v); Notice 87-13, Q&A-20), until 59½;
 * retiring, the retirement-income guide answers after 59½ instead of the taxation guide.
 * Ages come from the data; pages the site lacks are left out.
 */
export function agePages(existing: ReadonlySet<string> = sitePages(), bands: AgeBands = 'withdrawal'): AgePage[] {
  const half = Math.ceil(ruleFigures['age-59-half-birthday'].value + ruleFigures['age-59-half-months'].value / 12);
  const rule55 = { page: 'rule-of-55', from: ruleFigures['separation-age'].value - 1 };
  const list = [
    { page: 'early-withdrawals', from: 0 },
    ...(bands === 'withdrawal' ? [] : [rule55]),
    { page: bands === 'retiring' ? 'retirement-income-and-your-tax-return' : 'how-withdrawals-are-taxed', from: half },
    { page: 'required-minimum-distributions', from: ruleFigures['rmd-age-born-1951-1959'].value },
  ];
  return list.filter((b) => existing.has(b.page)).map((b) => ({ url: pageHref(b.page), from: b.from }));
}

/**
 * A definition asked for by name — "eligible rollover distribution definition", "define vesting",
 * "what does pro rata mean" — is the glossary's, whose headings are the terms it defines. Only explicit
 * definition words count: "what is the rule of 55" is the rule's own guide.
 */
export function definitionTerms(headings: readonly string[]): string[] {
  return headings
    .map((h) => h.toLowerCase().replace(/[,\s]+/g, ' ').trim())
    .filter((h) => h.length > 0)
    .flatMap((h) => [`${h} definition`, `${h} meaning`, `define ${h}`, `${h} mean`]);
}

/** The vocabulary terms of one page: those of every subject whose page it is. */
export function vocabularyOf(key: string, existing: ReadonlySet<string> = sitePages()): string[] {
  return READER_VOCABULARY.filter((s) => pageOf(s, existing) === key).flatMap((s) => s.terms);
}

/**
 * The `synonyms` metadata of a page: its front-matter synonyms (or a page's own extra words) and
 * its reader vocabulary, one comma-separated line (Pagefind stores one string per metadata field).
 * `key` is a guide id or `checks/<id>`.
 */
export function searchTerms(key: string, synonyms: readonly string[] = [], existing: ReadonlySet<string> = sitePages()): string {
  const own = vocabularyOf(key, existing);
  const keepPlanName = own.some((t) => PLAN_NAME_ALONE.test(t));
  const unique = new Map<string, string>();
  for (const raw of [...synonyms, ...own]) {
    const term = (keepPlanName ? raw : raw.replace(PLAN_NAME, ' ')).replace(/[,\s]+/g, ' ').trim();
    if (term && !unique.has(term.toLowerCase())) unique.set(term.toLowerCase(), term);
  }
  return [...unique.values()].join(', ');
}

/**
 * "401k" and "401(k)" are in every guide's title or text, so in synonyms they only blur the ranking
 * of a search for the plan name itself. They are kept only on the page whose vocabulary has the
 * plan name alone: the overview that answers that search.
 */
const PLAN_NAME = /\b401\(?k\)?s?(?=\s|,|$)/gi;
const PLAN_NAME_ALONE = /^401\(?k\)?$/i;
