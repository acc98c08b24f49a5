// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGuard } from './src/integrations/content-guard.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { normalizeBase } from './src/lib/urls.ts';

// Deployment settings come from the environment so one fork serves any host:
// BASE_PATH=/devrel/ for a sub-path, SITE_URL for absolute links in feeds.
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // The build script writes to a staging folder and swaps it in only on success.
  outDir: process.env.WIKI_OUT_DIR || 'dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The site is static and self-contained: no prefetch scripts.
  prefetch: false,
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  integrations: [contentGuard(), mdx()],
  vite: {
    build: {
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
