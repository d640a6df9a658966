// The per-check form spec module (src/lib/check-form.ts serves it at build time).
declare module 'virtual:check-form/*' {
  const form: import('./shared/check-state.ts').CheckForm;
  export default form;
  /** The check's own engine entry, by check id: `{ loss: () => import('…/engine/entries/loss.ts') }`. */
  export const engines: import('./shared/load-check.ts').EngineLoaders;
}
