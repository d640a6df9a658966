/**
 * Age 59½ (IRC §72(t)(2)(A)(i); Pub. 590-B): a distribution made on or after the date the participant reaches 59½ is
 * free of the 10% additional tax. That date is six calendar months after the 59th birthday.
 */
import { dateOfAgeAndMonths, longDate } from '../core/dates.ts';
import { figureValue, type Explanation } from '../core/explain.ts';

/** The date a person reaches 59½. */
export function date59Half(birthDate: string, year: number): string {
  return dateOfAgeAndMonths(birthDate, figureValue('age-59-half-birthday', year), figureValue('age-59-half-months', year));
}

/** "59½" as the reader reads it, built from the age figures. */
export function age59HalfLabel(year: number): string {
  const years = figureValue('age-59-half-birthday', year);
  const months = figureValue('age-59-half-months', year);
  return months === 6 ? `${years}½` : `${years} years and ${months} months`;
}

/** Whether the distribution is on or after 59½, with the step that says so. */
export function age59Half(birthDate: string, distributionDate: string, year: number, explain: Explanation | undefined) {
  const on59 = date59Half(birthDate, year);
  const reached59 = distributionDate >= on59;
  explain?.add(
    'irc-72t-2-a-i-age-59-half',
    `You reach 59½ on ${longDate(on59)} (six calendar months after your 59th birthday); the distribution on ${longDate(distributionDate)} is ${reached59 ? 'on or after' : 'before'} that date.`,
    ['irc-72-t-2-a-i', 'pub-590-b'],
  );
  return { on59, reached59 };
}
