/**
 * What every result view takes: the engine's result for its check, typed by `ResultOf` (never a copy of its shape),
 * and a prefix for the ids inside it (the check's URL namespace in an island, the example's slug in a guide), so two
 * results on one page never share an id.
 */
import type { CheckId, ResultOf } from '../../engine/index.ts';

export type ViewProps<K extends CheckId> = { r: ResultOf<K>; id: string };
