/**
 * Pagefind is sent only the part of a page it indexes. The build test compares the whole
 * index with Pagefind reading the written pages; these pin the cut itself.
 */
import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/integrations/search-indexer.ts';

const page = [
  '<!DOCTYPE html><html lang="de" data-theme="auto"><head><title>Recap</title><link rel="stylesheet" href="/a.css"></head>',
  '<body><header><nav>Programs Recaps</nav></header>',
  '<main id="main"><div class="container page"><nav aria-label="Breadcrumb">Home</nav>',
  '<div data-pagefind-body><h1>KubeCon</h1><p>Why it mattered</p></div>',
  '</div></main><footer>Edit this page</footer></body></html>',
].join('');

describe('searchablePart', () => {
  it('keeps the language and the searchable element, and drops head, header, navigation and footer', () => {
    const part = searchablePart(page);
    expect(part.startsWith('<!DOCTYPE html><html lang="de" data-theme="auto">')).toBe(true);
    expect(part).toContain('<div data-pagefind-body><h1>KubeCon</h1><p>Why it mattered</p></div>');
    for (const dropped of ['<title>', 'stylesheet', 'Programs Recaps', 'Breadcrumb', 'Edit this page']) expect(part).not.toContain(dropped);
  });

  it('sends a page of another shape whole rather than guess', () => {
    const noMain = page.replace('</div></main>', '</div>');
    expect(searchablePart(noMain)).toBe(noMain);
    const bodyOnTheMain = page.replace('<main id="main">', '<main id="main" data-pagefind-body>').replace('<div data-pagefind-body>', '<div>');
    expect(searchablePart(bodyOnTheMain)).toBe(bodyOnTheMain);
    expect(searchablePart('<div data-pagefind-body>x</div></main>')).toBe('<div data-pagefind-body>x</div></main>');
  });
});
