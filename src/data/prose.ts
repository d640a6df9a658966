/**
 * Catalog prose that reads its figures from the data: a sentence writes `{figure-id}` (or `{figure-id:format}`) where it
 * would type a number, and `prose()` fills it in when the catalog is built, so a figure is typed once, in its own entry,
 * and the sentence can never disagree with it. A name is a cross-year figure (its value), a dated parameter (the day
 * its value changes) or one of the `own` values passed in (an entry's own effective date). An unknown name is left as
 * written, and the data tests fail on any `{` left in the catalog.
 * In the browser, every `prose('…')` sentence without `own` values is filled in when the site is built
 * (src/lib/check-figures.ts), so a check's chunk carries the sentence, not this module's table of figures; a sentence
 * made at run time from values of its own uses `fillIn`, which reads no figure.
 */
import { changesOn } from './dated.ts';
import { ruleParameters } from './parameters.ts';
import { longDateOf, monthName } from './calendar.ts';
import { ruleFigures } from './rule-figures.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const FRACTIONS: Record<number, string> = { 50: 'half' };
const NUMBER = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayBefore = (iso: string) => new Date(utc(iso).getTime() - 86_400_000).toISOString().slice(0, 10);
const longIso = (iso: string) => longDateOf(...(iso.split('-').map(Number) as [number, number, number]));
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** The days from an ISO date through December 31 of its year, as a reader writes them ("December 30 and 31, 2025"). */
function toYearEnd(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (m === 12 && d === 31) return `December 31, ${y}`;
  if (m === 12) return `December ${d} ${d === 30 ? 'and' : 'through'} 31, ${y}`;
  return `${monthName(m)} ${d} through December 31, ${y}`;
}

function format(value: number | string, how: string | undefined): string | undefined {
  if (typeof value === 'string') {
    if (how === 'date') return longIso(value);
    if (how === 'day-before') return longIso(dayBefore(value));
    if (how === 'year') return value.slice(0, 4);
    if (how === 'to-year-end') return toYearEnd(value);
    return undefined;
  }
  if (how === undefined) return NUMBER.format(value);
  if (how === 'usd') return `$${NUMBER.format(value)}`;
  if (how === 'word') return WORDS[value];
  if (how === 'fraction') return FRACTIONS[value];
  if (how === 'ordinal') return ordinal(value);
  return undefined;
}

function valueOf(name: string, own: Readonly<Record<string, number | string>>): number | string | undefined {
  if (name in own) return own[name];
  const figure = (ruleFigures as Record<string, { value: number | string } | undefined>)[name];
  if (figure) return figure.value;
  const parameter = (ruleParameters as Record<string, { values: readonly { from: string | null; value: unknown }[] } | undefined>)[name];
  return parameter ? changesOn(parameter.values) : undefined;
}

const PLACEHOLDER = /\{([a-z0-9-]+)(?::([a-z-]+))?\}/g;

/** The sentence with every `{name}` and `{name:format}` it can resolve filled in. */
export function prose(text: string, own: Readonly<Record<string, number | string>> = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string, how: string | undefined) => {
    const value = valueOf(name, own);
    return (value !== undefined && format(value, how)) || whole;
  });
}

/** The sentence filled in from `values` alone, with the same formats (`fillIn('{n:word}', { n: 3 })` is "three"). */
export function fillIn(text: string, values: Readonly<Record<string, number | string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string, how: string | undefined) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return (value !== undefined && format(value, how)) || whole;
  });
}
