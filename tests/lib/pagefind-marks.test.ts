import { describe, expect, test } from 'vitest';
import { dropPagefindMarks } from '../../src/lib/pagefind-marks.ts';

describe('dropPagefindMarks', () => {
  test('drops every kind of Pagefind attribute, with or without a value', () => {
    const html =
      '<article class="prose" data-pagefind-body data-pagefind-meta="synonyms:72t exceptions, penalty"><p data-pagefind-ignore>a</p>' +
      "<span data-pagefind-filter='tax year'>2026</span><span data-pagefind-weight=4>b</span></article>";
    expect(dropPagefindMarks(html)).toBe('<article class="prose"><p>a</p><span>2026</span><span>b</span></article>');
  });

  test('keeps the other attributes of a tag, even a value holding > or the words data-pagefind', () => {
    const html = '<a title="a > b data-pagefind-body" data-pagefind-ignore href="/x/">x</a>';
    expect(dropPagefindMarks(html)).toBe('<a title="a > b data-pagefind-body" href="/x/">x</a>');
  });

  test('leaves text, scripts and styles as they are', () => {
    const html =
      '<p>Pagefind reads data-pagefind-body.</p><script>document.querySelector("<b data-pagefind-ignore>")</script>' +
      '<style>[data-pagefind-ignore]{}</style><p data-pagefind-ignore="">y</p>';
    expect(dropPagefindMarks(html)).toBe(
      '<p>Pagefind reads data-pagefind-body.</p><script>document.querySelector("<b data-pagefind-ignore>")</script>' +
        '<style>[data-pagefind-ignore]{}</style><p>y</p>',
    );
  });

  test('returns a page without Pagefind attributes unchanged', () => {
    const html = '<!doctype html><html lang="en"><body><main id="main">x</main></body></html>';
    expect(dropPagefindMarks(html)).toBe(html);
  });
});
