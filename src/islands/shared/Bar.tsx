/**
 * A horizontal bar of where an amount goes, drawn in SVG with geometry attributes only: the site's CSP forbids
 * inline styles, so colours come from classes in checks.css. The legend repeats every part in words.
 */
import { dollars } from './format.ts';

export type Part = { label: string; value: number; tone: 'tax' | 'tax2' | 'state' | 'kept' | 'other' };

export function Bar({ id, caption, parts }: { id: string; caption: string; parts: Part[] }) {
  const shown = parts.filter((p) => p.value > 0);
  const total = shown.reduce((n, p) => n + p.value, 0);
  let x = 0;
  return (
    <figure class="cr-bar">
      <figcaption id={`${id}-bar`}>{caption}</figcaption>
      {total > 0 && (
        <svg class="cr-bar-svg" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-labelledby={`${id}-bar`} focusable="false">
          {shown.map((p) => {
            const w = (p.value / total) * 100;
            const rect = <rect key={p.label} class={`tone-${p.tone}`} x={x} y={0} width={w} height={6} />;
            x += w;
            return rect;
          })}
        </svg>
      )}
      <ul class="cr-legend">
        {shown.map((p) => (
          <li key={p.label}>
            <svg class="cr-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              <rect class={`tone-${p.tone}`} width={10} height={10} />
            </svg>
            {p.label}: {dollars(p.value)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
