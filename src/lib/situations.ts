// The home page starts from the reader's situation and leads to the guide and the check for it. Each situation
// names one guide (a file in content/) and the checks that fit, best first; a check not yet built is left out, so
// a situation gains its check the day the check lands (the RMD and rollover checks, for instance).

export interface Situation {
  /** Anchor on the home page. */
  id: string;
  /** In the reader's words, first person. Braced names are figures from the data (SITUATION_FIGURES). */
  heading: string;
  /** One sentence: what the guide and check answer. No rule figure is typed here: braced names are filled in. */
  text: string;
  /** The guide that explains the situation (its id in content/). */
  guide: string;
  /** Check ids, best first; only those with a built island are shown. */
  checks: readonly string[];
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'take-money-out',
    heading: 'I want to take money out',
    text: 'How a withdrawal is taxed, what is withheld, and when an early withdrawal owes the additional tax.',
    guide: 'how-withdrawals-are-taxed',
    checks: ['early-withdrawal', 'exceptions'],
  },
  {
    id: 'left-my-job',
    heading: 'I left my job',
    text: 'Leaving an employer can open withdrawals from that employer’s plan without the additional tax (the rule of 55); a rollover keeps the money tax-deferred.',
    guide: 'rule-of-55',
    checks: ['rollover', 'exceptions', 'early-withdrawal'],
  },
  {
    id: 'rmd-age',
    heading: 'I’m {rmdAge} or older',
    text: 'Required minimum distributions start at {rmdAge} if you were born {rmdFirstYear}–{rmdLastYear}, and at {rmdLaterAge} if you were born in {rmdLaterYear} or later: when each is due, and what a missed one costs.',
    guide: 'required-minimum-distributions',
    checks: ['rmd'],
  },
  {
    id: 'contribute',
    heading: 'I’m deciding how much to contribute',
    text: 'This year’s limits, the catch-up for your age, and traditional or Roth.',
    guide: '401k-contributions-and-taxes',
    checks: ['contribution-limits'],
  },
  {
    id: 'lost-value',
    heading: 'My account lost value',
    text: 'Why a loss inside a 401(k) is not deductible, and what it changes instead.',
    guide: '401k-losses',
    checks: ['loss'],
  },
  {
    id: 'loan',
    heading: 'I need a loan',
    text: 'How much you can borrow, how it is repaid, and what happens if you leave your job or stop paying.',
    guide: '401k-loans-vs-withdrawals',
    checks: ['loan', 'hardship'],
  },
];

/** The figures the situations name, by placeholder: figure ids in src/data/rules.ts. */
export const SITUATION_FIGURES: Readonly<Record<string, string>> = {
  rmdAge: 'rmd-age-born-1951-1959',
  rmdFirstYear: 'rmd-age-73-first-birth-year',
  rmdLastYear: 'rmd-age-73-last-birth-year',
  rmdLaterAge: 'rmd-age-born-1960-or-later',
  rmdLaterYear: 'rmd-age-75-first-birth-year',
};

/** Replaces every `{name}` with `values[name]`; a name without a value is an author mistake and throws. */
export function fillFigures(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`situations: no figure for {${name}} in "${template}"`);
    return value;
  });
}
