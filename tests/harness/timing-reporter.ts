// Prints the browser layer's own figures at the end of a run: tests by state, wall time from the first file's start to
// the last one's end, and the machine's load average, which says how much of that time other work took. A figure
// printed, never a budget enforced: timings on a shared machine are too noisy to fail on.
import { loadavg } from 'node:os';
import type { Reporter, TestModule } from 'vitest/node';

export default class TimingReporter implements Reporter {
  private started = 0;
  private loadAtStart: number[] = [];

  onTestRunStart(): void {
    this.started = performance.now();
    this.loadAtStart = loadavg();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const seconds = (performance.now() - this.started) / 1000;
    const counts = new Map<string, number>();
    let files = 0;
    for (const m of modules) {
      files++;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        counts.set(state, (counts.get(state) ?? 0) + 1);
      }
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const byState = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
    console.log(
      `\nBrowser layer: ${total} tests (${byState}) in ${files} files, ${seconds.toFixed(1)} s wall; ` +
        `load average ${load(this.loadAtStart)} at the start, ${load(loadavg())} at the end (1, 5, 15 min).`,
    );
  }
}
