// The per-check form spec module (src/lib/check-form.ts serves it at build time).
declare module 'virtual:check-form/*' {
  const form: import('./shared/use-check.ts').CheckForm;
  export default form;
}
