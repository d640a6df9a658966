/** Death (IRC §72(t)(2)(A)(ii)): paid to a beneficiary or the estate after the participant's death, at any age. */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const death = defineException({
  id: 'death',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('death') ? all('Paid to a beneficiary or the estate after the participant’s death, at any age.') : no('Only distributions paid after the participant’s death qualify.')),
});
