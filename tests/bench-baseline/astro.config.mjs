// The benchmark's baseline: the least an Astro site can do with the same recap files
// (glob loader, one layout, one page per entry, MDX), so `npm run bench` can say what
// our features cost on top of the framework. Content comes from BENCH_CONTENT_DIR.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR || './dist',
  cacheDir: process.env.BENCH_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
