// The frontmatter every guide in content/ must carry. Strict: an unknown or misspelt field stops the
// build, naming the file and the field, instead of being silently dropped.
// Types are derived from this schema (`GuideData`), never written twice.
import { z } from 'astro/zod';
import { coveredYears } from '../data/index.ts';
import { TOPIC_IDS } from './topics.ts';

/** Tax years the site covers: exactly the years with a data module, so a guide cannot claim a year without data. */
export const COVERED_TAX_YEARS = coveredYears();

const taxYear = z.literal(COVERED_TAX_YEARS, {
  error: `must be one of the covered tax years: ${COVERED_TAX_YEARS.join(', ')}`,
});

const source = z
  .object({
    /** Citation as a reader sees it, with a pinpoint section, e.g. "IRS Publication 575, Tax on Early Distributions". */
    title: z.string().min(1),
    /** Where the cited text can be read; https only. */
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
  })
  .strict();

export const guideSchema = z
  .object({
    /** Page title and the h1; also the sidebar label. */
    title: z.string().min(1).max(90),
    /** One or two sentences for search results and the meta description. */
    description: z.string().min(20).max(200),
    /** The answer to the page's question in one sentence, shown under the title. */
    summary: z
      .string()
      .min(1)
      .refine((s) => (s.trim().match(/[.!?](\s|$)/g) ?? []).length === 1, {
        error: 'must be exactly one sentence ending in . ! or ?',
      }),
    /** Which sidebar group the guide sits in; one of the fixed topics in src/lib/topics.ts. */
    topic: z.enum(TOPIC_IDS),
    /** Position within its topic, lowest first; ties are broken by title. */
    order: z.number().int().nonnegative(),
    /** Tax years the page's statements have been checked against. */
    taxYears: z.array(taxYear).min(1),
    /** The date someone last checked the page against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** Every authority the page relies on, listed at the end of the page. */
    sources: z.array(source).min(1),
    /** Other words readers use for this topic, fed to search (added by the search issue). */
    synonyms: z.array(z.string().min(1)).optional(),
    /** Ids of the what-if checks embedded in the page (added with the islands). */
    checks: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case check id')).optional(),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
