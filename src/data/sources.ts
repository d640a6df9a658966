/**
 * The source registry: every citation the site and the engine use is defined here once, with a pinpoint title and an
 * official URL (facts.md §13: cite the primary document on an official site). Figures, rules and engine steps refer to
 * these by id; a test checks that every id used anywhere resolves.
 */
import type { Source } from './schema.ts';

const usc = (section: string, anchor: string) =>
  `https://www.law.cornell.edu/uscode/text/26/${section}${anchor ? `#${anchor}` : ''}`;
const ecfr = (section: string) => `https://www.ecfr.gov/current/title-26/section-${section}`;

export const sources = {
  // Internal Revenue Code
  'irc-1-j': { title: '26 U.S.C. §1(j) — rate tables for 2018 and later', url: usc('1', 'j') },
  'irc-63-c': { title: '26 U.S.C. §63(c) — standard deduction', url: usc('63', 'c') },
  'irc-63-f': { title: '26 U.S.C. §63(f) — additional amounts for the aged and blind', url: usc('63', 'f') },
  'irc-67-g': { title: '26 U.S.C. §67(g) — miscellaneous itemized deductions not allowed', url: usc('67', 'g') },
  'irc-72-e-8': { title: '26 U.S.C. §72(e)(8) — pro rata recovery of investment in the contract', url: usc('72', 'e_8') },
  'irc-72-m-7': { title: '26 U.S.C. §72(m)(7) — meaning of disabled', url: usc('72', 'm_7') },
  'irc-72-p': { title: '26 U.S.C. §72(p) — loans treated as distributions', url: usc('72', 'p') },
  'irc-72-t-1': { title: '26 U.S.C. §72(t)(1) — 10% additional tax on early distributions', url: usc('72', 't_1') },
  'irc-72-t-2-a-i': { title: '26 U.S.C. §72(t)(2)(A)(i) — on or after age 59½', url: usc('72', 't_2_A_i') },
  'irc-72-t-2-a-ii': { title: '26 U.S.C. §72(t)(2)(A)(ii) — after death', url: usc('72', 't_2_A_ii') },
  'irc-72-t-2-a-iii': { title: '26 U.S.C. §72(t)(2)(A)(iii) — disability', url: usc('72', 't_2_A_iii') },
  'irc-72-t-2-a-iv': { title: '26 U.S.C. §72(t)(2)(A)(iv) — substantially equal periodic payments', url: usc('72', 't_2_A_iv') },
  'irc-72-t-2-a-v': { title: '26 U.S.C. §72(t)(2)(A)(v) — separation from service after age 55', url: usc('72', 't_2_A_v') },
  'irc-72-t-2-a-vi': { title: '26 U.S.C. §72(t)(2)(A)(vi) — ESOP dividends', url: usc('72', 't_2_A_vi') },
  'irc-72-t-2-a-vii': { title: '26 U.S.C. §72(t)(2)(A)(vii) — IRS levy', url: usc('72', 't_2_A_vii') },
  'irc-72-t-2-a-viii': { title: '26 U.S.C. §72(t)(2)(A)(viii) — federal phased retirement', url: usc('72', 't_2_A_viii') },
  'irc-72-t-2-b': { title: '26 U.S.C. §72(t)(2)(B) — medical expenses', url: usc('72', 't_2_B') },
  'irc-72-t-2-c': { title: '26 U.S.C. §72(t)(2)(C) — payments to alternate payees under a QDRO', url: usc('72', 't_2_C') },
  'irc-72-t-2-d': { title: '26 U.S.C. §72(t)(2)(D) — health insurance premiums of the unemployed (IRAs)', url: usc('72', 't_2_D') },
  'irc-72-t-2-e': { title: '26 U.S.C. §72(t)(2)(E) — higher education expenses (IRAs)', url: usc('72', 't_2_E') },
  'irc-72-t-2-f': { title: '26 U.S.C. §72(t)(2)(F) — first-time home purchases (IRAs)', url: usc('72', 't_2_F') },
  'irc-72-t-2-g': { title: '26 U.S.C. §72(t)(2)(G) — qualified reservist distributions', url: usc('72', 't_2_G') },
  'irc-72-t-2-h': { title: '26 U.S.C. §72(t)(2)(H) — qualified birth or adoption distributions', url: usc('72', 't_2_H') },
  'irc-72-t-2-i': { title: '26 U.S.C. §72(t)(2)(I) — emergency personal expense distributions', url: usc('72', 't_2_I') },
  'irc-72-t-2-k': { title: '26 U.S.C. §72(t)(2)(K) — distributions to domestic abuse victims', url: usc('72', 't_2_K') },
  'irc-72-t-2-l': { title: '26 U.S.C. §72(t)(2)(L) — terminally ill individuals', url: usc('72', 't_2_L') },
  'irc-72-t-2-m': { title: '26 U.S.C. §72(t)(2)(M) — qualified disaster recovery distributions', url: usc('72', 't_2_M') },
  'irc-72-t-2-n': { title: '26 U.S.C. §72(t)(2)(N) — qualified long-term care distributions', url: usc('72', 't_2_N') },
  'irc-72-t-4': { title: '26 U.S.C. §72(t)(4) — recapture when periodic payments are modified', url: usc('72', 't_4') },
  'irc-72-t-10': { title: '26 U.S.C. §72(t)(10) — qualified public safety employees', url: usc('72', 't_10') },
  'irc-72-t-11': { title: '26 U.S.C. §72(t)(11) — qualified disaster recovery distributions', url: usc('72', 't_11') },
  'irc-401-a-9': { title: '26 U.S.C. §401(a)(9) — required minimum distributions', url: usc('401', 'a_9') },
  'irc-401-k-8': { title: '26 U.S.C. §401(k)(8) — correction of excess contributions', url: usc('401', 'k_8') },
  'irc-402-c': { title: '26 U.S.C. §402(c) — rollovers; eligible rollover distributions', url: usc('402', 'c') },
  'irc-402-c-4': { title: '26 U.S.C. §402(c)(4) — what is not an eligible rollover distribution', url: usc('402', 'c_4') },
  'irc-402-e-3': { title: '26 U.S.C. §402(e)(3) — elective deferrals excluded from income', url: usc('402', 'e_3') },
  'irc-402-g': { title: '26 U.S.C. §402(g) — limit on elective deferrals', url: usc('402', 'g') },
  'irc-402a': { title: '26 U.S.C. §402A — designated Roth accounts', url: usc('402A', '') },
  'irc-402a-d-2': { title: '26 U.S.C. §402A(d)(2) — qualified distributions from a designated Roth account', url: usc('402A', 'd_2') },
  'irc-414-v': { title: '26 U.S.C. §414(v) — catch-up contributions', url: usc('414', 'v') },
  'irc-414-v-2-e': { title: '26 U.S.C. §414(v)(2)(E) — increased catch-up at ages 60 to 63', url: usc('414', 'v_2_E') },
  'irc-414-v-7': { title: '26 U.S.C. §414(v)(7) — catch-ups of higher earners must be Roth', url: usc('414', 'v_7') },
  'irc-414-w': { title: '26 U.S.C. §414(w) — eligible automatic contribution arrangements', url: usc('414', 'w') },
  'irc-415-c': { title: '26 U.S.C. §415(c) — limit on annual additions', url: usc('415', 'c') },
  'irc-401-a-17': { title: '26 U.S.C. §401(a)(17) — compensation limit', url: usc('401', 'a_17') },
  'irc-219-b-5': { title: '26 U.S.C. §219(b)(5) — IRA deductible amount', url: usc('219', 'b_5') },
  'irc-416-i-1-b': { title: '26 U.S.C. §416(i)(1)(B) — meaning of 5-percent owner', url: usc('416', 'i_1_B') },
  'irc-4974': { title: '26 U.S.C. §4974 — excise tax on certain accumulations in qualified retirement plans', url: usc('4974', '') },
  'irc-67-a': { title: '26 U.S.C. §67(a) — 2-percent floor on miscellaneous itemized deductions', url: usc('67', 'a') },
  'irc-1091': { title: '26 U.S.C. §1091 — loss from wash sales of stock or securities', url: usc('1091', '') },
  'irc-3121-v-1-a': { title: '26 U.S.C. §3121(v)(1)(A) — elective deferrals remain FICA wages', url: usc('3121', 'v_1_A') },
  'irc-3405': { title: '26 U.S.C. §3405 — withholding on pensions, annuities and certain other deferred income', url: usc('3405', '') },
  'irc-3405-b': { title: '26 U.S.C. §3405(b) — 10% withholding on nonperiodic distributions', url: usc('3405', 'b') },
  'irc-3405-c': { title: '26 U.S.C. §3405(c) — 20% withholding on eligible rollover distributions', url: usc('3405', 'c') },
  // Treasury regulations
  'reg-1-401k-1-d-3': { title: 'Treas. Reg. §1.401(k)-1(d)(3) — hardship distributions', url: ecfr('1.401(k)-1') },
  'reg-1-402a-1': { title: 'Treas. Reg. §1.402A-1 — designated Roth accounts (Q&A-2 to Q&A-5)', url: ecfr('1.402A-1') },
  'reg-1-402g-1-e': { title: 'Treas. Reg. §1.402(g)-1(e) — correcting excess deferrals', url: ecfr('1.402(g)-1') },
  'reg-1-414v-1': { title: 'Treas. Reg. §1.414(v)-1 — catch-up contributions', url: ecfr('1.414(v)-1') },
  'reg-1-72p-1': { title: 'Treas. Reg. §1.72(p)-1 — loans treated as distributions', url: ecfr('1.72(p)-1') },
  // IRS notices, revenue procedures and rulings
  'notice-2023-75': { title: 'IRS Notice 2023-75 — 2024 plan limits', url: 'https://www.irs.gov/pub/irs-drop/n-23-75.pdf' },
  'notice-2024-80': { title: 'IRS Notice 2024-80 — 2025 plan limits', url: 'https://www.irs.gov/pub/irs-drop/n-24-80.pdf' },
  'notice-2025-67': { title: 'IRS Notice 2025-67 — 2026 plan limits', url: 'https://www.irs.gov/pub/irs-drop/n-25-67.pdf' },
  'notice-2024-55': { title: 'IRS Notice 2024-55 — emergency personal expense and domestic abuse victim distributions', url: 'https://www.irs.gov/pub/irs-drop/n-24-55.pdf' },
  'notice-2026-33': { title: 'IRS Notice 2026-33 — qualified long-term care distributions', url: 'https://www.irs.gov/pub/irs-drop/n-26-33.pdf' },
  'rev-proc-2023-34': { title: 'Rev. Proc. 2023-34 §3 — 2024 tax rate tables and standard deduction', url: 'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf' },
  'rev-proc-2024-40': { title: 'Rev. Proc. 2024-40 §3 — 2025 tax rate tables and standard deduction', url: 'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf' },
  'rev-proc-2025-32': { title: 'Rev. Proc. 2025-32 §4 — 2026 tax rate tables and standard deduction', url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf' },
  'pl-119-21': { title: 'Public Law 119-21 (2025) §§70102–70103, §70110 — standard deduction, senior deduction, miscellaneous itemized deductions', url: 'https://www.congress.gov/bill/119th-congress/house-bill/1' },
  'rev-rul-2008-5': { title: 'Rev. Rul. 2008-5, 2008-3 I.R.B. — wash sales and IRAs', url: 'https://www.irs.gov/irb/2008-03_IRB' },
  // IRS pages, forms and instructions
  'irs-topic-558': { title: 'IRS Topic No. 558 — additional tax on early distributions from retirement plans other than IRAs', url: 'https://www.irs.gov/taxtopics/tc558' },
  'irs-exceptions-chart': { title: 'IRS — Retirement topics: exceptions to tax on early distributions', url: 'https://www.irs.gov/retirement-plans/plan-participant-employee/retirement-topics-exceptions-to-tax-on-early-distributions' },
  'irs-hardship-consequences': { title: 'IRS — 401(k) plan hardship distributions: consider the consequences', url: 'https://www.irs.gov/retirement-plans/401k-plan-hardship-distributions-consider-the-consequences' },
  'irs-loans-faq': { title: 'IRS — Retirement plans FAQs regarding loans', url: 'https://www.irs.gov/retirement-plans/retirement-plans-faqs-regarding-loans' },
  'i5329': { title: 'Instructions for Form 5329 — Part I, exception numbers', url: 'https://www.irs.gov/instructions/i5329' },
  'i1099r': { title: 'Instructions for Forms 1099-R and 5498 — box 7 distribution codes', url: 'https://www.irs.gov/instructions/i1099r' },
  'iw2': { title: 'General Instructions for Forms W-2 and W-3 — box 1 wages, boxes 3 and 5, box 12 codes D and AA', url: 'https://www.irs.gov/instructions/iw2w3' },
  'i8915f': { title: 'Instructions for Form 8915-F — qualified disaster retirement plan distributions and repayments', url: 'https://www.irs.gov/instructions/i8915f' },
  'pub-501': { title: 'IRS Publication 501 — age 65 for the standard deduction (the day before your 65th birthday)', url: 'https://www.irs.gov/publications/p501' },
  'pub-590-b': { title: 'IRS Publication 590-B — age 59½ (six calendar months after your 59th birthday)', url: 'https://www.irs.gov/publications/p590b' },
  'i1040-tax-computation': { title: 'Instructions for Form 1040 — Tax Table and Tax Computation Worksheet', url: 'https://www.irs.gov/instructions/i1040gi' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
