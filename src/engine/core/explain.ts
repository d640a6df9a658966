/**
 * An explanation is the ordered list of steps the engine took. Each step names the rule (a stable rule id), says what
 * happened in a plain sentence, lists the figures it used and cites its sources. While a check runs, a step records
 * its sources by id; the check's entry resolves them to citations (title and URL) from its registry when it builds
 * the outcome, so this module carries no registry.
 */
import type { Citation } from '../../data/citations.ts';
import { lookupFigure } from '../../data/figures.ts';

export type FigureUse = { id?: string; label: string; value: number | string; unit: string };
export type Step = { rule: string; text: string; figures: FigureUse[]; citations: Citation[] };
/** A step as recorded while a check runs: its sources by id, not yet resolved to citations. */
export type RecordedStep = { rule: string; text: string; figures: FigureUse[]; sources: readonly string[] };

export class Explanation {
  readonly steps: RecordedStep[] = [];
  add(rule: string, text: string, sourceIds: readonly string[], figures: FigureUse[] = []): void {
    // Deduplicate only when needed: nearly every step cites distinct ids, and this runs for every step.
    const ids = sourceIds.some((id, i) => sourceIds.indexOf(id) !== i) ? [...new Set(sourceIds)] : sourceIds;
    this.steps.push({ rule, text, figures, sources: ids });
  }
}

/** The steps with their sources resolved to citations by `cite`. */
export function citedSteps(steps: readonly RecordedStep[], cite: (ids: readonly string[]) => Citation[]): Step[] {
  return steps.map((s) => ({ rule: s.rule, text: s.text, figures: s.figures, citations: cite(s.sources) }));
}

/**
 * Reads a figure for the year and records it for the step that uses it. Only called with ids the data guarantees
 * (the schema test checks each required id exists in every year); optional figures are read with `optionalFigure`.
 */
export function figureValue(id: string, year: number, uses?: FigureUse[]): number {
  const f = lookupFigure(id, year);
  if (!f || typeof f.value !== 'number') throw new Error(`figure ${id} missing for ${year}`); // programmer error
  uses?.push({ id, label: f.label, value: f.value, unit: f.unit });
  return f.value;
}

export function optionalFigure(id: string, year: number, uses?: FigureUse[]): number | undefined {
  const f = lookupFigure(id, year);
  if (!f || typeof f.value !== 'number') return undefined;
  uses?.push({ id, label: f.label, value: f.value, unit: f.unit });
  return f.value;
}

export function figureSources(id: string, year: number): readonly string[] {
  return lookupFigure(id, year)?.sources ?? [];
}
