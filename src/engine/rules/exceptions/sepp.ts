/**
 * Substantially equal periodic payments (IRC §72(t)(2)(A)(iv)): from a 401(k) only a series that began after separation
 * from the employer (§72(t)(3)(B)); a series changed before the later of five years and 59½ is no longer a series and
 * brings back the tax on earlier payments (§72(t)(4); `rules/sepp-recapture.ts`). A payment in such a series, made
 * for the employee's life or life expectancy (or joint lives), is not an eligible rollover distribution
 * (§402(c)(4)(A)): it cannot be rolled over, and the mandatory 20% of §3405(c) does not apply to it.
 */
import { prose } from '../../../data/prose.ts';
import { longDate } from '../../core/dates.ts';
import { GROUPS } from '../../core/fields.ts';
import { date, money, optional, withDefault, type FieldError } from '../../core/request-kit.ts';
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

/** §72(t)(4)(A)(ii): the five years from the first payment the series must run unchanged (or to 59½, if later). */
const LOCK_IN = prose('{sepp-lock-in-years:word} years');

export const sepp = defineException({
  id: 'sepp',
  fields: {
    seppStartDate: optional(date({ label: 'Date the substantially equal periodic payments began', group: GROUPS.exceptions, requiredWhen: { field: 'claims', has: 'sepp' } })),
    seppModificationDate: optional(date({ label: 'Date the series was changed, if it was', help: 'A payment skipped, changed or added.', group: GROUPS.exceptions })),
    seppPaymentsBeforeModification: withDefault(money({ label: 'Taxable payments of the series received before 59½ and before that change', group: GROUPS.exceptions, shownWhen: { field: 'seppModificationDate', filled: true } }), 0),
  },
  facts: (r): { seppStartDate: string | undefined; seppModificationDate: string | undefined } => ({ seppStartDate: r.seppStartDate, seppModificationDate: r.seppModificationDate }),
  // The finder has no start date: it takes the series as begun on the distribution's date.
  finder: { circumstance: true, facts: (a) => ({ seppStartDate: a.circumstances.has('sepp') ? a.distributionDate : undefined }) },
  judge: (f) => {
    if (!f.claims.has('sepp')) return no('Only payments in a series of substantially equal periodic payments qualify.');
    // §72(t)(4): once the series is changed it no longer exists; later payments are not part of one.
    if (f.seppModificationDate && f.seppModificationDate <= f.distributionDate)
      return no(`The series was changed on ${longDate(f.seppModificationDate)}; this distribution is not part of a series of substantially equal payments.`);
    if (f.plan === 'ira') return all(`Part of a series of substantially equal periodic payments. Changing the series before the later of ${LOCK_IN} or 59½ brings back the tax on all earlier payments, with interest.`);
    if (!f.separatedFromPlanEmployer || !f.separationDate) return no('From a 401(k) the periodic payments must begin after you separate from the employer that maintains the plan.');
    if (!f.seppStartDate) return no('Enter the date the periodic payments began: from a 401(k) they must begin after you separate from the employer.');
    if (f.seppStartDate < f.separationDate) return no(`The payments began on ${longDate(f.seppStartDate)}, before you left the employer on ${longDate(f.separationDate)}; from a 401(k) they must begin after separation.`);
    return all(`Part of a series of substantially equal periodic payments that began after you left the employer. Changing the series before the later of ${LOCK_IN} or 59½ brings back the tax on all earlier payments, with interest.`);
  },
  notEligibleRollover: true,
  requires: (r) => (r.claims.includes('sepp') && !r.seppStartDate ? [{ field: 'seppStartDate', message: 'Enter the date the periodic payments began.' }] : []),
  validate: (r) => {
    const errors: FieldError[] = [];
    if (new Set(r.claims).has('sepp') && r.seppStartDate !== undefined) {
      if (r.seppStartDate > r.distributionDate)
        errors.push({ field: 'seppStartDate', message: 'The periodic payments must have begun on or before this distribution.' });
      else if (r.seppStartDate <= r.birthDate)
        errors.push({ field: 'seppStartDate', message: 'The periodic payments cannot begin before you were born.' });
      if (r.seppModificationDate !== undefined) {
        if (r.seppModificationDate <= r.seppStartDate)
          errors.push({ field: 'seppModificationDate', message: 'The series can only be changed after its first payment.' });
        else if (r.seppModificationDate > r.distributionDate)
          errors.push({ field: 'seppModificationDate', message: 'Enter a change on or before this distribution (a change made by taking this distribution is on its date).' });
      }
    }
    if (r.seppPaymentsBeforeModification > 0 && r.seppModificationDate === undefined)
      errors.push({ field: 'seppModificationDate', message: 'Enter the date the series was changed, for the payments received before it.' });
    return errors;
  },
});
