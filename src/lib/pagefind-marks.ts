// Pagefind's data-pagefind-* attributes (body, ignore, meta, filter, weight) tell its indexer what to index and how; they
// are read when `pagefind --site dist` builds the index and never by the browser, whose search reads the index alone
// (https://pagefind.app/docs/indexing/). So once the index is written they are dropped from the served pages: on the
// longest guide they were 44 attributes and about 0.9 kB of its gzipped HTML.

/** A start tag, its attribute values quoted or bare (a quoted value may hold `>`). */
const START_TAG = /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
/** One attribute of a start tag, from the space before it: name, then its value if any. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** Script and style text is not markup: left as it is. */
const RAW_TEXT = /(<(script|style)\b[^>]*>[\s\S]*?<\/\2\s*>)/i;

/** The page without Pagefind's attributes; everything else, scripts and styles included, byte for byte as it was. */
export function dropPagefindMarks(html: string): string {
  return html
    .split(RAW_TEXT)
    .map((part, i) => {
      // split() with two groups yields [text, raw element, tag name, text, …].
      if (i % 3 === 1) return part;
      if (i % 3 === 2) return '';
      return part.replace(START_TAG, (tag) => tag.replace(ATTRIBUTE, (attr, name: string) => (name.toLowerCase().startsWith('data-pagefind-') ? '' : attr)));
    })
    .join('');
}
