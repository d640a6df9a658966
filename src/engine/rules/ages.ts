/**
 * Ages as the reader reads them, built from the age figures (IRC §72(t)(2)(A)(i); Pub. 590-B): "59½".
 */
import { figureValue } from '../core/explain.ts';

export function age59HalfLabel(year: number): string {
  const years = figureValue('age-59-half-birthday', year);
  const months = figureValue('age-59-half-months', year);
  return months === 6 ? `${years}½` : `${years} years and ${months} months`;
}
