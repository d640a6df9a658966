/** The `exceptions` check's own entry: what a page loads to run this check alone (its rules, data and citations). */
import { sources } from '../../data/sources.ts';
import { exceptionsFinder } from '../checks/exceptions.ts';
import { checkEntry } from '../core/run-check.ts';

export const evaluate = checkEntry(exceptionsFinder, sources);
