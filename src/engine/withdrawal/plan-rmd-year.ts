/**
 * The rules of a plan distribution in a year an RMD is due (IRC §401(a)(9); the first dollars paid are the RMD and not
 * an eligible rollover distribution, Treas. Reg. §1.402(c)-2, Q&A-7): reached by the early-withdrawal and
 * roth-distribution checks, which give them to `validateRmdYearOf` and `computeWithdrawal`. A hardship distribution
 * and a deemed loan distribution are not judged as an RMD-year payment here.
 */
import { explainRmdPart } from '../rules/rmd-part.ts';
import { rmdPartOf, rmdYear, validateRmdYear } from '../rules/rmd-year.ts';

export const planRmdYear = { rmdYear, rmdPartOf, explainRmdPart, validateRmdYear };
