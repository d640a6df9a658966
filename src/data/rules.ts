/**
 * Rules that hold across tax years: the cross-year figures (rates, ages, fixed caps; kept in rule-figures.ts), the
 * catalog of §72(t) exceptions, the seven hardship safe-harbor reasons and the Roth 401(k) qualified-distribution rules.
 * Figures that change by year live in `years/<year>.ts`; an exception's cap points to one of those by id.
 */
import { changesOn } from './dated.ts';
import { ruleParameters } from './parameters.ts';
import { prose } from './prose.ts';
import type { RulesData } from './schema.ts';
import { ruleFigures } from './rule-figures.ts';

/** SECURE 2.0 Act §334(d): long-term care distributions made after December 29, 2025. */
const LONG_TERM_CARE_FROM = '2025-12-30';

export const rules = {
  figures: ruleFigures,

  /** Rules whose value is not one number, held by effective date (`src/data/dated.ts`). */
  parameters: {
    ...ruleParameters,
  },

  /** The §72(t) exceptions, every row of the IRS chart, with what a 401(k) and an IRA allow. */
  exceptions: [
    {
      id: 'age-59-half', rule: 'irc-72t-2-a-i-age-59-half', name: 'Age 59½',
      condition: prose('The distribution is made on or after the date you reach 59½ ({age-59-half-months:word} calendar months after your {age-59-half-birthday:ordinal} birthday).'),
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-i', 'pub-590-b'],
      form5329: null, repayment: null, planMustOffer: false, autoDetected: true,
    },
    {
      id: 'death', rule: 'irc-72t-2-a-ii-death', name: 'Death',
      condition: 'Paid to your beneficiary or estate after your death, at any age.',
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-ii'],
      form5329: { number: '04', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'disability', rule: 'irc-72t-2-a-iii-disability', name: 'Total and permanent disability',
      condition: 'You cannot do any substantial gainful activity because of a physical or mental condition that a physician says is expected to result in death or to last indefinitely.',
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-iii', 'irc-72-m-7'],
      form5329: { number: '03', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'sepp', rule: 'irc-72t-2-a-iv-periodic-payments', name: 'Substantially equal periodic payments',
      condition: prose('Part of a series of substantially equal payments, at least yearly, over your life or life expectancy; from a 401(k) the series must begin after you separate from the employer. Changing the series early brings back, with interest, the additional tax the earlier payments would have owed without this exception (not where another exception, such as leaving in or after the year you turn {separation-age}, also covered them).'),
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-iv', 'irc-72-t-4'],
      form5329: { number: '02', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'separation-55', rule: 'irc-72t-2-a-v-separation-after-55', name: prose('Separation from service in or after the year you turn {separation-age}'),
      condition: prose('You left the employer that maintains this plan in or after the calendar year you reached {separation-age}. Only that employer’s plan qualifies, and money rolled to an IRA loses the exception.'),
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-v', 'irs-topic-558'],
      form5329: { number: '01', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: true,
    },
    {
      id: 'public-safety', rule: 'irc-72t-10-public-safety-employees', name: prose('Qualified public safety employees: age {public-safety-separation-age} or {public-safety-service-years} years of service'),
      condition: prose('A qualified public safety employee in a governmental plan (a state or local police officer, firefighter or emergency medical services provider; a federal law enforcement officer, customs and border protection officer, federal firefighter or air traffic controller) who separated in or after the calendar year of reaching {public-safety-separation-age}. For distributions after {public-safety-roles:day-before} only: separation after {public-safety-service-years} years of service under the plan, whatever the age; state and local corrections officers; and firefighters in private-sector plans.'),
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-10', 'secure-2-0-308-329-330'],
      expanded: { from: changesOn(ruleParameters['public-safety-roles'].values)!, what: prose('{public-safety-service-years} years of service; private-sector firefighters; state and local corrections officers') },
      form5329: { number: '01', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: true,
    },
    {
      id: 'esop-dividends', rule: 'irc-72t-2-a-vi-esop-dividends', name: 'ESOP dividends',
      condition: 'Dividends paid on employer stock held by an employee stock ownership plan and passed through to you.',
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-vi'],
      form5329: { number: '15', confirmed: false }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'levy', rule: 'irc-72t-2-a-vii-irs-levy', name: 'IRS levy',
      condition: 'The IRS levied the plan under §6331. Paying the IRS voluntarily does not count.',
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-vii'],
      form5329: { number: '10', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'medical', rule: 'irc-72t-2-b-medical-expenses', name: 'Unreimbursed medical expenses',
      condition: prose('Only the part of your deductible medical expenses paid this year that exceeds {medical-agi-floor}% of your adjusted gross income; you need not itemize.'),
      plan: true, ira: true, capFigure: 'medical-agi-floor', effectiveFrom: null, sources: ['irc-72-t-2-b'],
      form5329: { number: '05', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'qdro', rule: 'irc-72t-2-c-qdro-alternate-payee', name: 'Payment to an alternate payee under a QDRO',
      condition: 'Paid from the plan directly to a former spouse, child or other alternate payee under a qualified domestic relations order. A spouse or former spouse is taxed on it and may roll it over; paid to a child or other dependent, it is taxed to the participant and cannot be rolled over.',
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-c', 'irc-402-e-1'],
      form5329: { number: '06', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'health-insurance-unemployed', rule: 'irc-72t-2-d-unemployed-health-insurance', name: 'Health insurance premiums while unemployed',
      condition: prose('Health insurance premiums paid after {unemployment-compensation-weeks} consecutive weeks of unemployment compensation. IRAs only: it does not apply to a 401(k).'),
      plan: false, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-d', 'irs-exceptions-chart'],
      form5329: { number: '07', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'higher-education', rule: 'irc-72t-2-e-higher-education', name: 'Qualified higher education expenses',
      condition: 'Tuition, fees, books and supplies for post-secondary education. IRAs only: it does not apply to a 401(k).',
      plan: false, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-e', 'irs-exceptions-chart'],
      form5329: { number: '08', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'first-home', rule: 'irc-72t-2-f-first-time-homebuyer', name: 'First-time home purchase',
      condition: 'Up to a lifetime cap toward buying, building or rebuilding a first home. IRAs only: it does not apply to a 401(k).',
      plan: false, ira: true, capFigure: 'ira-first-home-cap', effectiveFrom: null, sources: ['irc-72-t-2-f', 'irs-exceptions-chart'],
      form5329: { number: '09', confirmed: true }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'reservist', rule: 'irc-72t-2-g-qualified-reservist', name: 'Qualified reservist distribution',
      condition: prose('A reservist ordered or called to active duty for more than {reservist-days} days or indefinitely, paid during the active-duty period, from amounts attributable to elective deferrals.'),
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-g'],
      form5329: { number: '11', confirmed: true }, repayment: { figure: 'reservist-repayment-years', note: prose('to an IRA, within {reservist-repayment-years} years after active duty ends') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'birth-adoption', rule: 'irc-72t-2-h-birth-or-adoption', name: 'Qualified birth or adoption',
      condition: prose('Within {birth-adoption-window-years:word} year after a child’s birth or a finalized adoption, up to the cap per child for each parent, counting every earlier birth or adoption distribution for the same child from any plan or IRA. The return must show the child’s name, age and taxpayer identification number.'),
      plan: true, ira: true, capFigure: 'birth-adoption-cap-per-child', effectiveFrom: '2020-01-01', sources: ['irc-72-t-2-h'],
      form5329: { number: '19', confirmed: false }, repayment: { figure: 'repayment-years', note: prose('within {repayment-years} years') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'emergency', rule: 'irc-72t-2-i-emergency-personal-expense', name: 'Emergency personal expense',
      condition: prose('One distribution a calendar year for an unforeseeable or immediate personal or family emergency, self-certified, up to the lesser of the cap or your vested balance above the floor. No other one in the next {emergency-lookback-years:word} calendar years unless it is repaid, or your deferrals and employee contributions to the same plan or IRA since then at least equal the part not repaid.'),
      plan: true, ira: true, capFigure: 'emergency-cap', effectiveFrom: '2024-01-01', sources: ['irc-72-t-2-i', 'notice-2024-55'],
      form5329: { number: '23', confirmed: true }, repayment: { figure: 'repayment-years', note: prose('within {repayment-years} years') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'domestic-abuse', rule: 'irc-72t-2-k-domestic-abuse-victim', name: 'Domestic abuse victim',
      condition: prose('Within {domestic-abuse-window-years:word} year after abuse by a spouse or domestic partner, self-certified, up to the lesser of the year’s cap or {domestic-abuse-balance-share:fraction} your vested balance, for all such distributions together. Plans subject to spousal-consent rules cannot offer it.'),
      plan: true, ira: true, capFigure: 'domestic-abuse-cap', effectiveFrom: '2024-01-01', sources: ['irc-72-t-2-k', 'notice-2024-55'],
      form5329: { number: '22', confirmed: false }, repayment: { figure: 'repayment-years', note: prose('within {repayment-years} years') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'terminal-illness', rule: 'irc-72t-2-l-terminal-illness', name: 'Terminal illness',
      condition: prose('A physician certifies an illness or condition reasonably expected to result in death within {terminal-illness-months} months. No dollar cap.'),
      plan: true, ira: true, capFigure: null, effectiveFrom: '2022-12-30', sources: ['irc-72-t-2-l'],
      form5329: { number: '20', confirmed: false }, repayment: { figure: 'repayment-years', note: prose('within {repayment-years} years') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'disaster', rule: 'irc-72t-2-m-qualified-disaster-recovery', name: 'Qualified disaster recovery distribution',
      condition: prose('Your main home was in a federally declared major disaster area and you had an economic loss; paid within {disaster-window-days} days after the later of the incident’s first day or the declaration, up to the cap per disaster. Reported on Form 8915-F; income is spread over {disaster-spread-years:word} years unless you elect otherwise.'),
      plan: true, ira: true, capFigure: 'disaster-cap', effectiveFrom: '2021-01-26', sources: ['irc-72-t-2-m', 'irc-72-t-11', 'i8915f'],
      form5329: null, repayment: { figure: 'repayment-years', note: prose('within {repayment-years} years, treated as a rollover') }, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'long-term-care', rule: 'irc-72t-2-n-long-term-care', name: 'Qualified long-term care distribution',
      condition: prose('Only if your plan offers it, for distributions after {from:day-before} (so {from:to-year-end} count, under the {from:year} limit): up to the least of the year’s premiums for certified long-term care insurance for you or your spouse, {long-term-care-balance-share}% of your vested balance, or the year’s cap, with the insurer’s premium statement filed with the plan. Not repayable, and not available from an IRA.', { from: LONG_TERM_CARE_FROM }),
      plan: true, ira: false, capFigure: 'long-term-care-cap', effectiveFrom: LONG_TERM_CARE_FROM, sources: ['irc-72-t-2-n', 'irc-401-a-39', 'secure-2-0-334', 'notice-2026-33'],
      form5329: null, repayment: null, planMustOffer: true, autoDetected: false,
    },
    {
      id: 'corrective', rule: 'irc-401k-8-corrective-distributions', name: 'Corrective distributions of excess contributions',
      condition: 'The plan returns excess deferrals or excess contributions (with their earnings) on time. For an IRA, see the separate row on earnings returned with an excess contribution.',
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-401-k-8', 'irc-402-g'],
      form5329: null, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'eaca-withdrawal', rule: 'irc-414w-eaca-permissive-withdrawal', name: 'Automatic-enrollment permissive withdrawal',
      condition: prose('You were enrolled automatically and opted out within the arrangement’s window (no more than {eaca-withdrawal-window-days} days after the first default contribution). IRAs: only SIMPLE IRAs and salary-reduction SEPs (SARSEPs) can have such an arrangement.'),
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-414-w', 'irc-408-p', 'irc-408-k-6'],
      form5329: { number: '18', confirmed: false }, repayment: null, planMustOffer: true, autoDetected: false,
    },
    {
      id: 'rollover', rule: 'irc-402c-rollover', name: 'Rollover',
      condition: prose('Money moved by direct rollover, or rolled over within {rollover-window-days} days, to another plan or IRA of the same tax type is not taxed, so the additional tax does not apply to it.'),
      plan: true, ira: true, capFigure: null, effectiveFrom: null, sources: ['irc-402-c'],
      form5329: null, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'phased-retirement', rule: 'irc-72t-2-a-viii-phased-retirement', name: 'Federal phased retirement annuity',
      condition: 'Phased-retirement or composite retirement annuity payments under federal civil service rules.',
      plan: true, ira: false, capFigure: null, effectiveFrom: null, sources: ['irc-72-t-2-a-viii'],
      form5329: { number: '17', confirmed: false }, repayment: null, planMustOffer: false, autoDetected: false,
    },
    {
      id: 'plesa', rule: 'irc-72t-2-j-pension-linked-emergency-savings', name: 'Pension-linked emergency savings account (PLESA)',
      condition: 'Only if your plan has one: withdrawals from a pension-linked emergency savings account, a small designated Roth side account offered to employees who are not highly compensated.',
      plan: true, ira: false, capFigure: null, effectiveFrom: '2024-01-01', sources: ['irc-72-t-2-j', 'irc-402a-e', 'notice-2024-22'],
      form5329: null, repayment: null, planMustOffer: true, autoDetected: false,
    },
    {
      id: 'ira-excess-earnings', rule: 'irc-72t-2-a-ix-excess-contribution-earnings', name: 'Earnings returned with an excess IRA contribution',
      condition: 'The earnings on an excess IRA contribution that you withdraw, with the contribution, by the due date of your return including extensions. IRAs only; a 401(k) corrects excess contributions through its own corrective distributions.',
      plan: false, ira: true, capFigure: null, effectiveFrom: '2022-12-30', sources: ['irc-72-t-2-a-ix', 'irc-408-d-4'],
      form5329: { number: '21', confirmed: false }, repayment: null, planMustOffer: false, autoDetected: false,
    },
  ],

  /** Treas. Reg. §1.401(k)-1(d)(3)(iii)(B): the needs deemed immediate and heavy. Plans may offer fewer. */
  hardshipReasons: [
    { id: 'medical', name: 'Medical care', text: 'Medical care expenses (as defined in §213(d), ignoring the AGI floor) for you, your spouse, dependents or primary beneficiary.' },
    { id: 'home-purchase', name: 'Buying your main home', text: 'Costs directly related to buying your principal residence, not mortgage payments.' },
    { id: 'tuition', name: 'Tuition', text: prose('Tuition, related fees and room and board for the next {hardship-tuition-months} months of post-secondary education for you, your spouse, children, dependents or primary beneficiary.') },
    { id: 'eviction-foreclosure', name: 'Preventing eviction or foreclosure', text: 'Payments needed to prevent eviction from, or foreclosure on, your principal residence.' },
    { id: 'funeral', name: 'Burial or funeral', text: 'Burial or funeral expenses for your deceased parent, spouse, children, dependents or primary beneficiary.' },
    { id: 'home-repair', name: 'Repairing casualty damage to your home', text: 'Repair of damage to your principal residence that would qualify for the casualty deduction (without the limit to federally declared disasters or the AGI floor).' },
    { id: 'disaster', name: 'FEMA-declared disaster', text: 'Expenses and losses, including loss of income, from a disaster declared by FEMA where your principal residence or place of work was in the area designated for individual assistance.' },
  ],
  hardshipSources: ['reg-1-401k-1-d-3', 'irs-hardship-consequences'],

  /** IRC §402A(d)(2) and Treas. Reg. §1.402A-1 Q&A-2 to Q&A-5. */
  rothQualified: {
    sources: ['irc-402a-d-2', 'reg-1-402a-1'],
    periodFigure: 'roth-five-year-period',
    periodStarts: 'January 1 of the first taxable year you made a designated Roth contribution to the plan (or to an earlier plan whose Roth account was rolled in by direct rollover, if earlier).',
    triggers: ['age-59-half', 'death', 'disability'],
    nonqualified: 'A nonqualified distribution is split pro rata between contributions (tax-free) and earnings (taxable) under §72(e)(8); the Roth IRA ordering rule does not apply.',
  },
} as const satisfies RulesData;
