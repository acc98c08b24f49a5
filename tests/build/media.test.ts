/**
 * A wiki with phone photos, recordings and diagrams, built for real: no published byte
 * carries the photos' EXIF (GPS, artist, serial) or the video's location; every photo
 * has WebP sizes, width and height; a 12-megapixel photo's largest published file is
 * small; diagrams are inline SVG with their labels as text; only the page with a video
 * player may frame the video host; feeds carry the resized cover and a link to the
 * recording. The broken variant's diagram and oversized photo are check errors.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildSite } from '../helpers/build-site.ts';
import { mediaFixture, secrets, youtubeId } from '../helpers/media-fixture.ts';

const fixture = await mediaFixture();
const build = buildSite({ contentDir: fixture.dir, env: { WIKI_CACHE_DIR: path.join(fixture.dir, '..', `${path.basename(fixture.dir)}-cache`) } });
const dist = build.outDir;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const allFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));

describe('a wiki with photos, recordings and diagrams', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.ok).toBe(true);
  });

  it('publishes no byte of the originals\' metadata: no EXIF, XMP or IPTC block, no GPS, artist or serial, no video location', () => {
    const markers = [Buffer.from('Exif\0\0', 'latin1'), Buffer.from('http://ns.adobe.com/xap/1.0/'), Buffer.from('Photoshop 3.0'), Buffer.from('eXIf'), Buffer.from('\xa9xyz', 'latin1'), ...Object.values(secrets).map((s) => Buffer.from(s))];
    const leaks: string[] = [];
    for (const file of allFiles(dist)) {
      const bytes = readFileSync(file);
      for (const marker of markers) if (bytes.includes(marker)) leaks.push(`${path.relative(dist, file)} holds ${JSON.stringify(marker.toString('latin1'))}`);
    }
    expect(leaks).toEqual([]);
    // The originals did carry them: the test would catch a copy.
    const original = readFileSync(path.join(fixture.dir, 'images/phone.jpg'));
    expect(original.includes(Buffer.from(secrets.artist))).toBe(true);
    expect(original.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
  });

  it('publishes a 12-megapixel photo as small files: at most 1,600 pixels wide, a few hundred KB at most', () => {
    const published = ['images/phone.jpg', ...readdirSync(path.join(dist, 'img/phone.jpg')).map((f) => `img/phone.jpg/${f}`)];
    expect(published.sort()).toEqual(['images/phone.jpg', 'img/phone.jpg/1280.webp', 'img/phone.jpg/1600.webp', 'img/phone.jpg/320.webp', 'img/phone.jpg/640.webp', 'img/phone.jpg/960.webp']);
    const sizes = Object.fromEntries(published.map((f) => [f, statSync(path.join(dist, f)).size]));
    console.log(`12-MP photo: ${fixture.photoBytes.toLocaleString('en')} bytes as written; published files: ${JSON.stringify(sizes)}`);
    expect(Math.max(...Object.values(sizes))).toBeLessThan(Math.min(400_000, fixture.photoBytes / 10));
    expect(readFileSync(path.join(dist, 'images/phone.jpg')).readUInt16BE(0)).toBe(0xffd8);
  });

  it('gives every photo of a page WebP sizes, sizes, width and height, lazy below the top', () => {
    const html = read('recaps/2026-05-10-devday-lisbon/index.html');
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    const photo = images.find((tag) => tag.includes('alt="Our booth, seen from the entrance"'))!;
    expect(photo).toContain('src="/images/phone.jpg"');
    expect(photo).toContain('srcset="/img/phone.jpg/320.webp 320w, /img/phone.jpg/640.webp 640w, /img/phone.jpg/960.webp 960w, /img/phone.jpg/1280.webp 1280w, /img/phone.jpg/1600.webp 1600w"');
    expect(photo).toMatch(/width="1600" height="1200"/);
    expect(photo).toContain('loading="lazy"');
    const sticker = images.find((tag) => tag.includes('alt="Our new sticker, a lighthouse"'))!;
    expect(sticker).toMatch(/srcset="\/img\/sticker\.png\/320\.webp 320w, \/img\/sticker\.png\/640\.webp 640w, \/img\/sticker\.png\/800\.webp 800w"/);
    expect(sticker).toMatch(/width="800" height="600"/);
    const cover = images.find((tag) => tag.includes('class="recap-cover"'))!;
    expect(cover).toMatch(/loading="eager"/);
    // Every srcset entry exists.
    for (const tag of images) {
      for (const url of /srcset="([^"]+)"/.exec(tag)?.[1]?.split(', ').map((c) => c.split(' ')[0]!) ?? []) expect(statSync(path.join(dist, url)).size, url).toBeGreaterThan(0);
    }
    // The gallery's photos link to their full size, as one list.
    expect(html).toMatch(/<ul class="gallery" role="list" aria-label="DevDay Lisbon">/);
    expect(html).toContain('<a href="/images/room.webp"><img');
  });

  it('lists the recap with its cover on the homepage', () => {
    expect(read('index.html')).toMatch(/<img class="recap-thumb" src="\/images\/phone\.jpg"[^>]*sizes="6rem"[^>]* alt(="")? /);
  });

  it('frames the video host only on the page with a player, and loads nothing from it before a click', () => {
    const policy = (file: string) => /http-equiv="content-security-policy" content="([^"]+)"/.exec(read(file))![1]!;
    expect(policy('recaps/2026-05-10-devday-lisbon/index.html')).toContain('frame-src https://www.youtube-nocookie.com;');
    for (const page of ['index.html', 'roadbook/publishing/index.html', 'recaps/index.html']) expect(policy(page)).toContain("frame-src 'none'");
    const html = read('recaps/2026-05-10-devday-lisbon/index.html');
    expect(html).not.toMatch(/<iframe|src="https:\/\/(www\.)?youtube|i\.ytimg/);
    expect(html).toContain(`href="https://www.youtube.com/watch?v=${youtubeId}"`);
    expect(html).toContain(`data-embed="https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1&amp;rel=0"`);
    // The file plays from the site, nothing downloaded before play.
    expect(html).toMatch(/<video controls preload="none" poster="\/images\/room\.webp"[^>]*>\s*<source src="\/videos\/clip\.mp4" type="video\/mp4"/);
  });

  it('draws diagrams as inline SVG with their labels as text, and no style of their own', () => {
    const html = read('roadbook/publishing/index.html');
    const svgs = [...html.matchAll(/<figure class="diagram"><svg[\s\S]*?<\/svg><\/figure>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toMatch(/<text[^>]*>Write the recap<\/text>/);
    expect(svgs[1]).toMatch(/<text[^>]*>Asks for alt text<\/text>/);
    for (const svg of svgs) expect(svg).not.toMatch(/<style|style="|<script|foreignObject|https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toContain('language-mermaid');
  });

  it('gives feed readers the resized cover and a link to each recording', () => {
    const feed = read('recaps/feed.xml');
    expect(feed).toMatch(/<enclosure url="http:\/\/localhost:4321\/images\/phone\.jpg" length="\d+" type="image\/jpeg"\/>/);
    expect(feed).toContain(`https://www.youtube.com/watch?v=${youtubeId}`);
    expect(feed).toContain('/videos/clip.mp4');
  });
});

describe('a broken diagram and an oversized photo', () => {
  it('are check errors naming the file and the diagram\'s line', async () => {
    const broken = await mediaFixture({ broken: true });
    const errors = checkContent(broken.dir, broken.dir).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`)).toEqual([
      'images/cut-off.jpg: the image cannot be read: the JPEG ends early (no end marker): it may be cut off, save or upload it again',
      'images/panorama.jpg: the image is 8000×6000 pixels (48 megapixels), over the 40 megapixels the wiki resizes',
      expect.stringMatching(/^roadbook\/04-broken\.mdx:13 the diagram does not parse: /),
    ]);
  });
});
