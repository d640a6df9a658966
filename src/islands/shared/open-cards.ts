/**
 * Opens a guide's check cards in place. A card (src/components/CheckCard.astro) is plain HTML: the check's worked
 * example in brief and "Try it with your numbers", a link to the check's own page, which is what it stays without
 * JavaScript. This small script, the only one a card loads with the page, turns that link into "open here": on the
 * reader's click (or Enter) the check's island is fetched and takes over the card (CheckCard.tsx loads the live check
 * and focuses its first field); a guide URL carrying a check's scenario opens that check at once. A reader who only
 * reads loads no check code at all; a pointer or focus on a card starts fetching its island, so the click waits less.
 */
import type { ComponentType } from 'preact';
import type { IslandId } from '../registry.ts';
import type { CheckProps } from './check-state.ts';

type Island = { default: ComponentType<CheckProps<IslandId>> };

/** Each check's island module, by check id (a Map, so the budget tells it from the engine's table: tests/budget). */
const ISLANDS = new Map<string, () => Promise<Island>>([
  ['early-withdrawal', () => import('../EarlyWithdrawal.tsx') as Promise<Island>],
  ['exceptions', () => import('../ExceptionFinder.tsx') as Promise<Island>],
  ['roth-distribution', () => import('../RothDistribution.tsx') as Promise<Island>],
  ['contribution-limits', () => import('../ContributionLimits.tsx') as Promise<Island>],
  ['hardship', () => import('../Hardship.tsx') as Promise<Island>],
  ['loss', () => import('../Loss.tsx') as Promise<Island>],
  ['loan', () => import('../Loan.tsx') as Promise<Island>],
  ['rollover', () => import('../Rollover.tsx') as Promise<Island>],
  ['rmd', () => import('../Rmd.tsx') as Promise<Island>],
]);

/** Says on the card that the check could not be loaded (once), as an alert, which is announced when it is added. */
function cardFailed(card: Element): void {
  card.setAttribute('data-live', '');
  if (card.querySelector('.cc-failed')) return;
  const note = document.createElement('p');
  note.className = 'cc-failed';
  note.setAttribute('role', 'alert');
  note.textContent = 'The check could not be loaded. Check your connection and try again, or open the check’s own page.';
  card.querySelector('.cc')?.append(note);
}

function arm(card: HTMLElement): void {
  const id = card.dataset['checkCard'] as IslandId;
  const ns = card.dataset['ns'] ?? '';
  const load = ISLANDS.get(id);
  if (!load) return;
  // The island and the card's mount.
  let fetching: Promise<[typeof import('./CheckCard.tsx'), Island]> | undefined;
  const fetchIsland = () => {
    fetching ??= Promise.all([import('./CheckCard.tsx'), load()]);
    fetching.catch(() => (fetching = undefined));
    return fetching;
  };
  let opening = false;
  const open = (focus: boolean) => {
    if (opening) return;
    opening = true;
    card.setAttribute('aria-busy', 'true');
    fetchIsland().then(
      ([{ mountCard }, island]) => {
        card.removeEventListener('click', onClick);
        // The island keeps the card's HTML as it is (CheckCard.tsx) and replaces it with the live check once loaded;
        // from here its own click handler answers the link.
        mountCard(island.default, { id, ns, card: true, opened: { focus, failed: cardFailed } }, card);
      },
      () => {
        opening = false;
        card.removeAttribute('aria-busy');
        cardFailed(card);
      },
    );
  };
  function onClick(e: MouseEvent) {
    // A modified click (a new tab or window) follows the link to the check's own page.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (!(e.target as Element | null)?.closest('.cc-try')) return;
    e.preventDefault();
    open(true);
  }
  card.addEventListener('click', onClick);
  // Each fires once at most, and once the island is fetched a call only returns it: nothing to remove after opening.
  for (const t of INTENT) card.addEventListener(t, fetchIsland, { once: true, passive: true });
  // A link that carries this check's scenario opens it at once; a card it does not concern shows its brief
  // (data-live: checks.css hides a card's example only while a scenario is being worked out).
  if ([...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${ns}.`))) open(false);
  else card.setAttribute('data-live', '');
}

/** What shows the reader may open a card soon: fetching its island then saves a round trip on the click. */
const INTENT = ['pointerover', 'focusin', 'touchstart'] as const;

for (const card of document.querySelectorAll<HTMLElement>('[data-check-card]')) arm(card);

/**
 * A check's own page: Check.astro renders its island there as plain HTML too (`data-check-page`), so the page carries
 * none of Astro's island scripts; it is mounted at once, as Astro would hydrate it, and from there the island
 * (CheckPage.tsx) loads the live check on the reader's first touch, or at once for a URL carrying its scenario.
 */
function mountPage(el: HTMLElement): void {
  const load = ISLANDS.get(el.dataset['checkPage'] ?? '');
  if (load) void Promise.all([import('./CheckPage.tsx'), load()]).then(([{ mountPage }, island]) => mountPage(island.default, el));
}

for (const el of document.querySelectorAll<HTMLElement>('[data-check-page]')) mountPage(el);
