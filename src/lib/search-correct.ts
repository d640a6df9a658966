// Typo tolerance, which Pagefind does not have: a query word the index does not hold is replaced by
// the nearest word it does hold (by edit distance), so "hardhsip" searches for "hardship" and the
// reader is told so. The index's words come from the build (src/pages/search/vocabulary.json.ts),
// most frequent first. Pure: no DOM, no Pagefind.
import { stem } from './search-ranking.ts';

/** The index's words, ready for look-ups. */
export interface Dictionary {
  /** Exact look-up. */
  has: (word: string) => boolean;
  /** Whether some word of the index starts with `prefix` (Pagefind matches word beginnings too). */
  hasPrefix: (prefix: string) => boolean;
  /** The words, most frequent first: the order that breaks ties between equally near words. */
  words: readonly string[];
  /** How many pages hold a word in their text (0 for a word the index does not have, or only its reader terms do); words with a digit ("59½") too. */
  pagesWith: (word: string) => number;
}

export function makeDictionary(words: readonly string[], pages: readonly number[] = [], numbers: Readonly<Record<string, number>> = {}): Dictionary {
  const set = new Set(words);
  const pageCounts = new Map([...Object.entries(numbers), ...words.map((w, i): [string, number] => [w, pages[i] ?? 0])]);
  const sorted = [...set].sort();
  return {
    has: (w) => set.has(w),
    hasPrefix: (p) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo]!.startsWith(p);
    },
    words,
    pagesWith: (w) => pageCounts.get(w) ?? 0,
  };
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("hardhsip" → "hardship" is one swap) each cost 1. Stops early and returns
 * `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How many edits a word of this length may need: short words have too many near neighbours to
 * guess from, so a three-letter word ("rdm") is corrected only by a swap or one letter, words of
 * four to seven letters by one edit, and longer words by two.
 */
export function maxEdits(word: string): number {
  if (word.length < 3) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * How many pages a word stands for in the ranking: the pages holding it, or, for a word only the reader terms hold
 * (a misspelling they list for readers who type it: "withdrawl", "penality"), those holding the nearest word the
 * pages do. A typo says no more about which page is meant than the word it stands for; counted as on no page, it
 * would outweigh every word spelt right.
 */
export function pagesMeant(word: string, dict: Dictionary): number {
  const own = dict.pagesWith(word);
  // Short words only the terms hold are mostly abbreviations ("tsp", "qdro", "irmaa"), rare and telling as they are.
  if (own > 0 || !correctable(word) || word.length < 6) return own;
  const max = maxEdits(word);
  let best = 0;
  let bestDistance = max + 1;
  for (const candidate of dict.words) {
    if (candidate.length < 3 || dict.pagesWith(candidate) === 0) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = dict.pagesWith(candidate);
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** Whether a query word can be corrected at all: letters only (numbers, "401k", "72t" and "59½" never are). */
function correctable(word: string): boolean {
  return /^[a-z]+$/.test(word) && maxEdits(word) > 0;
}

/**
 * Whether the index answers a word as typed: it holds it, or it begins a word the index holds, or so
 * does the word without its ending ("inheriting" is answered by "inherit", which Pagefind's stemming
 * finds).
 */
export function known(word: string, dict: Dictionary): boolean {
  return !correctable(word) || dict.has(word) || (word.length >= 3 && dict.hasPrefix(word)) || (word.length >= 6 && dict.has(stem(word)));
}

/** The nearest word of the index to `word`, or undefined when none is near enough. */
export function nearestWord(word: string, dict: Dictionary): string | undefined {
  const max = maxEdits(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of dict.words) {
    // Too short a word (a stem like "ira" for "iras") is not a correction worth offering.
    if (candidate.length < 3) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break; // the most frequent word one edit away: no other word can be nearer
    }
  }
  return bestDistance <= max ? best : undefined;
}

export interface Correction {
  /** The words to search: each unknown word replaced by its nearest index word, or left out when none is near. */
  words: string[];
  /** Whether anything was replaced or left out. */
  changed: boolean;
}

/**
 * Corrects each word of a query the index does not answer, in place; known words, and those `keep`
 * says to leave (the filler words of a question), are left alone.
 */
export function correctWords(words: readonly string[], dict: Dictionary, keep: (word: string) => boolean = () => false): Correction {
  let changed = false;
  const out: string[] = [];
  for (const word of words) {
    if (keep(word) || known(word, dict)) {
      out.push(word);
      continue;
    }
    changed = true;
    const nearest = nearestWord(word, dict);
    if (nearest !== undefined) out.push(nearest);
  }
  return { words: out, changed };
}
