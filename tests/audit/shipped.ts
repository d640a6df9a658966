// `npm run audit:shipped`: npm's advisory audit of the packages whose code reaches readers' browsers (package.json
// `dependencies`; build and test tools are devDependencies). Prints what it found. Fails only on a high or critical
// advisory; a registry that refuses or cannot answer the audit request is reported and is not a failure, since no
// answer is not a finding.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } }; message?: string; error?: { summary?: string } } | undefined;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? (run.stderr.split('\n').find((l) => /error|warn/i.test(l)) ?? 'no answer').trim();
  console.log(`npm audit --omit=dev: the registry did not answer the audit request (${why}); not a failure.`);
  process.exit(0);
}
const shipped = report?.metadata?.dependencies?.prod;
console.log(`npm audit --omit=dev: ${shipped ?? '?'} shipped packages; advisories: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
process.exitCode = (counts['high'] ?? 0) + (counts['critical'] ?? 0) > 0 ? 1 : 0;
