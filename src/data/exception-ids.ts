/** The §72(t) exceptions' ids, in the catalog's order (src/data/rules.ts). */
import { rules } from './rules.ts';

export type ExceptionId = (typeof rules.exceptions)[number]['id'];
export const EXCEPTION_IDS: readonly ExceptionId[] = /* @__PURE__ */ rules.exceptions.map((e) => e.id);
