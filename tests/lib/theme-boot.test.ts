import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { THEME_BOOT_SCRIPT } from '../../src/lib/theme-boot.ts';

/** Runs the boot script against a fake document and storage; returns the data-theme it set. */
function boot(stored: string | null | Error): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(THEME_BOOT_SCRIPT, {
    document: { documentElement: { dataset } },
    localStorage: {
      getItem: () => {
        if (stored instanceof Error) throw stored;
        return stored;
      },
    },
  });
  return dataset['theme'];
}

test('sets the stored light or dark choice on the root element', () => {
  expect(boot('dark')).toBe('dark');
  expect(boot('light')).toBe('light');
});

test('leaves the theme to the system when nothing or system is stored', () => {
  expect(boot(null)).toBeUndefined();
  expect(boot('system')).toBeUndefined();
  expect(boot('<script>')).toBeUndefined();
});

test('survives storage that throws', () => {
  expect(boot(new Error('SecurityError'))).toBeUndefined();
});

test('marks the root element as running JavaScript, so the theme switch shows only then', () => {
  const dataset: Record<string, string> = {};
  runInNewContext(THEME_BOOT_SCRIPT, { document: { documentElement: { dataset } }, localStorage: { getItem: () => null } });
  expect(dataset['js']).toBe('');
});

test('marks the root element when the link carries a check’s scenario, and only then', () => {
  const marked = (search: string) => {
    const dataset: Record<string, string> = {};
    runInNewContext(THEME_BOOT_SCRIPT, { document: { documentElement: { dataset } }, localStorage: { getItem: () => null }, location: { search } });
    return dataset['scenario'];
  };
  expect(marked('?ln.v=1&ln.leaving=leaving-job')).toBe('');
  expect(marked('?q=loan&ew.v=1')).toBe('');
  expect(marked('')).toBeUndefined();
  expect(marked('?q=loan.v')).toBeUndefined();
});
