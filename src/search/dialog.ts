// The header's search dialog: fetched by the launcher (src/components/SearchLauncher.astro) the first
// time search is opened, which it then asks for with a `search:open` event (and, for that first time,
// which this module may miss while loading, the data-search-open flag on <html>). A modal <dialog>: focus stays inside while it is open, Escape closes it, and
// focus goes back to where the reader was (or to the launcher).
import { searchPageHref } from '../lib/search-query.ts';
import { bindPanel, type Panel } from './panel.ts';
import { loadPagefind, loadVocabulary } from './pagefind.ts';

let panel: Panel | undefined;

export function openSearchDialog(launcher: HTMLElement | null): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (dialog.open) {
    panel?.input.focus();
    return;
  }
  const before = document.activeElement;
  const returnTo = before instanceof HTMLElement && before !== document.body ? before : launcher;

  if (!panel) {
    const share = dialog.querySelector<HTMLAnchorElement>('[data-search-share]');
    panel = bindPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!, {
      onNavigate: () => dialog.close(),
      onSearch: ({ query, filters }) => {
        if (share) share.href = searchPageHref({ query, filters });
      },
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // Escape closes at once, even from a search box with text in it (which would clear first).
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      dialog.close();
    });
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  panel.input.focus();
  panel.input.select();
  void loadPagefind().catch(() => undefined); // warm up while the reader types
  void loadVocabulary();
}


function openFromLauncher(): void {
  delete document.documentElement.dataset['searchOpen'];
  openSearchDialog(document.querySelector<HTMLElement>('[data-search-launcher]'));
}

document.addEventListener('search:open', openFromLauncher);
if (document.documentElement.dataset['searchOpen'] !== undefined) openFromLauncher();
