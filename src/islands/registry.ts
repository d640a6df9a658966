/**
 * The checks that have an island: their URL namespace (`?ew.amount=…`), a neutral title and a one-line
 * introduction; `built` once Check.astro renders its island. The namespaces are part of shared links: never rename one.
 */
export const CHECK_ISLANDS = [
  { id: 'early-withdrawal', ns: 'ew', built: true, title: 'What would an early withdrawal cost?', intro: 'Enter your own numbers to see the federal tax on a 401(k) withdrawal, step by step with the rules it follows.' },
  { id: 'exceptions', ns: 'ex', built: true, title: 'Which exceptions to the additional tax could apply?', intro: 'Answer a few questions to see which exceptions can apply to a 401(k), which only to an IRA, and why.' },
  { id: 'roth-distribution', ns: 'rd', built: true, title: 'Is a Roth 401(k) distribution tax-free?', intro: 'Check whether a Roth 401(k) distribution is qualified and, if not, which part is taxed.' },
  { id: 'contribution-limits', ns: 'cl', built: true, title: 'How much can you contribute?', intro: 'See your limit for the year, the catch-up for your age, and whether your plans add up to too much.' },
  { id: 'hardship', ns: 'hd', built: true, title: 'What would a hardship withdrawal cost?', intro: 'See how much a hardship withdrawal must be to cover a need after tax, and what it costs.' },
  { id: 'loss', ns: 'ls', built: true, title: 'Can you deduct a 401(k) loss?', intro: 'Check what happens to a loss in a 401(k) for federal tax.' },
  { id: 'loan', ns: 'ln', built: true, title: 'What happens with a 401(k) loan?', intro: 'Check the loan limit, what happens if a loan is not repaid, and what happens to the loan when you leave your job.' },
  { id: 'rollover', ns: 'ro', built: true, title: 'What would a rollover or Roth conversion cost?', intro: 'See how moving 401(k) money to an IRA, a new plan or a Roth account is taxed this year, and what a payment to you takes to roll over in full.' },
  { id: 'rmd', ns: 'rm', built: true, title: 'How much must you take out this year?', intro: 'See your required minimum distribution from one 401(k): when RMDs start for you, this year’s amount and deadline, and what a missed one costs.' },
] as const satisfies readonly { id: string; ns: string; built: boolean; title: string; intro: string }[];

export type IslandId = (typeof CHECK_ISLANDS)[number]['id'];
