/**
 * The engine's formatters, as an entry of their own: the islands show amounts and dates with the same code as the
 * engine's sentences without loading any check (src/engine/index.ts imports every check; this imports none).
 */
export { formatUsd } from './core/money.ts';
export { longDate } from './core/dates.ts';
