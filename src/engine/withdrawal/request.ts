/** The request every withdrawal-based check reduces to: a distribution and the federal return it lands on. */
import type { distributionFields, iraFields, returnFields } from './fields.ts';
import type { Infer } from '../core/request-kit.ts';

type Fields = typeof distributionFields & typeof returnFields;
export type WithdrawalRequest = { [K in keyof Fields]: Infer<Fields[K]> };
/** The early-withdrawal check's extra fields for a distribution from a traditional IRA (optional elsewhere). */
export type IraRequest = { [K in keyof typeof iraFields]?: Infer<(typeof iraFields)[K]> };
