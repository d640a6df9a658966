/**
 * A check's result view as reading matter, for the server only (a guide's worked example): the same view, with each
 * number list lean — its rows as `dt` and `dd` alone, without the wrapper `div` a live result keeps for its layout, a
 * third fewer elements — the withdrawal view's bar left out (each of its parts is a row of the list above it), and
 * each part's heading a labelled paragraph.
 * It rewrites the view's elements as they are made (Preact's `options.vnode`, only while a LeanView renders), so the
 * views and the code readers' browsers load stay as they are.
 */
import { Fragment, cloneElement, options, toChildArray, type ComponentType, type VNode } from 'preact';

let depth = 0;
const next = options.vnode;
options.vnode = (v) => {
  if (depth > 0) lean(v as VNode<Record<string, unknown>>);
  next?.(v);
};

const hasClass = (v: VNode<Record<string, unknown>>, c: string) => typeof v.props.class === 'string' && v.props.class.split(' ').includes(c);

function lean(v: VNode<Record<string, unknown>>): void {
  if (v.type === 'dl' && hasClass(v, 'cr-numbers') && !hasClass(v, 'cr-verdicts')) {
    v.props.class = `${v.props.class} is-lean`;
    v.props.children = toChildArray(v.props.children as never).flatMap((row) => {
      if (typeof row !== 'object' || row.type !== 'div') return [row];
      const cls = (row.props as { class?: string }).class;
      return toChildArray((row.props as { children?: never }).children).map((cell) => (typeof cell === 'object' && cls ? cloneElement(cell, { class: cls }) : cell));
    });
  } else if (v.type === 'h4') {
    // A part's heading (its tax forms, the exceptions considered): the worked example is a figure captioned by its
    // title, inside the guide's own section, so its parts are labelled paragraphs, not headings the guide's outline
    // would skip a level to reach.
    v.type = 'p' as never;
    v.props.class = 'cr-part';
  } else if (v.type === 'figure' && hasClass(v, 'cr-bar')) {
    v.type = Fragment as never;
    v.props.children = null;
  }
}

function Start() {
  depth++;
  return null;
}
function End() {
  depth--;
  return null;
}

/** Renders `View` with `props` as reading matter. Preact renders a tree in order, so Start runs before the view and End after. */
export function LeanView<P extends object>({ View, props }: { View: ComponentType<P>; props: P }) {
  return (
    <>
      <Start />
      <View {...props} />
      <End />
    </>
  );
}
