// Site search in headless Chromium against the built site: the reader queries and the page each
// must put first (the share right is printed), the headings some must open at, typo correction, the
// dialog's keyboard paths, the no-result and filter states, the shareable /search/ page and its
// no-JavaScript note, laziness, the CSP, and axe on the open dialog in both themes.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAxe } from '../harness/axe.ts';
import { openSite, sharedPages, type GuardedPage, type SharedPages, type Site } from '../harness/site.ts';

/**
 * Reader questions as readers type them — misspellings, plain words, questions, form and section
 * numbers — and the page that should come first. Written from the way the IRS and consumer sites
 * phrase these questions, not from the site's headings. At least 95% must put that page first, and
 * every one must find something.
 */
const ACCEPTANCE: { query: string; page: string }[] = [
  // The plan and its basics
  { query: '401k', page: '/guides/401k-taxes-at-a-glance/' },
  { query: '401(k)', page: '/guides/401k-taxes-at-a-glance/' },
  { query: 'how is my 401k taxed', page: '/guides/401k-taxes-at-a-glance/' },
  { query: 'roth vs traditional 401k', page: '/guides/401k-taxes-at-a-glance/' },
  // The additional tax and its exceptions
  { query: '72t', page: '/guides/early-withdrawals/' },
  { query: '72(t)', page: '/guides/early-withdrawals/' },
  { query: 'section 72t exceptions', page: '/guides/early-withdrawals/' },
  { query: '59 1/2', page: '/guides/early-withdrawals/' },
  { query: 'withdraw before 59 and a half', page: '/guides/early-withdrawals/' },
  { query: 'what age can you take 401k', page: '/guides/early-withdrawals/' },
  { query: 'can i withdraw for medical', page: '/guides/early-withdrawals/' },
  { query: 'penalty', page: '/guides/early-withdrawals/' },
  { query: '10% penalty', page: '/guides/early-withdrawals/' },
  { query: 'early withdrawal penalty', page: '/guides/early-withdrawals/' },
  { query: 'early withdrawl', page: '/guides/early-withdrawals/' },
  { query: 'penalty free withdrawal', page: '/guides/early-withdrawals/' },
  { query: 'penalty-free', page: '/guides/early-withdrawals/' },
  { query: 'how to avoid the penalty', page: '/guides/early-withdrawals/' },
  { query: 'exceptions to early withdrawal penalty', page: '/guides/early-withdrawals/' },
  { query: 'first home', page: '/guides/early-withdrawals/' },
  { query: 'use 401k for down payment on a house', page: '/guides/early-withdrawals/' },
  { query: 'tuition', page: '/guides/early-withdrawals/' },
  { query: 'medical bills', page: '/guides/early-withdrawals/' },
  { query: 'can i use my 401k for medical expenses', page: '/guides/early-withdrawals/' },
  { query: 'disability', page: '/guides/early-withdrawals/' },
  { query: 'sepp', page: '/guides/early-withdrawals/' },
  { query: 'substantially equal periodic payments', page: '/guides/early-withdrawals/' },
  { query: 'qdro divorce', page: '/guides/early-withdrawals/' },
  { query: 'birth or adoption', page: '/guides/early-withdrawals/' },
  { query: 'emergency withdrawal', page: '/guides/early-withdrawals/' },
  { query: 'form 5329', page: '/guides/early-withdrawals/' },
  // Leaving a job
  { query: 'rule of 55', page: '/guides/rule-of-55/' },
  { query: 'rule of 55 if i get laid off', page: '/guides/rule-of-55/' },
  { query: 'left my job at 55', page: '/guides/rule-of-55/' },
  { query: 'quit job take money out', page: '/guides/rule-of-55/' },
  { query: 'public safety employees', page: '/guides/rule-of-55/' },
  { query: 'retire at 55 401k', page: '/guides/rule-of-55/' },
  // A loan question about leaving a job is about the loan offset, not the rule of 55.
  { query: '401k loan if i get fired', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'what happens to my 401k loan if i quit', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'hardship withdrawal for medical bills', page: '/guides/hardship-withdrawals/' },
  // Hardship
  { query: 'hardship withdrawal', page: '/guides/hardship-withdrawals/' },
  { query: 'hardship withdrawl', page: '/guides/hardship-withdrawals/' },
  { query: 'hardhsip', page: '/guides/hardship-withdrawals/' },
  { query: 'is a hardship withdrawal taxed', page: '/guides/hardship-withdrawals/' },
  { query: 'take money out while still working', page: '/guides/hardship-withdrawals/' },
  { query: 'prevent eviction', page: '/guides/hardship-withdrawals/' },
  // Tax on a withdrawal, withholding, forms
  { query: 'tax on 401k withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how much tax do i pay on a 401k withdrawal', page: '/checks/early-withdrawal/' },
  { query: 'are 401k withdrawals taxed as ordinary income', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'withholding 20%', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'why was 20% withheld', page: '/guides/how-withdrawals-are-taxed/' },
  { query: '1099-r', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'after tax contributions withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'distrubution', page: '/guides/how-withdrawals-are-taxed/' },
  // Rollovers and conversions
  { query: 'indirect rollover', page: '/guides/rollovers-and-roth-conversions/' },
  { query: '60 day rollover', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'move 401k to ira after leaving job', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'convert 401k to roth', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'mega backdoor roth', page: '/guides/rollovers-and-roth-conversions/' },
  // State tax, the self-employed, the Saver's Credit
  { query: 'state tax on 401k withdrawal', page: '/guides/state-income-tax/' },
  { query: 'does california tax 401k withdrawals', page: '/guides/state-income-tax/' },
  { query: 'nj 401k tax', page: '/guides/state-income-tax/' },
  { query: 'solo 401k', page: '/guides/self-employed-401k/' },
  { query: 'self employed 401k contribution', page: '/guides/self-employed-401k/' },
  { query: 'savers credit', page: '/guides/savers-credit/' },
  // Other plans, inherited accounts
  { query: '403b', page: '/guides/403b-and-457b-plans/' },
  { query: '457b early withdrawal penalty', page: '/guides/403b-and-457b-plans/' },
  { query: 'inherited 401k', page: '/guides/inherited-401k/' },
  { query: 'my dad died and left me his 401k', page: '/guides/inherited-401k/' },
  { query: 'beneficiary ten year rule', page: '/guides/inherited-401k/' },
  { query: 'stretch ira', page: '/guides/inherited-401k/' },
  { query: 'tax credit for retirement contributions', page: '/guides/savers-credit/' },
  // RMDs
  { query: 'rmd', page: '/guides/required-minimum-distributions/' },
  { query: 'required minimum distribution age', page: '/guides/required-minimum-distributions/' },
  { query: 'requird minimum distribution', page: '/guides/required-minimum-distributions/' },
  { query: 'missed rmd penalty', page: '/guides/required-minimum-distributions/' },
  { query: 'do i have to take rmd if still working', page: '/guides/required-minimum-distributions/' },
  // Retirement income
  { query: 'is social security taxable if i take 401k withdrawals', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'taxes in retirement', page: '/guides/retirement-income-and-your-tax-return/' },
  // Income tax on the withdrawal itself, not the after-tax money of the rollovers guide.
  { query: 'is 401k taxed after retirement', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'will i get a 1099 for my 401k', page: '/guides/how-withdrawals-are-taxed/' },
  // Roth
  { query: 'roth 401k withdrawal rules', page: '/guides/roth-401k-withdrawals/' },
  { query: 'roth 5 year rule', page: '/guides/roth-401k-withdrawals/' },
  { query: 'is my roth withdrawal tax free', page: '/guides/roth-401k-withdrawals/' },
  { query: 'roht 401k', page: '/guides/roth-401k-withdrawals/' },
  // Loans
  { query: '401k loan', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'what happens if i default on my 401k loan', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'loan after leaving job', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'borrow from 401k', page: '/guides/401k-loans-vs-withdrawals/' },
  // Losses
  { query: 'can i deduct 401k losses', page: '/guides/401k-losses/' },
  { query: 'stock market crash 401k', page: '/guides/401k-losses/' },
  { query: 'wash sale', page: '/guides/401k-losses/' },
  // Contributions
  { query: 'contribution limit', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'catch up contributions', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'is my 401k contribution deductible', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'excess deferral', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'changed jobs contribution limit', page: '/guides/401k-contributions-and-taxes/' },
  // The what-if checks, by the words readers use for a calculator
  { query: 'calculator', page: '/checks/early-withdrawal/' },
  { query: '401k withdrawal calculator', page: '/checks/early-withdrawal/' },
  { query: 'early withdrawal penalty calculator', page: '/checks/early-withdrawal/' },
  { query: 'estimate tax on cashing out 401k', page: '/checks/early-withdrawal/' },
  { query: 'how much will i lose if i cash out my 401k', page: '/checks/early-withdrawal/' },
  { query: 'which exceptions apply to me', page: '/checks/exceptions/' },
  { query: 'hardship withdrawal calculator', page: '/checks/hardship/' },
  { query: '401k loan calculator', page: '/checks/loan/' },
  { query: 'roth conversion calculator', page: '/checks/rollover/' },
  { query: 'contribution limit calculator', page: '/checks/contribution-limits/' },
  { query: 'is my roth withdrawal qualified calculator', page: '/checks/roth-distribution/' },
  { query: 'how much is my rmd this year', page: '/checks/rmd/' },
  // Myths, only in their own words
  { query: 'hardship withdrawals are penalty free', page: '/guides/401k-myths/' },
  { query: '401k myths', page: '/guides/401k-myths/' },
  // Reference
  { query: 'glossary', page: '/guides/glossary/' },
  { query: 'what does vested mean', page: '/guides/glossary/' },
  // The taxation guide works an NUA example through; the glossary only defines the term.
  { query: 'net unrealized appreciation', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'is this tax advice', page: '/guides/sources-and-method/' },
  // Asked in plain words, found in the vocabulary (2026-12-01 reader-query run).
  { query: 'does 401k lower my taxable income', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'are 401k contributions subject to social security tax', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'is roth 401k better', page: '/guides/401k-taxes-at-a-glance/' },
  { query: 'rule of 50', page: '/guides/rule-of-55/' },
  { query: 'use 401k to buy house', page: '/guides/early-withdrawals/' },
  { query: 'what is the penalty for taking money out of 401k', page: '/guides/early-withdrawals/' },
  { query: 'hardship withdrawal to buy a house', page: '/guides/hardship-withdrawals/' },
  { query: 'can i roll over a hardship withdrawal', page: '/guides/hardship-withdrawals/' },
  { query: 'roth 401k early withdrawal', page: '/guides/roth-401k-withdrawals/' },
  { query: 'mom passed away 401k', page: '/guides/inherited-401k/' },
  { query: 'inheriting a 401k tax', page: '/guides/inherited-401k/' },
  { query: 'inherited 401k rmd', page: '/guides/inherited-401k/' },
  { query: 'inherited 401k early withdrawal penalty', page: '/guides/inherited-401k/' },
  { query: 'death distribution code 4', page: '/guides/inherited-401k/' },
  { query: '1099-r code l', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'w-4r', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'is 401k taxed twice', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how to report 401k withdrawal on tax return', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how to avoid taxes on rollover', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'state withholding 401k', page: '/guides/state-income-tax/' },
  { query: 'aca subsidy 401k withdrawal', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'estimated taxes on 401k withdrawal', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'withholding is the tax i owe', page: '/guides/401k-myths/' },
  { query: 'eligible rollover distribution definition', page: '/guides/glossary/' },
  // The reader's age decides which page answers taking money out; a sum of their own asks for a check.
  { query: 'withdraw 401k at 45', page: '/guides/early-withdrawals/' },
  { query: 'when can i take money out of my 401k', page: '/guides/early-withdrawals/' },
  { query: 'how old do you have to be to cash out 401k', page: '/guides/early-withdrawals/' },
  { query: 'taking 401k at 60', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'still working past 73', page: '/guides/required-minimum-distributions/' },
  { query: 'what will i owe if i cash out', page: '/checks/early-withdrawal/' },
  { query: 'what would i pay in taxes if i withdraw 20000', page: '/checks/early-withdrawal/' },
  { query: 'how much to withdraw to get 10000 after taxes', page: '/checks/hardship/' },
  // Ages with leaving or retiring, limits stated with their figure, plain words (2026-12-01 second reader-query run).
  { query: 'retire at 54', page: '/guides/rule-of-55/' },
  { query: 'retire at 52', page: '/guides/early-withdrawals/' },
  { query: 'retire at 50 401k', page: '/guides/early-withdrawals/' },
  { query: 'retire at 56 401k penalty', page: '/guides/rule-of-55/' },
  { query: 'laid off at 54 401k', page: '/guides/rule-of-55/' },
  { query: 'taken out 10000 at 45 how much tax', page: '/checks/early-withdrawal/' },
  { query: '401k loan limit 50000', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'disabled can i withdraw 401k', page: '/guides/early-withdrawals/' },
  { query: 'do i have to pay taxes on my 401k after 65', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'does 401k reduce agi', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'cash out 401k at 40', page: '/guides/early-withdrawals/' },
  { query: 'i am 58 and want to withdraw from my 401k', page: '/guides/early-withdrawals/' },
  { query: 'using 401k to pay off credit card debt', page: '/guides/early-withdrawals/' },
  { query: '401k withdrawal for college tuition', page: '/guides/early-withdrawals/' },
  { query: '401k split in divorce', page: '/guides/early-withdrawals/' },
  { query: 'terminal illness 401k withdrawal', page: '/guides/early-withdrawals/' },
  { query: 'lost my job can i cash out my 401k', page: '/guides/rule-of-55/' },
  { query: 'rule of 55 rollover to ira', page: '/guides/rule-of-55/' },
  { query: 'firefighter rule of 50', page: '/guides/rule-of-55/' },
  { query: 'how to set up 72t payments', page: '/guides/rule-of-55/' },
  { query: 'super catch up 2026', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'over contributed 401k', page: '/guides/401k-contributions-and-taxes/' },
  { query: '401k loan offset', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'is a 401k loan taxable', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'hardship withdrawal eviction', page: '/guides/hardship-withdrawals/' },
  { query: '1099r code 7', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'rmd age 75', page: '/guides/required-minimum-distributions/' },
  { query: 'still working at 75 rmd', page: '/guides/required-minimum-distributions/' },
  { query: 'my husband died what happens to his 401k', page: '/guides/inherited-401k/' },
  { query: 'non spouse beneficiary 401k', page: '/guides/inherited-401k/' },
  { query: 'will my 401k withdrawal affect my social security', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'irmaa 401k', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'does texas tax 401k withdrawals', page: '/guides/state-income-tax/' },
  { query: 'form 5500-ez', page: '/guides/self-employed-401k/' },
  { query: "saver's match", page: '/guides/savers-credit/' },
  { query: 'tsp withdrawal', page: '/guides/403b-and-457b-plans/' },
  { query: 'my 401k lost money', page: '/guides/401k-losses/' },
  { query: 'cash out 25000 401k tax', page: '/checks/early-withdrawal/' },
  { query: 'hurricane 401k withdrawal', page: '/guides/early-withdrawals/' },
  { query: 'inherted 401k', page: '/guides/inherited-401k/' },
  { query: 'rolover', page: '/guides/rollovers-and-roth-conversions/' },
  // Subjects the guides gained: employer contributions, in-service distributions at 59½, what periodic payments commit you to.
  { query: 'is employer match taxed', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'nonelective contributions tax', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'roth employer match', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'safe harbor nonelective', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'in service withdrawal at 59 1/2', page: '/guides/hardship-withdrawals/' },
  { query: 'withdraw from 401k at 59 and a half while still working', page: '/guides/hardship-withdrawals/' },
  { query: 'can i take money from my 401k while still employed at 60', page: '/guides/hardship-withdrawals/' },
  { query: 'sepp recapture', page: '/guides/rule-of-55/' },
  { query: 'what happens if i stop my 72t payments', page: '/guides/rule-of-55/' },
  // Third reader-query run: life events, ages, Roth and RMD questions, words with digits weighed by the pages holding them.
  { query: '401k loan for home purchase 15 years', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'roth 401k tax free after 59 1/2', page: '/guides/roth-401k-withdrawals/' },
  { query: 'is roth 401k taxed when withdrawn', page: '/guides/roth-401k-withdrawals/' },
  { query: 'can i roll over my rmd', page: '/guides/required-minimum-distributions/' },
  { query: 'rmd penalty waiver', page: '/guides/required-minimum-distributions/' },
  { query: '401k down 20 percent', page: '/guides/401k-losses/' },
  { query: 'underpayment penalty 401k', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: '457b withdrawal no penalty', page: '/guides/403b-and-457b-plans/' },
  { query: 'employer 401k match social security tax', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'profit sharing contribution tax', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'got laid off what to do with 401k', page: '/guides/rule-of-55/' },
  { query: 'laid off at 60 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'retiring at 58', page: '/guides/rule-of-55/' },
  { query: 'retiring at 45', page: '/guides/early-withdrawals/' },
  { query: 'i turn 55 in december can i retire in june', page: '/guides/rule-of-55/' },
  { query: 'will a 401k withdrawal push me into a higher tax bracket', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'does 401k withdrawal count as income for social security', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'ex wife 401k qdro penalty', page: '/guides/early-withdrawals/' },
  { query: 'inherited 401k from mother', page: '/guides/inherited-401k/' },
  { query: 'trust as beneficiary 401k', page: '/guides/inherited-401k/' },
  { query: '401k loan laid off', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'do i pay taxes on a 401k rollover', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'rmd born 1960', page: '/guides/required-minimum-distributions/' },
  { query: 'qualified charitable distribution from 401k', page: '/guides/required-minimum-distributions/' },
  { query: 'which states dont tax 401k withdrawals', page: '/guides/state-income-tax/' },
  { query: 'can i avoid 20% withholding', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'adopting a child 401k withdrawal', page: '/guides/early-withdrawals/' },
  { query: '401k withdrawal for student loans', page: '/guides/early-withdrawals/' },
  { query: 'what is a qdro', page: '/guides/early-withdrawals/' },
  // Fourth run: "age" before an age is part of it, a loan's or a hardship's purpose is not an exception, Roth conversions' clocks.
  { query: 'age 70 401k withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'take 50k out of 401k tax', page: '/checks/early-withdrawal/' },
  { query: 'loan from 401k to pay off debt', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'borrow from 401k to buy house', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'can i take a hardship withdrawal for a car', page: '/guides/hardship-withdrawals/' },
  { query: 'hardship withdrawal unemployment', page: '/guides/hardship-withdrawals/' },
  { query: 'roth in plan conversion 5 year', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'after tax contributions to roth ira', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'how do i report hardship withdrawal on taxes', page: '/guides/hardship-withdrawals/' },
  { query: '401k vs roth 401k', page: '/guides/401k-taxes-at-a-glance/' },
  { query: 'penalty for cashing out 401(k) at 35', page: '/guides/early-withdrawals/' },
  { query: 'im 63 what taxes do i pay on 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'rule 55', page: '/guides/rule-of-55/' },
  { query: 'does employer match count toward 401k limit', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'withdrawing $15,000 from 401k', page: '/checks/early-withdrawal/' },
  { query: 'separation from service age 50 police', page: '/guides/rule-of-55/' },
  // Fifth run: misspellings as typed, and contributing after retiring.
  { query: 'contribute to 401k after retirement', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'rule of fifty five', page: '/guides/rule-of-55/' },
  { query: 'rollover to roth ira', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'hardsip', page: '/guides/hardship-withdrawals/' },
  { query: 'harship withdrawal', page: '/guides/hardship-withdrawals/' },
  { query: 'dissability', page: '/guides/early-withdrawals/' },
  { query: 'divorse', page: '/guides/early-withdrawals/' },
  { query: 'savors credit', page: '/guides/savers-credit/' },
  { query: 'social secuirty', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'ctach up contribution', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'terminal ilness', page: '/guides/early-withdrawals/' },
  { query: 'inheritted ira', page: '/guides/inherited-401k/' },
  { query: 'loan defualt', page: '/guides/401k-loans-vs-withdrawals/' },
  // Sixth run: questions as asked (should I, what happens, can I); a rate typed without its percent sign is not an age.
  { query: 'can i cash out my 401k while employed', page: '/guides/hardship-withdrawals/' },
  { query: 'can i close my 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'do i have to report 401k on taxes', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'will i get a tax refund after 401k withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'why was my 401k withdrawal taxed at 20', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'should i take a 401k loan', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'what happens to my 401k if i quit', page: '/guides/rule-of-55/' },
  { query: "what happens if i don't take my rmd", page: '/guides/required-minimum-distributions/' },
  { query: 'are rmds taxable', page: '/guides/required-minimum-distributions/' },
  { query: 'what if i miss the 60 day rollover', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'is the rule of 55 worth it', page: '/guides/rule-of-55/' },
  { query: 'can i withdraw from 401k at 62', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'what is the tax rate on 401k withdrawals after 59 1/2', page: '/guides/how-withdrawals-are-taxed/' },
  // Seventh run: a sum that is the rule's own figure, "how much" asked of no one, two ages in one question.
  { query: '10000 first home', page: '/guides/early-withdrawals/' },
  { query: 'first time home buyer 401k', page: '/guides/early-withdrawals/' },
  { query: '10k first time homebuyer exception 401k', page: '/guides/early-withdrawals/' },
  { query: 'roth catch up 150000', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'mandatory roth catch up', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'how much is withheld', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how much federal tax is withheld from 401k withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how much is withheld from a hardship withdrawal', page: '/guides/hardship-withdrawals/' },
  { query: 'separated at 52 now 55', page: '/guides/rule-of-55/' },
  { query: 'left my job at 53 and turned 55 can i withdraw', page: '/guides/rule-of-55/' },
  { query: 'how much of my social security is taxable', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: 'why did i owe taxes after 401k withdrawal', page: '/guides/how-withdrawals-are-taxed/' },
  { query: '1099-r code 2', page: '/guides/early-withdrawals/' },
  { query: 'beneficiary under 59 1/2 penalty', page: '/guides/inherited-401k/' },
  { query: 'is it true that hardship withdrawals have no penalty', page: '/guides/401k-myths/' },
  { query: 'house fire 401k withdrawal', page: '/guides/hardship-withdrawals/' },
  { query: 'pro rata after tax 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'mega back door roth', page: '/guides/rollovers-and-roth-conversions/' },
  // A 401(k) paid as an annuity (the taxation guide's section), and bankruptcy and Medicaid, answered in brief where the site says what it does not cover.
  { query: '401k annuity', page: '/guides/how-withdrawals-are-taxed/' },
  { query: '401k paid as an annuity taxes', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'monthly payments from 401k taxed', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'simplified method', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'pub 939 general rule', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'withholding on monthly pension payments', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'annuitize 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'joint and survivor annuity 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: '401k loan monthly payments', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'sepp monthly payments', page: '/guides/early-withdrawals/' },
  { query: '401k bankruptcy', page: '/guides/sources-and-method/' },
  { query: 'is my 401k protected in bankruptcy', page: '/guides/sources-and-method/' },
  { query: 'can creditors take my 401k', page: '/guides/sources-and-method/' },
  { query: 'does medicaid count my 401k', page: '/guides/sources-and-method/' },
  // Eighth run: "can i", "do i pay", withholding on RMDs, form names typed with their hyphen.
  { query: 'can i take out my 401k at 55 if i still work', page: '/guides/hardship-withdrawals/' },
  { query: 'do i pay social security tax on 401k withdrawals', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how are 401k withdrawals taxed in retirement', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'how much is the penalty for early withdrawal', page: '/guides/early-withdrawals/' },
  { query: 'what happens to 401k when you change jobs', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'new job old 401k', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'borrow 50k from 401k', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'federal tax withholding on rmd', page: '/guides/required-minimum-distributions/' },
  { query: 'can i have taxes withheld from my rmd', page: '/guides/required-minimum-distributions/' },
  { query: 'penalty for not withholding enough', page: '/guides/retirement-income-and-your-tax-return/' },
  { query: '401k loan double taxation', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: '401k tax deduction', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'losses in 401k tax deduction', page: '/guides/401k-losses/' },
  { query: '1099-r code m', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'w-4p', page: '/guides/how-withdrawals-are-taxed/' },
  // Ninth run: a misspelling the terms list weighs as the word it stands for; public-safety jobs by name; beneficiaries.
  { query: '401k withdrawl penalty', page: '/guides/early-withdrawals/' },
  { query: 'early withdrawl penality', page: '/guides/early-withdrawals/' },
  { query: 'best way to withdraw 401k in retirement to minimize taxes', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'withholding certificate pension', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'air traffic controller early withdrawal', page: '/guides/rule-of-55/' },
  { query: 'hardship distribution vs loan', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'hardship withdrawal after 59 1/2', page: '/guides/hardship-withdrawals/' },
  { query: 'do 401k contributions count against social security', page: '/guides/401k-contributions-and-taxes/' },
  { query: '1099 worker 401k', page: '/guides/self-employed-401k/' },
  { query: 'inherited 401k lump sum', page: '/guides/inherited-401k/' },
  { query: 'disabled beneficiary 401k', page: '/guides/inherited-401k/' },
  { query: 'code 1 on 1099-r but i qualify for exception', page: '/guides/early-withdrawals/' },
  { query: 'what does rmd stand for', page: '/guides/glossary/' },
  { query: 'tsp early withdrawal', page: '/guides/403b-and-457b-plans/' },
  // Tenth run: stories with two ages or a sum, reporting, beneficiaries, purposes that are no exception.
  { query: 'left employer at 50 now 56 penalty', page: '/guides/rule-of-55/' },
  { query: 'took $8,000 out of my 401k', page: '/checks/early-withdrawal/' },
  { query: '401k withdrawal 2025 tax return', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'does the penalty apply to after tax money', page: '/guides/early-withdrawals/' },
  { query: 'does 401k match count as income', page: '/guides/401k-contributions-and-taxes/' },
  { query: 'unvested money when i quit', page: '/guides/glossary/' },
  { query: 'how long can i leave money in 401k', page: '/guides/required-minimum-distributions/' },
  { query: 'should i cash out or roll over', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'do i report a rollover on my taxes', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'pro rata rule roth conversion 401k', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'my mom left me her 401k do i pay taxes', page: '/guides/inherited-401k/' },
  { query: 'spouse beneficiary roll into own ira', page: '/guides/inherited-401k/' },
  { query: "can i roll my 401k into my spouse's ira", page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'estate beneficiary 401k five year rule', page: '/guides/inherited-401k/' },
  { query: 'can i withdraw 401k to pay for wedding', page: '/guides/early-withdrawals/' },
  { query: '401k for ivf', page: '/guides/early-withdrawals/' },
  { query: 'retire at 70 rmd', page: '/guides/required-minimum-distributions/' },
  // Eleventh run: retirees' questions, divorce orders, stories with two ages.
  { query: 'tax free 401k withdrawal age', page: '/guides/how-withdrawals-are-taxed/' },
  { query: '401k divorce judgment', page: '/guides/early-withdrawals/' },
  { query: 'child support 401k', page: '/guides/early-withdrawals/' },
  { query: 'rmd and roth conversion same year', page: '/guides/required-minimum-distributions/' },
  { query: 'roth conversion before rmd', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'left job at 54 in december now 56', page: '/guides/rule-of-55/' },
  { query: 'laid off at 53 turning 55 next year', page: '/guides/rule-of-55/' },
  { query: 'w4r 401k', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'is my 401k safe from creditors', page: '/guides/sources-and-method/' },
  { query: 'annuity starting date', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'are 401k withdrawals taxed after age 59', page: '/guides/early-withdrawals/' },
  // Twelfth run: whether age makes a withdrawal tax-free (it does not, for pre-tax money).
  { query: 'are withdrawals after 65 tax free', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'are 401k withdrawals tax free at 70', page: '/guides/how-withdrawals-are-taxed/' },
  // The reader's state or inherited account decides the answer to the rest of the question.
  { query: 'nj early withdrawal penalty', page: '/guides/state-income-tax/' },
  { query: 'texas 401k early withdrawal penalty', page: '/guides/state-income-tax/' },
  { query: 'cash out vs rollover 401k', page: '/guides/rollovers-and-roth-conversions/' },
  // Words the vocabulary lacked: which plan the rule of 55 covers, starting a 72(t) series (its methods and lock-in are
  // in the rule-of-55 guide), capital-gain rates, rolling over on leaving, a check made out to the reader, borrowing
  // to pay a card, a disabled Roth owner, a solo 401(k)'s room.
  { query: 'rule of 55 old 401k from previous employer', page: '/guides/rule-of-55/' },
  { query: 'how to set up 72t payments from 401k', page: '/guides/rule-of-55/' },
  { query: '401k withdrawal capital gains tax rate', page: '/guides/how-withdrawals-are-taxed/' },
  { query: 'roll over 401k after quitting', page: '/guides/rollovers-and-roth-conversions/' },
  { query: '401k rollover check made out to me', page: '/guides/rollovers-and-roth-conversions/' },
  { query: 'borrow from 401k to pay off credit card', page: '/guides/401k-loans-vs-withdrawals/' },
  { query: 'roth 401k disability withdrawal', page: '/guides/roth-401k-withdrawals/' },
  { query: 'how much can i put in a solo 401k', page: '/guides/self-employed-401k/' },
];

/** Queries whose first result must also open at a named heading of that page. */
const HEADINGS: { query: string; guide: string; heading: string }[] = [
  { query: '72t', guide: 'early-withdrawals', heading: 'The exceptions' },
  { query: 'hardship penalty', guide: 'hardship-withdrawals', heading: 'The tax bill' },
  { query: 'catch up', guide: '401k-contributions-and-taxes', heading: 'Catch-up contributions' },
  { query: 'withholding 20%', guide: 'how-withdrawals-are-taxed', heading: 'Mandatory withholding on eligible rollover distributions' },
  { query: 'do i pay tax on my 401k withdrawal', guide: 'how-withdrawals-are-taxed', heading: 'Ordinary income, whenever you take it' },
  { query: 'will i pay tax on 401k at 62', guide: 'how-withdrawals-are-taxed', heading: 'Ordinary income, whenever you take it' },
  { query: 'loan default', guide: '401k-loans-vs-withdrawals', heading: 'If you miss payments: default and deemed distributions' },
  { query: 'wash sale', guide: '401k-losses', heading: 'The wash-sale trap' },
  { query: 'rmd penalty', guide: 'required-minimum-distributions', heading: 'If you miss an RMD' },
  { query: 'rule of 55 calendar year', guide: 'rule-of-55', heading: 'The calendar-year test' },
  { query: 'savers credit income limit', guide: 'savers-credit', heading: 'The rates and income limits' },
  { query: 'in plan roth conversion', guide: 'rollovers-and-roth-conversions', heading: 'Converting inside the plan' },
  { query: 'employer match taxes', guide: '401k-contributions-and-taxes', heading: 'Employer contributions: matching and nonelective' },
  { query: 'are employer contributions taxable', guide: '401k-contributions-and-taxes', heading: 'Employer contributions: matching and nonelective' },
  { query: 'in-service distribution 59.5', guide: 'hardship-withdrawals', heading: 'At 59½ or older: in-service distributions' },
  { query: 'modify sepp', guide: 'rule-of-55', heading: 'Left too early? Substantially equal periodic payments' },
  { query: 'first time home buyer 401k', guide: 'early-withdrawals', heading: 'First home, college, health insurance: exceptions for IRAs only' },
  { query: '10000 first home', guide: 'early-withdrawals', heading: 'First home, college, health insurance: exceptions for IRAs only' },
  { query: 'roth catch up 150000', guide: '401k-contributions-and-taxes', heading: 'Higher earners: catch-ups must be Roth from 2026' },
  { query: 'separated at 52 now 55', guide: 'rule-of-55', heading: 'The calendar-year test' },
  { query: '401k annuity', guide: 'how-withdrawals-are-taxed', heading: 'An annuity instead of a lump sum: monthly payments for life' },
  { query: 'simplified method', guide: 'how-withdrawals-are-taxed', heading: 'An annuity instead of a lump sum: monthly payments for life' },
  { query: 'is my 401k protected in bankruptcy', guide: 'sources-and-method', heading: 'What the site does not cover' },
  { query: 'medicaid 401k', guide: 'sources-and-method', heading: 'What the site does not cover' },
  { query: 'federal tax withholding on rmd', guide: 'required-minimum-distributions', heading: 'How RMDs are taxed and withheld' },
  { query: 'what is a 1099-r', guide: 'how-withdrawals-are-taxed', heading: 'The form you will receive: Form 1099-R' },
  { query: 'w-4p', guide: 'how-withdrawals-are-taxed', heading: 'An annuity instead of a lump sum: monthly payments for life' },
  { query: 'rmd at 73', guide: 'required-minimum-distributions', heading: 'When RMDs start: the age by birth year' },
  { query: 'what is the rmd age', guide: 'required-minimum-distributions', heading: 'When RMDs start: the age by birth year' },
  { query: 'can i delay rmd if still working', guide: 'required-minimum-distributions', heading: 'If you are still working' },
  { query: 'over 73 still working rmd', guide: 'required-minimum-distributions', heading: 'If you are still working' },
  { query: 'what qualifies as a hardship withdrawal', guide: 'hardship-withdrawals', heading: 'The seven reasons' },
  { query: '401k contribution limit 2026', guide: '401k-contributions-and-taxes', heading: 'The limits by year' },
  { query: 'penalty on inherited 401k under 59 1/2', guide: 'inherited-401k', heading: 'No additional tax after death' },
  { query: 'puerto rico 401k withdrawal tax', guide: 'sources-and-method', heading: 'What the site does not cover' },
  { query: 'qlac', guide: 'required-minimum-distributions', heading: 'What this site does not work out' },
];

/** The share of ACCEPTANCE that must put the expected page first. */
const REQUIRED_SHARE = 0.95;

const ARTICLE = '/guides/rule-of-55/';
let site: Site;

// One page per kind of reader for the file's tests (tests/harness/site.ts sharedPages); each test navigates it first.
// The test of what loads when keeps a fresh context of its own: a shared one has the search code cached.
let pages: SharedPages;
beforeAll(async () => {
  site = await openSite();
  pages = sharedPages(site);
});
beforeEach(async () => {
  await pages.reset();
});

afterAll(async () => {
  await site?.close();
});

const dialogOf = (page: Page): Locator => page.locator('dialog[data-search-dialog]');

/** Opens the dialog with `/` from wherever focus is, and waits for its search box to have focus. */
async function openWithSlash(page: Page): Promise<Locator> {
  await page.keyboard.press('/');
  const dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  return dialog;
}

/** Types a query into a search panel and waits until the status line reports its results. */
async function search(panel: Locator, query: string): Promise<string> {
  await panel.locator('input[type="search"]').fill(query);
  const status = panel.locator('[role="status"]');
  await status.filter({ hasText: `“${query}”` }).waitFor();
  return (await status.textContent()) ?? '';
}

/**
 * Types each query into the open search dialog's panel in turn, in the page, as the input event a keystroke fires, and reads
 * the result count and the first result's link once the panel says that search is done (data-search-done moves on
 * and the status names the query).
 */
async function firstResultsOf(panel: Locator, queries: string[]): Promise<{ count: number; first: string | null }[]> {
  return panel.evaluate(async (dialog, queries) => {
    const root = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    const out: { count: number; first: string | null }[] = [];
    for (const query of queries) {
      const before = root.dataset['searchDone'];
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const until = performance.now() + 20_000;
      await new Promise<void>((resolve, reject) => {
        const look = () => {
          const done = root.dataset['searchDone'];
          if (done !== undefined && done !== before && status.textContent?.includes(`“${query}”`)) resolve();
          else if (performance.now() > until) reject(new Error(`no results line for “${query}” within 20 s`));
          else setTimeout(look, 5);
        };
        look();
      });
      const results = root.querySelectorAll('.search-result');
      out.push({ count: results.length, first: results[0]?.querySelector('a')?.getAttribute('href') ?? null });
    }
    return out;
  }, queries);
}

interface FirstResult {
  href: string | null;
  heading: string | null;
  headingHref: string | null;
}

async function firstResult(panel: Locator): Promise<FirstResult> {
  const first = panel.locator('.search-result').first();
  const heading = first.locator('.search-result-headings a').first();
  const hasHeading = (await heading.count()) > 0;
  return {
    href: await first.locator('a').first().getAttribute('href'),
    heading: hasHeading ? await heading.textContent() : null,
    headingHref: hasHeading ? await heading.getAttribute('href') : null,
  };
}

describe('reader queries', () => {
  let guarded: GuardedPage;
  let dialog: Locator;

  beforeAll(async () => {
    // A page of its own: the file's shared pages are cleared of recorded problems before each test, and this one
    // records its first load's before the first test.
    guarded = await site.openPage();
    await guarded.page.goto(site.url(ARTICLE));
    dialog = await openWithSlash(guarded.page);
  });

  test(`at least ${REQUIRED_SHARE * 100}% of ${ACCEPTANCE.length} reader queries put the right page first, and every one finds something`, async () => {
    expect(ACCEPTANCE.length).toBeGreaterThanOrEqual(60);
    const rows: string[] = [];
    const wrong: string[] = [];
    const empty: string[] = [];
    // The queries are typed in the page itself, one after another, each read once its search is done: one call to the
    // page for all of them (a locator per query costs the run seconds), the same input event the search box gets
    // from the keyboard.
    const firsts = await firstResultsOf(dialog, ACCEPTANCE.map((a) => a.query));
    for (const [i, { query, page }] of ACCEPTANCE.entries()) {
      const { count, first } = firsts[i]!;
      if (count === 0) empty.push(query);
      if (first !== page) wrong.push(`${query} → ${first ?? 'nothing'} (want ${page})`);
      rows.push(`  ${first === page ? 'ok  ' : 'MISS'} ${query.padEnd(46)} → ${first ?? '—'}`);
    }
    const right = ACCEPTANCE.length - wrong.length;
    console.log(
      `reader queries: ${right} of ${ACCEPTANCE.length} right first (${((100 * right) / ACCEPTANCE.length).toFixed(1)}%), ${empty.length} without results\n${rows.join('\n')}`,
    );
    expect(empty, 'queries without results').toEqual([]);
    expect(right / ACCEPTANCE.length, wrong.join('\n')).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    guarded.assertClean();
  });

  test.each(HEADINGS)('“$query” opens $guide at “$heading”', async ({ query, guide, heading }) => {
    await search(dialog, query);
    const first = await firstResult(dialog);
    expect(first.href).toBe(`/guides/${guide}/`);
    expect(first.heading).toBe(heading);
    expect(first.headingHref).toMatch(new RegExp(`^/guides/${guide}/#[a-z0-9-]+$`));
    guarded.assertClean();
  });
});

test('“/” opens the dialog, the arrow keys move through the results, Escape closes it and focus returns to the launcher', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
  await search(dialog, 'rule of 55');

  const links = dialog.locator('.search-results a');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName ?? null);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(await links.nth(0).getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe(await links.nth(1).getAttribute('href'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('INPUT');

  await page.keyboard.press('Escape');
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-launcher'))).toBe(true);
  assertClean();
});

test('Ctrl+K opens the dialog from a focused control, and Escape gives focus back to that control', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dark = page.locator('[data-theme-choice="dark"]');
  await dark.focus();
  await page.keyboard.press('Control+k');
  const dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  await page.keyboard.press('Escape');
  expect(await dark.evaluate((b) => b === document.activeElement)).toBe(true);
  assertClean();
});

test('Enter on a result opens its page, and a heading result opens the page at that heading', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  let dialog = await openWithSlash(page);
  await search(dialog, 'loan default');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(site.url('/guides/401k-loans-vs-withdrawals/'));

  await page.keyboard.press('Control+k');
  dialog = dialogOf(page);
  await dialog.locator('input[type="search"]:focus').waitFor();
  await search(dialog, 'loan default');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#if-you-miss-payments-default-and-deemed-distributions');
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

  // Enter in the search box opens the first result.
  await page.keyboard.press('/');
  await dialog.locator('input[type="search"]:focus').waitFor();
  await search(dialog, 'rule of 55');
  await page.keyboard.press('Enter');
  await page.waitForURL(site.url('/guides/rule-of-55/'));
  assertClean();
});

test('the result count is announced in a polite live region', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  const status = dialog.locator('[role="status"]');
  expect(await status.getAttribute('aria-live')).toBeNull(); // role="status" is polite by definition
  expect(await search(dialog, 'rule of 55')).toMatch(/^\d+ results? for “rule of 55”\.$/);
  expect(await dialog.locator('input[type="search"]').getAttribute('aria-describedby')).toBe(await status.getAttribute('id'));
  assertClean();
});

test('a query with no result says so and points to the glossary', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  expect(await search(dialog, 'zzqxv')).toBe('No results for “zzqxv”.');
  expect(await dialog.locator('.search-result').count()).toBe(0);
  const glossary = dialog.getByRole('link', { name: /glossary/i });
  expect(await glossary.isVisible()).toBe(true);
  expect(await glossary.getAttribute('href')).toBe('/guides/glossary/');
  assertClean();
});

test('the topic filter narrows the results to that topic', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  const all = Number((await search(dialog, 'withdrawal')).match(/^(\d+)/)?.[1]);
  await dialog.getByLabel('Topic').selectOption('Early withdrawals');
  const status = dialog.locator('[role="status"]');
  await status.filter({ hasText: 'in Early withdrawals' }).waitFor();
  const narrowed = Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const topics = await dialog.locator('.search-result-topic').allTextContents();
  expect(topics.length).toBe(narrowed);
  expect(new Set(topics)).toEqual(new Set(['Early withdrawals']));
  assertClean();
});

test('/search/?q= is a shareable search page that keeps its address in step', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url('/search/?q=rule+of+55&topic=Early+withdrawals'));
  const panel = page.locator('[data-search-page] [data-search-panel]');
  await panel.locator('[role="status"]').filter({ hasText: '“rule of 55” in Early withdrawals' }).waitFor();
  expect((await firstResult(panel)).href).toBe('/guides/rule-of-55/');
  expect(await panel.getByLabel('Topic').inputValue()).toBe('Early withdrawals');

  await panel.getByLabel('Topic').selectOption('');
  await search(panel, 'catch up');
  expect(new URL(page.url()).search).toBe('?q=catch+up');
  // `/` on the search page goes to its own search box, not the dialog.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  expect(await panel.locator('input[type="search"]').evaluate((i) => i === document.activeElement)).toBe(true);
  assertClean();
});

test('without JavaScript, /search/?q= says search needs JavaScript and lists every guide and check', async () => {
  const { page, assertClean } = await pages.openPage({ javaScriptEnabled: false });
  await page.goto(site.url('/search/'));
  const input = page.locator('[data-search-page] input[type="search"]');
  await input.fill('rule of 55');
  await input.press('Enter');
  await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'rule of 55');
  const note = page.locator('.search-nojs');
  expect(await note.isVisible()).toBe(true);
  expect(await note.innerText()).toMatch(/^Search needs JavaScript\b/);
  expect(await page.getByRole('link', { name: 'The rule of 55' }).count()).toBeGreaterThan(0); // the guide list
  expect(await page.getByRole('heading', { name: 'All what-if checks' }).count()).toBe(1);
  expect(await page.getByRole('link', { name: 'What would an early withdrawal cost?' }).count()).toBe(1);
  expect(await page.getByRole('link', { name: 'Can you deduct a 401(k) loss?' }).count()).toBe(1);
  assertClean();
});

test('with JavaScript the search page does not show the no-JavaScript note', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url('/search/?q=rmd'));
  await page.locator('[data-search-page] [role="status"]').filter({ hasText: '“rmd”' }).waitFor();
  expect(await page.locator('.search-nojs').count()).toBe(0); // <noscript> content is not parsed into elements
  assertClean();
});

test('a misspelt query is corrected against the index’s own words, and the reader is told', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  const status = await search(dialog, 'hardhsip withdrawel');
  expect(status).toMatch(/^Showing results for “hardship withdrawal”: \d+ results?\. You searched for “hardhsip withdrawel”\.$/);
  expect((await firstResult(dialog)).href).toBe('/guides/hardship-withdrawals/');
  // A correctly spelt query is searched as typed, without the note.
  expect(await search(dialog, 'hardship')).toMatch(/^\d+ results? for “hardship”\.$/);
  assertClean();
});

test('the dialog offers no tax-year filter, which could not narrow anything', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  const dialog = await openWithSlash(page);
  expect(await dialog.locator('select').count()).toBe(1);
  expect(await dialog.getByLabel('Tax year').count()).toBe(0);
  assertClean();
});

test('search code and index load only when search is opened', async () => {
  const { page, assertClean } = await site.openPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site.url(ARTICLE));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const beforeOpen = new Set(requested);

  const dialog = await openWithSlash(page);
  await search(dialog, 'rule of 55');
  const loaded = requested.filter((p) => !beforeOpen.has(p));
  expect(loaded).toContain('/pagefind/pagefind.js');
  expect(loaded.some((p) => p.startsWith('/_astro/'))).toBe(true); // the dialog's own module
  assertClean();
});

test('Pagefind also searches on the page’s main thread under the CSP, its fallback when the worker fails', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url(ARTICLE));
  // A string, so the test runner does not rewrite the dynamic import() for Node.
  const count = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    return (await pagefind.search('rule of 55')).results.length;
  })()`);
  expect(count).toBeGreaterThan(0);
  assertClean();
});

test('synonyms are searched but never shown: not in the page text, not in excerpts', async () => {
  const { page, assertClean } = await pages.openPage();
  await page.goto(site.url('/guides/early-withdrawals/'));
  // The page's synonyms, as the index holds them (the served page no longer carries Pagefind's attributes).
  const synonyms = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    for (const r of (await pagefind.search('72t')).results) {
      const d = await r.data();
      if (d.url === '/guides/early-withdrawals/') return d.meta.synonyms;
    }
  })()`);
  expect(synonyms).toContain('72t exceptions');
  expect(await page.locator('body').innerText()).not.toContain('72t exceptions');
  const dialog = await openWithSlash(page);
  await search(dialog, '72t');
  expect(await dialog.locator('.search-results').innerText()).not.toMatch(/72t exceptions|synonyms/i);
  assertClean();
});

describe.each(['light', 'dark'] as const)('the open dialog in the %s theme', (theme) => {
  test('has no axe violations with results showing', async () => {
    const { page, assertClean } = await pages.openPage({ theme });
    await page.goto(site.url(ARTICLE));
    const dialog = await openWithSlash(page);
    await search(dialog, 'hardship penalty');
    await page.keyboard.press('ArrowDown');
    const violations = await runAxe(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await search(dialog, 'zzqxv');
    const empty = await runAxe(page);
    expect(empty, empty.join('\n')).toEqual([]);
    assertClean();
  });

  test('fits a 320 px wide screen', async () => {
    const { page, assertClean } = await pages.openPage({ theme, viewport: { width: 320, height: 640 } });
    await page.goto(site.url(ARTICLE));
    const dialog = await openWithSlash(page);
    await search(dialog, 'withholding 20%');
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    assertClean();
  });
});
