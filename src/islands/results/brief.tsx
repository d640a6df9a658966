/**
 * A result in brief: the check's headline and its key numbers (each result module's `keyRows`), for a worked example
 * in a guide and for a check embedded in one. The full view, with every number and the explanation, is the check's.
 */
import type { ResultOf } from '../../engine/index.ts';
import { Numbers } from '../shared/Numbers.tsx';
import type { IslandId } from '../registry.ts';
import { RESULT_VIEWS } from './index.ts';

export function ResultBrief<K extends IslandId>({ check, r, label }: { check: K; r: ResultOf<K>; label: string }) {
  const view = RESULT_VIEWS[check];
  return (
    <>
      <p class="cr-headline">{view.headline(r)}</p>
      <Numbers label={label} rows={view.keyRows(r)} />
    </>
  );
}
