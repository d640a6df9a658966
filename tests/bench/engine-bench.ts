/**
 * Engine benchmark (not part of the pass/fail run): `npm run bench` evaluates a fixed mix of requests — every check,
 * every covered year — round-robin on one core and prints evaluations per second. Target: more than 100,000/s.
 */
import { CHECK_IDS, coveredYears, evaluate } from '../../src/engine/index.ts';

function requestsFor(year: number): Record<string, unknown>[] {
  const d = (md: string) => `${year}-${md}`;
  return [
    { check: 'federal-tax', taxYear: year, filingStatus: 'married-filing-jointly', income: 180000 },
    { check: 'early-withdrawal', distributionDate: d('06-15'), birthDate: '1980-03-10', amount: 20000, vestedBalance: 80000, otherIncome: 60000 },
    { check: 'early-withdrawal', distributionDate: d('09-01'), birthDate: '1969-01-20', amount: 30000, vestedBalance: 200000, otherIncome: 90000, separatedFromPlanEmployer: true, separationDate: d('03-31'), claims: ['medical'], medicalExpenses: 12000, stateTaxRate: 4 },
    { check: 'exceptions', distributionDate: d('06-15'), birthDate: '1971-09-01', separatedFromPlanEmployer: true, separationDate: d('03-31'), purposes: ['medical', 'home'] },
    { check: 'roth-distribution', distributionDate: d('06-15'), birthDate: '1980-03-10', amount: 5000, vestedBalance: 10000, rothBasis: 9400, rothFirstContributionYear: 2021, otherIncome: 60000 },
    { check: 'contribution-limits', taxYear: year, birthDate: '1964-05-20', priorYearFicaWages: 160000, traditionalDeferrals: 24500, rothDeferrals: 12000 },
    { check: 'contribution-limits', taxYear: year, birthDate: '1990-01-01', traditionalDeferrals: 30000, otherEmployerDeferrals: 2000 },
    { check: 'hardship', reason: 'eviction-foreclosure', amountNeeded: 10000, distributionDate: d('06-15'), birthDate: '1980-03-10', vestedBalance: 80000, otherIncome: 60000, stateTaxRate: 5 },
    { check: 'hardship', reason: 'medical', amountNeeded: 25000, distributionDate: d('03-01'), birthDate: '1975-07-04', vestedBalance: 150000, accountType: 'roth', rothBasis: 90000, rothFirstContributionYear: 2015, otherIncome: 110000, filingStatus: 'married-filing-jointly' },
    { check: 'loss', taxYear: year, situation: 'repurchase-in-ira', lossAmount: 5000, saleDate: d('03-01'), repurchaseDate: d('03-20') },
    { check: 'loss', taxYear: year, situation: 'closed-below-basis', accountType: 'roth', basis: 20000, amountReceived: 15000 },
    { check: 'loan', loanDate: d('06-15'), vestedBalance: 80000, outstandingBalance: 18000, highestBalanceLast12Months: 27000, birthDate: '1980-03-10', otherIncome: 60000 },
    { check: 'loan', loanDate: d('02-01'), vestedBalance: 14000, planAllowsFloor: true },
  ];
}

const mix = coveredYears().flatMap(requestsFor);
const covered = new Set(mix.map((r) => r.check));
const missing = CHECK_IDS.filter((id) => !covered.has(id));
for (const r of mix) {
  const out = evaluate(r);
  if (!out.ok) throw new Error(`benchmark request refused: ${JSON.stringify(r)} → ${JSON.stringify(out.errors)}`);
}

/** Returns the CPU time this process spent (ms) and the wall time (ms): on a busy machine the CPU time is the fair one. */
function run(n: number): { cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < n; i++) evaluate(mix[i % mix.length]);
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0 };
}
run(50_000); // warm up the JIT
const n = Number(process.env.BENCH_N ?? 300_000);
const t = run(n);
const perSecond = Math.round(n / (t.cpu / 1000));
console.log(`${mix.length} requests (${covered.size} checks × ${coveredYears().length} years), ${n.toLocaleString('en-US')} evaluations in ${t.cpu.toFixed(0)} ms of CPU (${t.wall.toFixed(0)} ms wall)`);
console.log(`${perSecond.toLocaleString('en-US')} evaluations per second on one core${perSecond > 100_000 ? '' : ' — below the 100,000/s target'}`);
if (missing.length) console.log(`checks not in the mix: ${missing.join(', ')}`);
