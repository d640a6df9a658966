// The /search/ page: runs the search its address asks for (?q=…&topic=…&year=…) and keeps the
// address in step as the reader types, so the page is always a link that can be shared.
import { parseSearchParams, searchPageHref } from '../lib/search-query.ts';
import { bindPanel } from './panel.ts';

const root = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
if (root) {
  const panel = bindPanel(root, {
    onSearch: (state) => {
      const href = searchPageHref(state);
      if (href !== `${location.pathname}${location.search}`) history.replaceState(null, '', href);
    },
  });
  panel.set(parseSearchParams(new URLSearchParams(location.search)));
  panel.input.focus();
}
