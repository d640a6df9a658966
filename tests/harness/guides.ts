// The guides as the sources define them (content/*.mdx front matter), for tests that check the
// built navigation against what it should be. Reads only the flat fields navigation uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingOrder, type NavGuide } from '../../src/lib/nav.ts';
import type { TopicId } from '../../src/lib/topics.ts';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

function field(frontmatter: string, name: string, file: string): string {
  const m = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(frontmatter);
  if (!m?.[1]) throw new Error(`${file}: no ${name} in front matter`);
  return m[1].trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** Guides in reading order (topic order, then `order`, then title). */
export function sourceGuides(): NavGuide[] {
  const guides = readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((file): NavGuide => {
      const text = readFileSync(join(CONTENT_DIR, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return {
        id: file.replace(/\.mdx$/, '').split('\\').join('/'),
        data: {
          title: field(frontmatter, 'title', file),
          topic: field(frontmatter, 'topic', file) as TopicId,
          order: Number(field(frontmatter, 'order', file)),
        },
      };
    });
  return readingOrder(guides);
}
