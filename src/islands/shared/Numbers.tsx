/** A result's numbers as a description list: label, then the engine's figure. Rows without a figure are left out. */
import type { ComponentChildren } from 'preact';

export type Row = [label: string, value: ComponentChildren, strong?: boolean];

export function Numbers({ rows, label }: { rows: (Row | false | null | undefined)[]; label?: string }) {
  return (
    <dl class="cr-numbers" aria-label={label}>
      {rows
        .filter((r): r is Row => !!r)
        .map(([k, v, strong]) => (
          <div key={k} class={strong ? 'is-total' : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
