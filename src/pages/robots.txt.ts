// /robots.txt: every page may be crawled; the sitemap's address comes from the one site URL
// (astro.config.mjs `site`, from SITE_URL), so a deploy to another origin needs no edit here.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
