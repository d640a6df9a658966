/** The `roth-distribution` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { rothDistribution } from '../checks/roth-distribution.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(rothDistribution, sources);
