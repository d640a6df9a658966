/** The `early-withdrawal` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { earlyWithdrawal } from '../checks/early-withdrawal.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(earlyWithdrawal, sources);
