/** The `contribution-limits` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { contributionLimits } from '../checks/contribution-limits.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(contributionLimits, sources);
