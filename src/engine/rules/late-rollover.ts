/**
 * A 60-day rollover finished late may still count. IRC §402(c)(3)(B) and §408(d)(3)(I) let the IRS waive the 60 days
 * where not doing so would be against equity or good conscience; Rev. Proc. 2020-46 (which modifies and supersedes
 * Rev. Proc. 2016-47) lets a taxpayer self-certify one of its listed reasons to the receiving plan or IRA; Rev. Proc.
 * 2003-16 §3.03 waives the deadline automatically for a financial institution's error. Informational: the figures keep
 * treating what was not put back as kept.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';

export function explainLateRollover(year: number, notPutBack: Cents, explain: Explanation): void {
  if (notPutBack <= 0) return;
  const uses: FigureUse[] = [];
  const window = figureValue('rollover-window-days', year, uses);
  const days = figureValue('late-rollover-self-certification-days', year, uses);
  const years = figureValue('late-rollover-automatic-waiver-years', year, uses);
  explain.add(
    'rev-proc-2020-46-late-rollover',
    `If you put the ${usd(notPutBack)} not rolled over into a plan or IRA after the ${window} days, it may still count as a rollover. ` +
      'Self-certification (Rev. Proc. 2020-46): if a listed reason kept you from finishing in time — an error by the financial institution; a check that was misplaced and never cashed; a deposit into an account you mistakenly thought was a retirement plan; severe damage to your home; a death in your family; serious illness of you or a family member; your incarceration; restrictions imposed by a foreign country; a postal error; an IRS levy whose proceeds were returned to you; the paying party’s delay in giving information the receiving plan or IRA needs despite your efforts; or payment to a state unclaimed property fund — ' +
      `you give the receiving plan or IRA a written self-certification (the revenue procedure has a model letter) and make the contribution as soon as practicable after the reason ends, which is met within ${days} days, provided the IRS has not already denied a waiver for this distribution. The IRS can still check the reason on examination, and it must otherwise be a valid rollover. ` +
      `Automatic waiver (Rev. Proc. 2003-16): if a financial institution received the money within the ${window} days with your instructions and, only because of its error, did not deposit it in time, the rollover stands if the money is deposited within ${years} year${years === 1 ? '' : 's'} from the start of the ${window} days. ` +
      'Otherwise you can ask the IRS for a waiver in a private letter ruling (IRC §402(c)(3)(B)). These figures treat the part not put back as kept.',
    ['irc-402-c-3', 'rev-proc-2020-46', 'rev-proc-2003-16'],
    uses,
  );
}
