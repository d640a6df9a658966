/**
 * The rules of a withdrawal only the early-withdrawal check can reach: a distribution from a traditional IRA (the
 * one-rollover-per-year limit, IRC §408(d)(3)(B); its RMD not rollable, §408(d)(3)(E)) and the part of a distribution
 * sent by direct rollover beside the payment (Notice 2014-54). That check gives them to `validateWithdrawal`,
 * `validateRmdYearOf` and `computeWithdrawal`; the other checks' requests have no plan type and no such part, so their
 * chunks do not carry these rules.
 */
import { explainIraRmdPart, iraRmdRolloverErrors } from '../rules/ira-rmd-not-rollable.ts';
import { iraRolloverCounted } from '../rules/ira-one-rollover-per-year.ts';
import { pretaxToDirectRolloverFirst, splitErrors } from '../rules/pretax-to-direct-rollover-first.ts';

export const traditionalIra = { iraRolloverCounted, explainIraRmdPart, iraRmdRolloverErrors, pretaxToDirectRolloverFirst, splitErrors };
