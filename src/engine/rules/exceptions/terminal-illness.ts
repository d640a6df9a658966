/**
 * Distributions to a terminally ill individual (IRC §72(t)(2)(L)): a physician certifies an illness reasonably
 * expected to result in death within the statute's period; no dollar cap; repayable within three years.
 */
import { figureValue } from '../../core/explain.ts';
import { GROUPS } from '../../core/fields.ts';
import { boolean, withDefault } from '../../core/request-kit.ts';
import { windowAfterReceipt } from '../repayment-window.ts';
import { catalogEntry, defineException } from './define.ts';
import { all, no } from './verdict.ts';

const entry = catalogEntry('terminal-illness');

export const terminalIllness = defineException({
  id: 'terminal-illness',
  fields: {
    terminalIllnessCertified: withDefault(boolean({ label: 'A physician has certified a terminal illness', group: GROUPS.exceptions }), false),
  },
  facts: (r): { terminalIllnessCertified: boolean } => ({ terminalIllnessCertified: r.terminalIllnessCertified }),
  finder: { circumstance: true, facts: (a) => ({ terminalIllnessCertified: a.circumstances.has('terminal-illness') }) },
  judge: (f) =>
    f.terminalIllnessCertified
      ? all(`A physician certified an illness reasonably expected to result in death within ${figureValue('terminal-illness-months', f.year)} months; there is no dollar cap.`)
      : no(`A physician must certify an illness reasonably expected to result in death within ${figureValue('terminal-illness-months', f.year)} months.`),
  repayment: (receivedOn, year) => windowAfterReceipt(entry, receivedOn, year),
});
