// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentPolicyPlugin } from './src/lib/check/body/content-policy-plugin.ts';
import { devPreview } from './src/integrations/dev-preview.ts';
import { devMedia } from './src/integrations/dev-media.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { taskListLabelsPlugin } from './src/integrations/task-list-labels.ts';
import { scrollableBlocksPlugin } from './src/integrations/scrollable-blocks.ts';
import { responsiveImagesPlugin } from './src/integrations/responsive-images.ts';
import { mermaidDiagramsPlugin } from './src/integrations/mermaid-diagrams.ts';
import { contentDir } from './src/lib/paths.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { cspDirectives } from './src/lib/csp.ts';
import { site } from './src/data/site.ts';
import { showsInternalParts } from './src/lib/publication.ts';

// Deployment settings come from the environment so one fork serves any host:
// BASE_PATH=/devrel/ for a sub-path, SITE_URL for absolute links in feeds.
const base = normalizeBase(process.env.BASE_PATH);

// Astro caches loaded content between builds. Builds of other content folders (tests,
// the benchmark) get a cache of their own, so entries of one never leak into another.
// WIKI_CACHE_DIR lets parallel builds of the same content keep separate caches too.
const cacheDir = process.env.WIKI_CACHE_DIR
  ? process.env.WIKI_CACHE_DIR
  : process.env.WIKI_CONTENT_DIR
  ? `./node_modules/.astro/content-${createHash('sha256').update(path.resolve(process.env.WIKI_CONTENT_DIR)).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  cacheDir,
  // The build script writes to a staging folder and swaps it in only on success.
  outDir: process.env.WIKI_OUT_DIR || 'dist',
  // Stylesheets always go to files, never inline <style>, so the strict Content-Security-Policy
  // in public/_headers (style-src 'self') holds on every page.
  // Four pages render at once: while one waits for its file to be written, another
  // renders. At 3,000 recaps, faster than one at a time in 4 of 4 alternating pairs
  // (by 2–11 %); two at a time made no measurable difference.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // The site is static and self-contained: no prefetch scripts.
  prefetch: false,
  // Every page carries its Content-Security-Policy in a <meta> tag, with hashes of any
  // inline script or style Astro emits, so the policy holds on hosts that send no headers
  // (GitHub Pages, a plain file share). The same policy is in public/_headers and the
  // nginx example, which add what a <meta> cannot: frame-ancestors.
  // 'wasm-unsafe-eval' lets search (the header box on every page) compile Pagefind's
  // WebAssembly; it does not allow eval().
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Prism marks code tokens with classes (coloured in global.css); Shiki's inline
    // style="" attributes would be blocked by the CSP's style-src 'self'.
    // Mermaid blocks are left as written for the diagrams plugin, which draws them.
    syntaxHighlight: { type: 'prism', excludeLangs: ['mermaid'] },
    // Content is untrusted: the content policy runs first and sanitises or refuses what
    // `npm run check` refuses. rawHtml parses authors' HTML into elements it can judge
    // (otherwise raw HTML passes through as opaque text).
    processor: satteri({
      // A public wiki's <Internal> parts leave the tree first, before anything (heading ids,
      // "On this page", search) is derived from the text.
      hastPlugins: [contentPolicyPlugin({ dropInternal: !showsInternalParts(site) }), responsiveImagesPlugin(base, contentDir), mermaidDiagramsPlugin(), baseLinksPlugin(base), taskListLabelsPlugin(), scrollableBlocksPlugin()],
      features: { rawHtml: true },
    }),
  },
  // devPreview answers pages of `astro dev` with the content's errors while there are any.
  integrations: [contentGuard(), devPreview(), devMedia(), mdx(), pagefindSearch()],
  vite: {
    build: {
      // Scripts are never inlined into pages (Astro inlines small ones by default), so the
      // CSP needs no 'unsafe-inline' for scripts.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pipeline marks modules with a "use astro:head-inject" directive that
        // the bundler warns about once per file; it is expected and says nothing to authors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
