/** The `hardship` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { hardship } from '../checks/hardship.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(hardship, sources);
