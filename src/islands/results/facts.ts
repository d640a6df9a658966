/**
 * The facts of a worked example, for the server only (a guide's worked examples and its embedded checks' briefs): every
 * field the request gives, in the order the check's form asks them, named as the form names them.
 */
import { requestSchemas, type CheckId } from '../../engine/index.ts';
import { fieldSpecs, type FieldSpec, type RequestSchema } from '../shared/form-model.ts';
import { longDate, usd } from '../shared/format.ts';

function shown(spec: FieldSpec, v: unknown): string {
  if (v === true) return 'Yes';
  if (v === false) return 'No';
  if (Array.isArray(v)) return v.map((x) => spec.choiceLabels[String(x)] ?? String(x)).join('; ');
  if (spec.kind === 'choice') return spec.choiceLabels[String(v)] ?? String(v);
  if (spec.kind === 'date') return longDate(String(v));
  if (spec.kind === 'money' && typeof v === 'number') return usd(v);
  if (spec.kind === 'percent') return `${v}%`;
  return String(v);
}

export function factsOf(check: CheckId, request: Record<string, unknown>): (readonly [label: string, value: string])[] {
  const specs = fieldSpecs(requestSchemas()[check] as RequestSchema);
  return Object.entries(specs)
    .filter(([name]) => request[name] !== undefined && request[name] !== null && !(Array.isArray(request[name]) && (request[name] as unknown[]).length === 0))
    .map(([name, spec]) => [spec.label, shown(spec, request[name])] as const);
}
