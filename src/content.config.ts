// One collection: the MDX guides in the top-level content/ folder. The schema lives in
// src/lib/guide-schema.ts so unit tests can exercise it without Astro's virtual modules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: guideSchema,
});

export const collections = { guides };
