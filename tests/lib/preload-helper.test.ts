// The build's guard for the small preload helper: a stylesheet in a chunk's preload list is found (the build then stops).
import { expect, test } from 'vitest';
import { cssPreloads } from '../../src/lib/preload-helper.ts';

test('finds the stylesheets in a chunk’s preload list', () => {
  const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Loss.X1.js","_astro/checks.Y2.css"])))=>i.map(i=>d[i]);\nvar e=1;';
  expect(cssPreloads(code)).toEqual(['_astro/checks.Y2.css']);
});

test('finds none in a list of scripts, or in a chunk without a list', () => {
  expect(cssPreloads('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/Loss.X1.js"])))=>i.map(i=>d[i]);')).toEqual([]);
  expect(cssPreloads('var e=`a.css`;export{e as t};')).toEqual([]);
});
