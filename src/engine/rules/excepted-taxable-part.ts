/**
 * The taxable part of the dollars a capped exception covers. An exception with a dollar limit (emergency, domestic
 * abuse, birth or adoption, disaster, medical, long-term care) covers that many dollars of the distribution, not that
 * many dollars of its taxable part: §72(t)(1) taxes "the portion of such amount which is includible in gross income",
 * and the covered dollars carry their share of basis like every other dollar of the payment (§72(e)(8); for a Roth
 * 401(k), Treas. Reg. §1.402A-1, Q&A-3). Form 8915-F does the same for a disaster distribution: the distribution up to
 * the limit, less its applicable cost, is the taxable amount spread over three years (Part II, lines 8–10), and
 * Form 5329 line 2 takes only the amount included in income on line 1 that the exception covers.
 *
 * With no basis in the payment (all of it taxable) the covered dollars are all taxable, as before.
 */
import { roundCents, type Cents } from '../core/money.ts';

/** `covered`: dollars of the distribution the capped exceptions cover; `taxableWhenPaid` of `amount` is taxable. */
export function exceptedTaxablePart(covered: Cents, taxableWhenPaid: Cents, amount: Cents): Cents {
  if (covered <= 0 || amount <= 0 || taxableWhenPaid >= amount) return covered;
  return roundCents((Math.min(covered, amount) * taxableWhenPaid) / amount);
}
