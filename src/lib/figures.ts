// Site-side access to the tax data for author components: look a figure up, format it, and number the
// sources a table cites. A missing figure is an author mistake and stops the build, naming the page.
import { cite, lookupFigure, type Citation, type Figure } from '../data/index.ts';
import { monthName } from '../data/calendar.ts';
import { formatUsd, longDate } from '../engine/format.ts';

/** "$24,500", "10%", "55", "December 30, 2025" */
export function formatFigure(f: Pick<Figure, 'value' | 'unit'>): string {
  if (typeof f.value === 'string') return longDate(f.value);
  switch (f.unit) {
    case 'usd':
      return formatUsd(f.value, { cents: 'if-any' });
    case 'percent':
      return `${f.value}%`;
    case 'year':
      return String(f.value);
    default:
      return `${f.value} ${f.value === 1 ? f.unit.replace(/s$/, '') : f.unit}`;
  }
}

/**
 * A figure in another shape: `bare` is the number alone ("55", "$24,500", "10%": units that are words are dropped,
 * signs that are part of the number are kept); `month` is a month number written as its name ("April").
 */
export function formatFigureAs(f: Pick<Figure, 'value' | 'unit' | 'label'>, as: 'bare' | 'month', page: string): string {
  if (typeof f.value === 'string') return longDate(f.value);
  if (as === 'month') {
    const name = monthName(f.value);
    if (!name) throw new Error(`${page}: <Figure as="month"> needs a month number 1–12, but "${f.label}" is ${f.value}.`);
    return name;
  }
  return f.unit === 'usd' || f.unit === 'percent' ? formatFigure(f) : String(f.value);
}

/** The figure or a build error naming the page and the id. */
export function requireFigure(id: string, year: number, page: string): Figure {
  const f = lookupFigure(id, year);
  if (!f) throw new Error(`${page}: no figure "${id}" for tax year ${year}. Check the id in src/data/ and the year in the page.`);
  return f;
}

/** Numbers the sources a table cites, in order of first use, so cells can point at "[n]". */
export class SourceNumbers {
  private readonly ids: string[] = [];
  ref(ids: readonly string[]): number[] {
    return ids.map((id) => {
      const i = this.ids.indexOf(id);
      if (i >= 0) return i + 1;
      this.ids.push(id);
      return this.ids.length;
    });
  }
  list(): Citation[] {
    return cite(this.ids);
  }
}
