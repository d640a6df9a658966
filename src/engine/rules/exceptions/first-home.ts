/** First-time homebuyer (IRC §72(t)(2)(F), §72(t)(8); IRS exceptions chart): IRAs only, up to a lifetime cap. */
import { figureValue } from '../../core/explain.ts';
import { toCents, usd, type Cents } from '../../core/money.ts';
import { money, withDefault } from '../../core/request-kit.ts';
import { catalogEntry, defineException } from './define.ts';
import { GROUPS } from '../../core/fields.ts';
import { no, upTo } from './verdict.ts';

const entry = catalogEntry('first-home');

export const firstHome = defineException({
  id: 'first-home',
  iraFields: {
    firstHomePriorDistributions: withDefault(money({ label: 'IRA: first-home distributions already taken in earlier years', help: 'The limit is for your lifetime.', group: GROUPS.ira }), 0),
  },
  facts: (r): { firstHomePriorDistributions: Cents } => ({ firstHomePriorDistributions: toCents(r.firstHomePriorDistributions ?? 0) }),
  finder: { purpose: { key: 'home', label: 'Buying a first home' } },
  judge(f) {
    const cap = toCents(figureValue(entry.capFigure!, f.year));
    if (!f.claims.has('first-home')) return no('Only for a first-time home purchase.');
    const prior = Math.min(cap, f.firstHomePriorDistributions ?? 0);
    if (prior === 0) return upTo(cap, `Up to a lifetime total of ${usd(cap)} for a first home.`);
    return upTo(cap - prior, cap - prior > 0
      ? `The lifetime ${usd(cap)} less ${usd(prior)} used before leaves ${usd(cap - prior)} for a first home.`
      : `Earlier first-home distributions of ${usd(prior)} have used the lifetime ${usd(cap)}.`);
  },
});
