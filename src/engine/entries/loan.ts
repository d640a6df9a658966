/** The `loan` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { loan } from '../checks/loan.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(loan, sources);
