// /llms.txt (https://llmstxt.org): the site in one Markdown file for language models and other
// readers that want the map, not the pages: every guide with its title, address and one-sentence
// answer, grouped by topic in sidebar order.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSidebar } from '../lib/nav.ts';
import { SITE_NAME } from '../lib/meta.ts';

export const GET: APIRoute = async ({ site }) => {
  const guides = await getCollection('guides');
  const byId = new Map(guides.map((g) => [g.id, g]));
  const url = (path: string) => (site ? new URL(path, site).href : path);
  const out = [
    `# ${SITE_NAME}`,
    '',
    '> Plain-language answers, with citations to the IRS and the law, on how US federal tax treats 401(k) plans:',
    '> contributions, ordinary and early withdrawals and their exceptions, Roth accounts, hardship withdrawals, loans',
    '> and required minimum distributions. General information, not tax advice.',
    '',
    `Each guide says which tax years it covers, when it was last reviewed and which sources it relies on. What-if checks: ${url('/checks/')}`,
  ];
  for (const group of buildSidebar(guides, '')) {
    out.push('', `## ${group.label}`, '');
    for (const link of group.links) {
      const guide = byId.get(link.id);
      if (!guide) continue;
      out.push(`- [${guide.data.title}](${url(link.href)}): ${guide.data.summary}`);
    }
  }
  return new Response(`${out.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
