/**
 * The applicable age at which required minimum distributions start, by birth date (IRC §401(a)(9)(C)(v) as amended by
 * SECURE 2.0 §107; before it, 72 under the SECURE Act §114 and 70½ before that). Those born in 1959 are read as 73, as
 * the proposed regulations of July 2024 read the statute (§1.401(a)(9)-2(b)(2)(v), 89 FR 58644).
 */
import { lookupFigure } from '../../data/figures.ts';
import { dateOfAgeAndMonths, longDate, yearOf } from '../core/dates.ts';
import { figureValue, type Explanation } from '../core/explain.ts';

export type ApplicableAge = {
  /** The age as the law states it: "73", "75", "72" or "70½". */
  label: string;
  /** The calendar year in which the participant reaches it: the first distribution calendar year, absent the still-working delay. */
  year: number;
  reason: string;
};

/** The applicable age; with `explain`, the step that says why, under its own rule id. */
export function applicableAge(birthDate: string, year: number, explain?: Explanation): ApplicableAge {
  const born = yearOf(birthDate);
  const first73 = figureValue('rmd-age-73-first-birth-year', year);
  const last73 = figureValue('rmd-age-73-last-birth-year', year);
  const first75 = figureValue('rmd-age-75-first-birth-year', year);
  if (born >= first75) {
    const age = figureValue('rmd-age-born-1960-or-later', year);
    const reason = `Born in ${born} (${first75} or later): the applicable age is ${age}.`;
    explain?.add('irc-401a9-c-v-applicable-age-75', reason, ['irc-401-a-9-c', 'pl-117-328-107']);
    return { label: String(age), year: born + age, reason };
  }
  if (born >= first73) {
    const age = figureValue('rmd-age-born-1951-1959', year);
    const note = born === last73 ? ` The statute is ambiguous for ${last73}; the proposed regulations of July 2024 read it as ${age}.` : '';
    const reason = `Born in ${born} (${first73} to ${last73}): the applicable age is ${age}.${note}`;
    explain?.add('irc-401a9-c-v-applicable-age-73', reason, ['irc-401-a-9-c', 'pl-117-328-107', ...(born === last73 ? ['prop-reg-2024-rmd'] : [])]);
    return { label: String(age), year: born + age, reason };
  }
  const first72 = dateFigure('rmd-age-72-first-birth-date', year);
  if (birthDate >= first72) {
    const age = figureValue('rmd-age-born-mid-1949-1950', year);
    const reason = `Born from ${longDate(first72)} through ${first73 - 1}: the applicable age is ${age}.`;
    explain?.add('irc-401a9-c-applicable-age-72', reason, ['irc-401-a-9-c', 'pl-116-94-114']);
    return { label: String(age), year: born + age, reason };
  }
  const years = figureValue('rmd-age-70-half-birthday', year);
  const months = figureValue('rmd-age-70-half-months', year);
  const reached = dateOfAgeAndMonths(birthDate, years, months);
  const reason = `Born before ${longDate(first72)}: the applicable age was ${years}½, reached on ${longDate(reached)}.`;
  explain?.add('irc-401a9-c-applicable-age-70-half', reason, ['irc-401-a-9-c']);
  return { label: `${years}½`, year: yearOf(reached), reason };
}

/** A figure whose value is a date (the data guarantees the id; see tests/data). */
function dateFigure(id: string, year: number): string {
  const f = lookupFigure(id, year);
  if (!f || typeof f.value !== 'string') throw new Error(`figure ${id} missing for ${year}`); // programmer error
  return f.value;
}
