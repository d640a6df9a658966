/**
 * Seeded request generator for the engine's fuzz run and its regression comparisons. It reads each check's JSON
 * Schema (`requestSchemas()`), so a new field or check is fuzzed without editing this file. `plausible` requests
 * keep dates in and around the covered years and amounts within the balance; `hostile` ones add wrong types,
 * inherited keys, −0, deep nesting, sparse arrays and contradictory dates.
 */
import { CHECK_IDS, requestSchemas } from '../../src/engine/index.ts';

/** mulberry32: a small, fast, seeded generator, so a failing run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Prop = { type?: string; enum?: unknown[]; format?: string; minimum?: number; maximum?: number; multipleOf?: number; items?: Prop };
type Schema = { required: string[]; properties: Record<string, Prop> };

const SCHEMAS = requestSchemas() as Record<string, Schema>;
const pad = (n: number) => String(n).padStart(2, '0');

export function generator(seed: number, mode: 'plausible' | 'hostile') {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const dateBetween = (y0: number, y1: number) => {
    const y = int(y0, y1);
    const m = int(1, 12);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${pad(m)}-${pad(chance(0.1) ? last : int(1, last))}`;
  };
  const cents = (max: number) => {
    if (chance(0.08)) return 0;
    const x = Math.exp(rnd() * Math.log(max));
    return chance(0.5) ? Math.round(x) : Math.round(x * 100) / 100;
  };

  function plausibleValue(name: string, p: Prop): unknown {
    if (p.enum) return pick(p.enum);
    if (p.type === 'array') return p.items?.enum ? p.items.enum.filter(() => chance(0.15)).slice(0, 4) : [];
    if (p.type === 'boolean') return chance(0.5);
    if (p.format === 'date') {
      if (/birth/i.test(name) && !/adoption/i.test(name)) return dateBetween(1930, 2006);
      if (/separation/i.test(name)) return dateBetween(1995, 2027);
      return chance(0.92) ? dateBetween(2024, 2026) : dateBetween(2015, 2028);
    }
    if (p.type === 'integer') {
      const lo = p.minimum ?? 0;
      const hi = p.maximum ?? 100;
      if (/^taxYear$/.test(name)) return chance(0.92) ? int(2024, 2026) : int(lo, hi);
      if (/year/i.test(name) && lo >= 1900) return chance(0.9) ? int(2004, 2026) : int(lo, hi);
      return int(lo, Math.min(hi, lo + 60));
    }
    if (p.type === 'number') {
      if ((p.maximum ?? 0) <= 100) return Math.round(rnd() * (chance(0.8) ? 15 : 100) * 100) / 100;
      return cents(chance(0.7) ? 300_000 : 5_000_000);
    }
    return 'x';
  }

  const HOSTILE: (() => unknown)[] = [
    () => -0, () => NaN, () => Infinity, () => -1, () => 1e308, () => 100.000000001, () => 0.005, () => '', () => null,
    () => '2026-02-30', () => '2024-02-29', () => '2025-02-29', () => '0000-01-01', () => '9999-12-31', () => 'not a date',
    () => [], () => [[[[[]]]]], () => ({}), () => Object.create(null), () => true, () => '12', () => ' 5 ',
    () => new Array(3), () => ['__proto__', 'constructor'], () => dateBetween(1800, 2200), () => int(-5, 3000),
  ];

  function request(): Record<string, unknown> {
    const hostile = mode === 'hostile';
    const check = hostile && chance(0.02) ? pick(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '', 'nope']) : pick(CHECK_IDS);
    const schema = Object.hasOwn(SCHEMAS, check) ? SCHEMAS[check] : undefined;
    const out: Record<string, unknown> = { check };
    if (!schema) return out;
    for (const [name, p] of Object.entries(schema.properties)) {
      if (name === 'check' || name === 'version') continue;
      const required = schema.required.includes(name);
      if (!required && chance(0.45)) continue;
      out[name] = hostile && chance(0.06) ? pick(HOSTILE)() : plausibleValue(name, p);
    }
    // Keep most facts consistent, as a reader's would be: amounts within the balance, a separation date when separated.
    const share = (x: unknown) => (typeof x === 'number' ? Math.round(x * rnd() * 100) / 100 : x);
    if (typeof out.vestedBalance === 'number' && chance(0.9)) for (const k of ['amount', 'outstandingBalance', 'highestBalanceLast12Months']) if (k in out) out[k] = share(out.vestedBalance);
    if (typeof out.amount === 'number' && 'rolledOverWithin60Days' in out && chance(0.9)) out.rolledOverWithin60Days = out.payment === 'direct-rollover' ? 0 : share(out.amount);
    if (out.separatedFromPlanEmployer === true && !('separationDate' in out) && chance(0.9)) out.separationDate = plausibleValue('separationDate', { format: 'date' });
    if (out.accountType === 'roth' || out.check === 'roth-distribution') if (!('rothFirstContributionYear' in out) && chance(0.9)) out.rothFirstContributionYear = int(2006, 2026);
    if (Array.isArray(out.claims) && out.claims.includes('sepp') && !('seppStartDate' in out) && chance(0.9)) out.seppStartDate = dateBetween(2015, 2026);
    // Contradictory facts: a date moved before birth or after the distribution, a Roth year before 2006, a rate of 100%.
    if (hostile && chance(0.1) && typeof out.birthDate === 'string') {
      const dates = Object.keys(out).filter((k) => k !== 'birthDate' && typeof out[k] === 'string' && /Date$/.test(k));
      if (dates.length) out[pick(dates)] = chance(0.5) ? dateBetween(1900, Number(out.birthDate.slice(0, 4))) : dateBetween(2027, 2030);
      if ('rothFirstContributionYear' in out) out.rothFirstContributionYear = int(1980, 2010);
      if ('stateTaxRate' in out) out.stateTaxRate = pick([20, 20.01, 100]);
    }
    if (hostile && chance(0.03)) out[pick(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'unknownField'])] = 1;
    if (hostile && chance(0.01)) {
      let deep: unknown = [];
      for (let i = 0; i < 10_000; i++) deep = [deep];
      out[pick(Object.keys(schema.properties))] = deep;
    }
    return out;
  }
  return request;
}

/** `perMode` plausible requests from `seeds[0]` and `perMode` hostile ones from `seeds[1]`, for comparisons between two ways of answering. */
export function sampleRequests(seeds: readonly [plausible: number, hostile: number], perMode: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [mode, seed] of [['plausible', seeds[0]], ['hostile', seeds[1]]] as const) {
    const next = generator(seed, mode);
    for (let i = 0; i < perMode; i++) out.push(next());
  }
  return out;
}
