/**
 * Photos, recordings and diagrams as the content gate and the pipeline see them: image
 * headers read without decoding (turned phone photos, cut-off files), the limits and
 * symbolic links as check errors, video addresses read strictly, an MP4's location box
 * blanked, a hostile SVG made inert, Mermaid diagrams checked with Mermaid's own grammar.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Element } from 'hast';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMedia } from '../../src/lib/check/media.ts';
import { ImageHeaderError, readImageHeader } from '../../src/lib/media/image-header.ts';
import { variantWidths } from '../../src/lib/media/image-variants.ts';
import { embedUrl, parseVideoSource, watchUrl } from '../../src/lib/media/video.ts';
import { withoutVideoMetadata } from '../../src/lib/media/video-file.ts';
import { recordingsOf } from '../../src/lib/media/recordings.ts';
import { contentFileStat } from '../../src/lib/media/content-file.ts';
import { sanitizeSvg } from '../../src/lib/diagrams/svg-allowlist.ts';
import { toHtml } from 'hast-util-to-html';
import { checkDiagram, renderDiagram } from '../../src/lib/diagrams/mermaid.ts';
import { devFileRouteUrl } from '../../src/integrations/dev-media.ts';
import { secrets, smallMp4, telemetryMp4, tinyPng } from '../helpers/media-fixture.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-media-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function write(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await bytes);
  return file;
}
const header = (file: string) => readImageHeader(file, statSync(file).size);

describe('image headers', () => {
  it('reads JPEG, PNG, WebP, GIF and AVIF sizes without decoding', async () => {
    const base = sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } });
    expect(header(await write('a.jpg', base.clone().jpeg().toBuffer()))).toEqual({ format: 'jpeg', width: 300, height: 200, alpha: false });
    expect(header(await write('a.png', tinyPng(64, 48)))).toMatchObject({ format: 'png', width: 64, height: 48 });
    expect(header(await write('a.webp', base.clone().webp().toBuffer()))).toMatchObject({ format: 'webp', width: 300, height: 200 });
    expect(header(await write('a.gif', base.clone().gif().toBuffer()))).toMatchObject({ format: 'gif', width: 300, height: 200 });
    expect(header(await write('a.avif', base.clone().avif().toBuffer()))).toMatchObject({ format: 'avif', width: 300, height: 200 });
  });

  it('gives a phone photo stored sideways (EXIF orientation 6) its shown size', async () => {
    const sideways = sharp({ create: { width: 400, height: 300, channels: 3, background: '#000' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(header(await write('sideways.jpg', sideways))).toMatchObject({ width: 300, height: 400 });
  });

  it('refuses a cut-off file and a file that is no image', async () => {
    const whole = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    expect(() => header(writeSync('cut.jpg', whole.subarray(0, 200)))).toThrow(ImageHeaderError);
    expect(() => header(writeSync('cut.png', tinyPng().subarray(0, 40)))).toThrow(/ends early/);
    expect(() => header(writeSync('text.jpg', Buffer.from('not an image at all')))).toThrow(/not a PNG, JPEG/);
  });
});

function writeSync(name: string, bytes: Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
}

describe('the content check of media files', () => {
  it('names an oversized, a huge-pixel, an unreadable image and a symbolic link, never the link\'s target', async () => {
    const content = path.join(work, 'content');
    const images = path.join(content, 'images');
    mkdirSync(images, { recursive: true });
    mkdirSync(path.join(content, 'videos'), { recursive: true });
    writeFileSync(path.join(images, 'ok.png'), tinyPng());
    // 51 MB: a valid PNG at the start, then zeros (a sparse file: nothing is written).
    writeFileSync(path.join(images, 'heavy.png'), tinyPng());
    truncateSync(path.join(images, 'heavy.png'), 51 * 1024 * 1024);
    writeFileSync(path.join(images, 'panorama.jpg'), await sharp({ create: { width: 9000, height: 5000, channels: 3, background: '#abc' } }).jpeg().toBuffer());
    writeFileSync(path.join(images, 'broken.webp'), Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'));
    const secretFile = path.join(work, 'secret-target.png');
    writeFileSync(secretFile, tinyPng());
    symlinkSync(secretFile, path.join(images, 'linked.png'));
    writeFileSync(path.join(content, 'videos/clip.mp4'), smallMp4());
    writeFileSync(path.join(content, 'videos/talk.mov'), 'x');
    const problems = checkMedia(content, (abs) => path.relative(work, abs));
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(Object.keys(byFile).sort()).toEqual(['content/images/broken.webp', 'content/images/heavy.png', 'content/images/linked.png', 'content/images/panorama.jpg', 'content/videos/talk.mov']);
    expect(byFile['content/images/heavy.png']).toMatch(/51\.0 MB, over the 50\.0 MB/);
    expect(byFile['content/images/panorama.jpg']).toMatch(/9000×5000 pixels \(45 megapixels\)/);
    expect(byFile['content/images/broken.webp']).toMatch(/cannot be read/);
    expect(byFile['content/images/linked.png']).toMatch(/symbolic link/);
    expect(problems.map((p) => `${p.message} ${p.hint}`).join('\n')).not.toContain('secret-target');
    expect(byFile['content/videos/talk.mov']).toMatch(/not a video format/);
  });

  it('never reads through a link, or out of the content folder', () => {
    const content = path.join(work, 'content');
    expect(() => contentFileStat(content, 'images/linked.png')).toThrow(/symbolic link/);
    expect(() => contentFileStat(content, '../secret-target.png')).toThrow(/not a plain path/);
    expect(contentFileStat(content, 'images/ok.png').stat.isFile()).toBe(true);
  });
});

describe('sizes published for a photo', () => {
  it('follow the layout\'s ladder up to the photo\'s own width, never enlarged', () => {
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1600]);
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(200)).toEqual([200]);
  });
});

describe('video addresses', () => {
  it.each([
    ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0'],
    ['https://youtu.be/aqz-KE-bpKQ?t=90', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0&start=90'],
    ['https://www.youtube.com/shorts/aqz-KE-bpKQ', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0'],
    ['aqz-KE-bpKQ', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ['https://vimeo.com/76979871/8272103f6e', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e'],
    ['76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
  ])('%s plays from %s', (src, embed) => {
    const parsed = parseVideoSource(src);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(embedUrl(parsed.source)).toBe(embed);
  });

  it('links to the recording for readers without JavaScript', () => {
    const parsed = parseVideoSource('https://youtu.be/aqz-KE-bpKQ?t=1m30s');
    expect(parsed.ok && parsed.source.kind !== 'file' && watchUrl(parsed.source)).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=90s');
  });

  it.each([
    'javascript:alert(1)',
    'https://evil.example/watch?v=aqz-KE-bpKQ',
    'https://www.youtube.com/watch?v=aqz-KE"><script>',
    'https://www.youtube.com/watch?v=short',
    'https://vimeo.com/76979871/../../evil',
    'data:text/html,<script>alert(1)</script>',
    '/videos/../site.yaml',
    '/images/booth.mp4',
    '//youtube.com/watch?v=aqz-KE-bpKQ',
  ])('refuses %j', (src) => {
    expect(parseVideoSource(src).ok).toBe(false);
  });

  it('reads a file in content/videos/', () => {
    expect(parseVideoSource('/videos/talks/keynote.mp4')).toEqual({ ok: true, source: { kind: 'file', file: 'talks/keynote.mp4' } });
  });

  it('lists a page\'s recordings as links: <Video> in the body and links of kind recording', () => {
    const body = 'Text.\n\n<Video src="https://youtu.be/aqz-KE-bpKQ" title="Keynote" />\n\n```mdx\n<Video src="https://youtu.be/zzzzzzzzzzz" title="In code" />\n```\n';
    expect(recordingsOf(body, [{ label: 'Panel', url: 'https://vimeo.com/76979871', kind: 'recording' }, { label: 'Slides', url: 'https://slides.example.com' }])).toEqual([
      { title: 'Panel', url: 'https://vimeo.com/76979871' },
      { title: 'Keynote', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' },
    ]);
  });
});

describe('a video file\'s metadata', () => {
  it('is blanked: the location box becomes zeros in a free box of the same length', () => {
    const original = smallMp4();
    expect(original.includes(secrets.place)).toBe(true);
    const cleaned = withoutVideoMetadata(original);
    expect(cleaned.length).toBe(original.length);
    expect(cleaned.includes(secrets.place)).toBe(false);
    expect(cleaned.includes(Buffer.from('udta'))).toBe(false);
    expect(cleaned.includes(Buffer.from('mdat'))).toBe(true);
  });

  it.each([
    { sizes: 'stsz', offsets: 'stco' },
    { sizes: 'stz2', offsets: 'co64' },
  ] as const)("zeroes every sample of a camera's telemetry track ($sizes, $offsets), and not one byte of the picture", (layout) => {
    const { file, picture } = telemetryMp4(layout);
    expect(file.toString('latin1').split(secrets.place)).toHaveLength(4); // three GPS samples
    const cleaned = withoutVideoMetadata(file);
    expect(cleaned.length).toBe(file.length);
    expect(cleaned.includes(secrets.place)).toBe(false);
    expect(cleaned.includes(Buffer.from('GPS5'))).toBe(false);
    // The picture's two chunks are untouched, and the track itself is still described (players skip it).
    expect(cleaned.subarray(picture.start, picture.start + picture.bytes.length).equals(picture.bytes)).toBe(true);
    expect(cleaned.toString('latin1').split('\x5a'.repeat(600))).toHaveLength(3); // both picture chunks, whole
    expect(cleaned.includes(Buffer.from('hdlr\0\0\0\0\0\0\0\0meta', 'latin1'))).toBe(true);
  });

  it('reads a sample table that claims more than its bytes hold without running past the file or the box', () => {
    const { file } = telemetryMp4();
    // stsz claims four billion samples and stsc a run of four billion per chunk.
    const hostile = Buffer.from(file);
    const stsz = hostile.indexOf('stsz', hostile.indexOf('gpmd'));
    hostile.writeUInt32BE(0xffffffff, stsz + 12);
    const stsc = hostile.indexOf('stsc', hostile.indexOf('gpmd'));
    hostile.writeUInt32BE(0xffffffff, stsc + 8);
    hostile.writeUInt32BE(0xffffffff, stsc + 16);
    // Every count is cut to what its box holds (three samples, two runs), so this returns
    // at once instead of reading past the buffer (a RangeError) or looping for hours.
    const cleaned = withoutVideoMetadata(hostile);
    expect(cleaned.length).toBe(hostile.length);
    const mdat = hostile.indexOf('mdat');
    expect(cleaned.subarray(0, mdat).equals(hostile.subarray(0, mdat))).toBe(true); // the boxes themselves untouched
    expect(cleaned.toString('latin1').split(secrets.place).length).toBeLessThan(4); // the first chunk's samples still zeroed
  });
});

describe('an SVG inlined into a page', () => {
  it('keeps shapes and text, drops scripts, styles, handlers, foreign objects and outside references', () => {
    const el = (tagName: string, properties: Record<string, unknown> = {}, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: properties as Element['properties'], children });
    const hostile = el('svg', { viewBox: '0 0 10 10', style: 'background:url(https://evil.example/x)', onLoad: 'alert(1)' }, [
      el('script', {}, [{ type: 'text', value: 'alert(1)' }]),
      el('style', {}, [{ type: 'text', value: '@import url(https://evil.example/font.css)' }]),
      el('foreignObject', {}, [el('div', {}, [{ type: 'text', value: 'html' }])]),
      el('a', { href: 'javascript:alert(1)' }, [el('text', {}, [{ type: 'text', value: 'click' }])]),
      el('image', { href: 'https://evil.example/pixel.png' }),
      el('set', { attributeName: 'href', to: 'javascript:alert(1)' }),
      el('marker', { id: 'arrow' }),
      el('rect', { fill: 'url(https://evil.example/#x)', stroke: 'var(--_line)', markerEnd: 'url(#arrow)', onClick: 'alert(1)' }),
      el('text', { x: '1', fill: 'var(--_text)' }, [{ type: 'text', value: 'Write the recap' }]),
    ]);
    const clean = sanitizeSvg(hostile, { idPrefix: 'd1' })!;
    const html = JSON.stringify(clean);
    expect(html).not.toMatch(/script|style|onLoad|onClick|foreignObject|evil|javascript|"image"|"set"|"a"/);
    expect(clean.children.map((c) => (c as Element).tagName)).toEqual(['marker', 'rect', 'text']);
    expect((clean.children[1] as Element).properties).toEqual({ stroke: 'var(--_line)', markerEnd: 'url(#d1-arrow)' });
    expect((clean.children[0] as Element).properties).toEqual({ id: 'd1-arrow' });
    expect(html).toContain('Write the recap');
  });
});

describe('Mermaid diagrams', () => {
  it('accepts what Mermaid accepts, including words its other parsers trip on', () => {
    expect(checkDiagram('flowchart LR\n  A((circle)) --> B>flag]\n  A --o C\n')).toEqual([]);
    expect(checkDiagram('sequenceDiagram\n  participant A as Advocate\n  A->>B: Asks for alt text\n')).toEqual([]);
    expect(checkDiagram('stateDiagram-v2\n  [*] --> Draft\n  Draft --> [*]\n')).toEqual([]);
  });

  it('reports a diagram that does not parse at its line', () => {
    const [problem] = checkDiagram('flowchart TD\n  A --> B\n  B -->|yes C\n');
    expect(problem).toMatchObject({ line: 3 });
    expect(problem!.message).toMatch(/^the diagram does not parse/);
    const [second] = checkDiagram('sequenceDiagram\n  A->>B: hi\n  B-->>: oops\n');
    expect(second).toMatchObject({ line: 3 });
  });

  it('names the supported types for one the wiki does not draw, and refuses a huge one', () => {
    expect(checkDiagram('pie title Pets\n  "Dogs": 3\n')[0]!.message).toBe('"pie" diagrams are not drawn by the wiki');
    expect(checkDiagram(`flowchart TD\n${'  A --> B\n'.repeat(500)}`)[0]!.message).toMatch(/longer than 400 lines/);
  });

  it('draws labels as SVG text, coloured by the wiki\'s variables, with no style of its own', () => {
    const svg = renderDiagram('flowchart TD\n  A[Write the recap] --> B{Photos?}\n')!;
    const json = JSON.stringify(svg);
    expect(svg.tagName).toBe('svg');
    expect(json).toContain('"tagName":"text"');
    expect(json).toContain('Write the recap');
    expect(json).not.toMatch(/"style"|googleapis|@import/);
    expect(json).toContain('var(--_text)');
  });

  it('gives labels in Japanese, Korean and Arabic boxes as wide as their text', () => {
    const svg = toHtml(renderDiagram('flowchart LR\n  A[新しいアドボケイトの初日] --> B[온보딩 체크리스트]\n  B --> C[مرحبا بالمطورين الجدد]\n')!);
    const nodes = [...svg.matchAll(/<rect [^>]*\swidth="([\d.]+)"[^>]*><\/rect>\s*<text [^>]*font-size="([\d.]+)"[^>]*>([^<]+)<\/text>/g)];
    expect(nodes.map((m) => m[3])).toEqual(['新しいアドボケイトの初日', '온보딩 체크리스트', 'مرحبا بالمطورين الجدد']);
    for (const [, width, size, label] of nodes) {
      // A CJK character or Hangul syllable is one em wide; an Arabic letter well under that.
      const em = [...label!].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.5), 0);
      expect(Number(width), label).toBeGreaterThan(em * Number(size));
    }
  });
});

describe('media URLs in npm run dev', () => {
  it.each([
    ['/images/booth.jpg', '/', '/images/booth.jpg/'],
    ['/devrel/img/team/booth.jpg/640.webp?x=1', '/devrel/', '/devrel/img/team/booth.jpg/640.webp/?x=1'],
    ['/brand/logo.svg', '/', '/brand/logo.svg/'],
    ['/videos/clip.mp4', '/', '/videos/clip.mp4/'],
  ])('%s reaches its route as %s', (url, base, expected) => {
    expect(devFileRouteUrl(url, base)).toBe(expected);
  });

  it.each([['/images/booth.jpg/', '/'], ['/recaps/x/', '/'], ['/images/', '/'], ['/favicon.svg', '/']])('%s is left alone', (url, base) => {
    expect(devFileRouteUrl(url, base)).toBeUndefined();
  });
});
