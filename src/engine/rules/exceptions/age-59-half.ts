/** Age 59½ (IRC §72(t)(2)(A)(i)): on or after the date six calendar months after the 59th birthday (Pub. 590-B). */
import { longDate } from '../../core/dates.ts';
import { date59Half } from '../age-59-half.ts';
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const age59Half = defineException({
  id: 'age-59-half',
  // Read from the dates, never claimed.
  claimable: false,
  judge: (f) => {
    const on = date59Half(f.birthDate, f.year);
    return f.distributionDate >= on
      ? all(`You reach 59½ on ${longDate(on)}; this distribution on ${longDate(f.distributionDate)} is on or after that date.`)
      : no(`You reach 59½ on ${longDate(on)}; this distribution on ${longDate(f.distributionDate)} is before that date.`);
  },
});
