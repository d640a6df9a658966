// What a check's own page (/checks/<id>/) says around the check: a one-paragraph introduction in a reader's words,
// and the words readers search with. The check itself (title, one-line intro, form, result) comes from
// src/islands/registry.ts and src/components/Check.astro; a check added to the registry gets a page at once, with
// the generic introduction below until it has its own here. No figure is typed here: the check states them from data.

/** The reader's question, what the check needs and what it answers, in one paragraph; keys are check ids. */
const INTRODUCTIONS: Readonly<Record<string, string>> = {
  'early-withdrawal':
    'Before you take money out of a 401(k), see what it would cost you. Enter the amount, the date, your birth date and your other income; the check estimates the regular federal income tax on the withdrawal, the additional tax on early distributions unless an exception you claim applies, and what the plan withholds, with every step naming the rule it follows and its source.',
  exceptions:
    'The additional tax on early distributions has many exceptions, but several of the best known work only for an IRA, not for a 401(k). Answer a few questions about your age, whether you left your job and what the money is for, and the check shows which exceptions can apply to your withdrawal, which cannot, and why.',
  'roth-distribution':
    'A Roth 401(k) distribution is tax-free only when it is qualified. Enter the year of your first Roth contribution, your birth date, the distribution and your contributions in the account; the check tells you whether it is qualified and, if it is not, which part is earnings that are taxed and may owe the additional tax.',
  'contribution-limits':
    'Deciding how much to put into your 401(k) this year? Enter the year, your birth date, last year’s wages and what you plan to defer; the check shows your limit for the year, the catch-up your age allows, whether catch-ups must go to Roth, and what to do if your plans add up to more than the limit.',
  hardship:
    'A hardship withdrawal is taxed and usually owes the additional tax too, so you need to take out more than the bill you have to pay. Enter what you need the money for, how much, your balance and your income; the check finds how much to withdraw to cover it after tax and what the withdrawal costs you.',
  loss:
    'When investments in your 401(k) lose value, you cannot deduct the loss on your tax return. Tell the check what happened; it explains what the loss means for your taxes instead, including the wash-sale question when you buy the same stock back in an IRA or in your plan.',
  rollover:
    'Leaving a job often means moving your 401(k). Enter the amount, the kind of money (pre-tax, after-tax or Roth), where it goes and how it gets there; the check shows what is taxed this year, what the plan withholds, and what a payment to you takes to roll over in full, including a conversion to Roth.',
  rmd:
    'From a certain age the tax code makes you take a minimum out of your 401(k) every year. Enter the year, your birth date and the account’s balance at the end of the year before; the check tells you when your required minimum distributions start, this year’s amount and its deadline, and what a missed one costs.',
  loan:
    'Borrowing from your 401(k) is not taxed if the loan stays within the limits and is repaid on schedule. Enter your vested balance and the loans you have; the check shows the most you may borrow and what it would cost if the loan is not repaid. Leaving the job, or with the plan ending, it shows what the plan offsets, the date to roll it over by and what it costs if you do not.',
};

/** Words readers use for a check that its title may not hold; search (src/lib/search-vocabulary.ts) adds its own. */
export const CHECK_SEARCH_WORDS = ['calculator', 'estimate', 'estimator', 'what if', 'check'] as const;

/** The check's page introduction, or a plain one built from its one-line intro for a check without its own yet. */
export function checkIntroduction(id: string, oneLine: string): string {
  return (
    INTRODUCTIONS[id] ??
    `${oneLine} The check runs the same rules the guides explain, on your own numbers, and shows every step with its source.`
  );
}

/** The part of a registry entry a check page needs. */
export interface CheckEntry {
  id: string;
  title: string;
  intro: string;
  built: boolean;
}

/** The checks that get a page: built, and known to the engine; in registry order. */
export function readyChecks<C extends CheckEntry>(registry: readonly C[], engineIds: readonly string[]): C[] {
  return registry.filter((c) => c.built && engineIds.includes(c.id));
}

/** The guides that embed a check (front matter `checks:`), in the order given. */
export function guidesFor<G extends { data: { checks?: readonly string[] | undefined } }>(guides: readonly G[], id: string): G[] {
  return guides.filter((g) => g.data.checks?.includes(id));
}
