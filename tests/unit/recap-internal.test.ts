/**
 * `<Internal>` parts of recap bodies: found with the MDX parser and cut out whatever shape
 * the author wrote them in, because whatever survives here reaches the company blog.
 */
import { describe, expect, it } from 'vitest';
import { findInternalParts, internalTagsInMarkdown, MdxSyntaxError, stripInternal } from '../../src/lib/recaps/internal.ts';

const secret = 'SENTINEL-7f3a';

describe('stripInternal', () => {
  it('removes an inline part and keeps the sentence around it', () => {
    expect(stripInternal(`We met 40 developers <Internal>and ${secret} leads</Internal> at the booth.\n`)).toBe('We met 40 developers at the booth.\n');
    expect(stripInternal(`Great day. <Internal>Cost ${secret}.</Internal>\n`)).toBe('Great day.\n');
  });

  it('removes a block with nested markup: emphasis, lists, tables, links, headings', () => {
    const body = [
      'Before.',
      '',
      '<Internal>',
      `## Budget ${secret}`,
      '',
      `- **Booth:** 61,500 USD, see [the sheet](https://drive.example/${secret})`,
      '- *Travel:* 9,000 USD',
      '',
      '| lead | owner |',
      '|---|---|',
      `| ${secret} | Sales |`,
      '</Internal>',
      '',
      'After.',
      '',
    ].join('\n');
    expect(stripInternal(body)).toBe('Before.\n\nAfter.\n');
  });

  it('removes several parts, with reason or label attributes, self-closing and nested ones', () => {
    const body = [
      `<Internal reason="budget">${secret} one</Internal>`,
      '',
      'Public one.',
      '',
      `<Internal label="Partner under NDA">`,
      '',
      `Northwind ${secret} <Internal>nested ${secret}</Internal> evaluation.`,
      '',
      '</Internal>',
      '',
      '<Internal reason="placeholder" />',
      '',
      'Public two.',
      '',
    ].join('\n');
    const out = stripInternal(body);
    expect(out).not.toContain(secret);
    expect(out).not.toContain('Internal');
    expect(out).toBe('Public one.\n\nPublic two.\n');
  });

  it('removes a part whose tag spans several lines and is indented', () => {
    const body = `Intro.\n\n  <Internal\n    reason="multi-line tag"\n  >\n  ${secret}\n  </Internal>\n\nOutro.\n`;
    expect(stripInternal(body)).toBe('Intro.\n\nOutro.\n');
  });

  it('removes a list item or quote that is nothing but a part, and keeps the other items', () => {
    const body = `- Public item.\n- <Internal reason="budget">${secret} item.</Internal>\n- Last item.\n`;
    expect(stripInternal(body)).toBe('- Public item.\n- Last item.\n');
    expect(stripInternal(`1. One.\n2. <Internal>${secret}</Internal>\n\n> <Internal>${secret}</Internal>\n\nEnd.\n`)).toBe('1. One.\n\nEnd.\n');
  });

  it('keeps a list item with public text next to a part', () => {
    const body = `- **Booth:** 2,050 visitors. <Internal reason="lead counts">58 to Sales ${secret}.</Internal>\n- Talk.\n`;
    expect(stripInternal(body)).toBe('- **Booth:** 2,050 visitors.\n- Talk.\n');
  });

  it('leaves a tag written inside code alone: it is an example, not a part', () => {
    const body = 'Use it like this:\n\n```mdx\n<Internal>budget</Internal>\n```\n\nOr inline: `<Internal>`.\n';
    expect(stripInternal(body)).toBe(body);
  });

  it('refuses an unclosed tag instead of guessing where the part ends', () => {
    expect(() => stripInternal(`Public.\n\n<Internal>\n${secret}\n\nMore.\n`)).toThrow(MdxSyntaxError);
    expect(() => stripInternal(`A <Internal>${secret}\n\nB`)).toThrow(/closing tag/);
  });
});

describe('findInternalParts', () => {
  it('reports line, inline or block, and the reason or label', () => {
    const parts = findInternalParts('Text <Internal reason="NDA">x</Internal>.\n\n<Internal label="Budget">\ny\n</Internal>\n');
    expect(parts.map(({ line, inline, note }) => ({ line, inline, note }))).toEqual([
      { line: 1, inline: true, note: 'NDA' },
      { line: 3, inline: false, note: 'Budget' },
    ]);
  });

  it('gives the position of an unclosed tag', () => {
    try {
      findInternalParts('One.\n\n<Internal>\nTwo.\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MdxSyntaxError);
      expect((error as MdxSyntaxError).line).toBe(3);
    }
  });
});

describe('internalTagsInMarkdown', () => {
  it('finds the tag in a .md body as raw HTML, with its line, but not inside code', () => {
    const body = 'Intro.\n\n<Internal>\nBudget.\n</Internal>\n\nA <Internal>lead count</Internal>.\n\n```\n<Internal>\n```\n';
    expect(internalTagsInMarkdown(body).map((t) => t.line)).toEqual([3, 7, 7]);
  });
});
