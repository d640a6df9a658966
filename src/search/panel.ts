// Brings a SearchPanel (src/components/SearchPanel.astro) to life: runs the query through Pagefind as
// the reader types, renders the results with text nodes and <mark> elements only (never HTML from the
// index), announces the count through the panel's role="status" line, and moves between the input
// and the result links with the arrow keys.
import type { ExcerptPart, ResultView } from '../lib/search-results.ts';
import { runSearch } from './run-search.ts';

/** Wait this long after a keystroke before searching, so fast typing searches once. */
const DEBOUNCE_MS = 30;

export interface SearchState {
  query: string;
  filters: Record<string, string>;
}

export interface PanelOptions {
  /** Called after each search with what was searched (the page keeps its URL in step). */
  onSearch?: (state: SearchState) => void;
  /** Called when the reader follows a result (the dialog closes itself). */
  onNavigate?: (link: HTMLAnchorElement) => void;
}

export interface Panel {
  input: HTMLInputElement;
  /** Sets the query and filters, then searches. */
  set: (state: Partial<SearchState>) => void;
  /** Searches with what the controls hold now. */
  refresh: () => void;
  state: () => SearchState;
}

function need<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search panel: missing ${selector}`);
  return el;
}

function appendExcerpt(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

function renderResult(view: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const title = document.createElement('a');
  title.className = 'search-result-title';
  title.href = view.url;
  title.textContent = view.title;
  li.append(title);
  if (view.topic) {
    const topic = document.createElement('span');
    topic.className = 'search-result-topic';
    topic.textContent = view.topic;
    li.append(' ', topic);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  appendExcerpt(excerpt, view.excerpt);
  li.append(excerpt);
  if (view.headings.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result-headings';
    list.setAttribute('aria-label', `Sections of ${view.title}`);
    for (const heading of view.headings) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = heading.url;
      link.textContent = heading.title;
      const text = document.createElement('p');
      text.className = 'search-result-excerpt';
      appendExcerpt(text, heading.excerpt);
      item.append(link, text);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** The status line: how many results, for what, and what was searched instead when a word was corrected. */
export function describe(count: number, query: string, filters: Record<string, string>, correctedTo?: string): string {
  const what = query ? ` for “${query}”` : '';
  const within = Object.values(filters).length > 0 ? ` in ${Object.values(filters).join(', ')}` : '';
  const results = `${count} ${count === 1 ? 'result' : 'results'}`;
  if (count === 0) return `No results${what}${within}.`;
  if (correctedTo) return `Showing results for “${correctedTo}”${within}: ${results}. You searched for “${query}”.`;
  return `${results}${what}${within}.`;
}

export function bindPanel(root: HTMLElement, options: PanelOptions = {}): Panel {
  const input = need<HTMLInputElement>(root, '[data-search-input]');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const status = need<HTMLElement>(root, '[data-search-status]');
  const empty = need<HTMLElement>(root, '[data-search-empty]');
  const list = need<HTMLOListElement>(root, '[data-search-results]');
  const form = need<HTMLFormElement>(root, 'form');

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = (): SearchState => {
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.dataset['searchFilter']!] = s.value;
    return { query: input.value, filters };
  };

  const show = (views: ResultView[], count: number, current: SearchState, correctedTo?: string): void => {
    list.replaceChildren(...views.map(renderResult));
    empty.hidden = count > 0;
    status.textContent = describe(count, current.query.trim(), current.filters, correctedTo);
    root.dataset['searchDone'] = String(seq); // tests and the benchmark wait on this
  };

  async function search(): Promise<void> {
    const mine = ++seq;
    const current = state();
    options.onSearch?.(current);
    if (!current.query.trim() && Object.keys(current.filters).length === 0) {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      delete root.dataset['searchDone'];
      return;
    }
    try {
      const outcome = await runSearch(current.query, current.filters);
      if (mine !== seq || !outcome) return; // a newer search has started
      show(outcome.views, outcome.count, current, outcome.correctedTo);
    } catch {
      if (mine !== seq) return;
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = 'Search could not load. Check your connection and try again, or browse the guides.';
    }
  }

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  for (const s of selects) s.addEventListener('change', () => void search());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first && root.dataset['searchDone'] === String(seq)) first.click();
    else void search();
  });

  // Arrow keys walk input → result links → …; Home/End jump; Enter on a link follows it (natively).
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const target = e.target as HTMLElement;
    if (target !== input && !list.contains(target)) return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(target);
    const next = stops[Math.min(stops.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next && next !== target) {
      e.preventDefault();
      next.focus();
    }
  });

  list.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest('a');
    if (link && !e.defaultPrevented) options.onNavigate?.(link);
  });

  return {
    input,
    set: ({ query, filters }) => {
      if (query !== undefined) input.value = query;
      if (filters) for (const s of selects) s.value = filters[s.dataset['searchFilter']!] ?? '';
      void search();
    },
    refresh: () => void search(),
    state,
  };
}
