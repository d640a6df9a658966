// What the guides say about box 7 of Form 1099-R, as built. Instructions for Forms 1099-R and 5498, Table 1: code 1
// only when the payer does not know of an exception (medical, reservist and birth-or-adoption distributions stay on
// code 1 even when known); code 2 for any other §72(t) exception the payer knows of; a qualified plan loan offset is
// reported "as you would any other actual distribution. In addition, enter Code M" ("Plan loan offsets").
import { expect, test } from 'vitest';
import { readPage, text } from './html.ts';

const article = (page: string) => text(/<article\b[\s\S]*?<\/article>/.exec(readPage(page))![0]).replace(/[‘’]/g, "'").replace(/ ([.,;:)])/g, '$1');

test('the early-withdrawals guide puts emergency, domestic-abuse and terminal-illness distributions paid as such on code 2', () => {
  const a = article('/guides/early-withdrawals/');
  expect(a).toContain('code 2: paid before 59½, and the plan knows an exception applies (separation in or after the year you turn 55, for example, or an emergency, domestic-abuse or terminal-illness distribution it paid as one on your certification)');
  expect(a).toContain('Some exceptions stay on code 1 even when the plan knows of them (medical expenses, a reservist\'s distribution, a birth or adoption distribution)');
  expect(a).toContain('enter the amount the exception covers on line 2 with its exception number');
});

test('the loans guide gives the qualified plan loan offset code M with the number code for the reader\'s age', () => {
  const a = article('/guides/401k-loans-vs-withdrawals/');
  expect(a).toContain('Form 1099-R shows it with code M beside the number code for your age: code M1 before 59½ when no exception applies, code M7 from 59½');
  expect(a).toContain('Any other offset carries only the number code, never L.');
});
