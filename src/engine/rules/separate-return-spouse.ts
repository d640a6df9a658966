/**
 * A married-filing-separately return's two facts about the spouse cannot both hold: the spouse's age-65 and blindness
 * amounts count only for a spouse with no gross income who is no one's dependent (IRC §63(f)(1)(B), (2)(B); §151(b)),
 * which the form asks as one who files no return, while a zero standard deduction needs a spouse who files a separate
 * return and itemizes on it (§63(c)(6)(A)). The answer is refused on the later question, never guessed.
 */
import type { FieldError } from '../core/request-kit.ts';

export function separateReturnSpouseErrors(r: { filingStatus: string; spouseNoGrossIncome?: boolean | undefined; spouseItemizes?: boolean | undefined }): FieldError[] {
  if (r.filingStatus !== 'married-filing-separately' || !r.spouseNoGrossIncome || !r.spouseItemizes) return [];
  return [{ field: 'spouseItemizes', message: 'A spouse with no gross income who files no return cannot itemize deductions: tick only the one that is true.' }];
}
