/**
 * Rollovers (IRC §402(c)): money moved by direct rollover or rolled over within 60 days is not taxed, so the additional
 * tax has nothing to apply to. The withdrawal checks read it from the payment fields, never from a claim.
 */
import { prose } from '../../../data/prose.ts';
import { defineException } from './define.ts';
import { no } from './verdict.ts';

export const rollover = defineException({
  id: 'rollover',
  claimable: false,
  judge: () => no(prose('Described by how the money was paid (direct rollover, or rolled over within {rollover-window-days} days).')),
});
