/** Total and permanent disability (IRC §72(t)(2)(A)(iii), defined in §72(m)(7)). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const disability = defineException({
  id: 'disability',
  finder: { circumstance: true },
  judge: (f) =>
    f.claims.has('disability')
      ? all('You said you are totally and permanently disabled: unable to do any substantial gainful activity because of a condition a physician expects to result in death or to last indefinitely. Keep the physician’s statement.')
      : no('Only total and permanent disability as defined in §72(m)(7) qualifies.'),
});
