/**
 * The digest e-mail and its Markdown with a recap's cover and recordings: the cover is a
 * small JPEG written beside the e-mail (mail clients show no WebP), re-encoded without
 * its EXIF; each recording is a link, since mail plays nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/lib/digest/email-html.ts';
import { renderDigestMarkdown } from '../../src/lib/digest/markdown.ts';
import { buildDigest, type DigestInput } from '../../src/lib/digest/model.ts';
import { emailCovers } from '../../src/lib/media/email-covers.ts';
import { english } from '../../src/i18n/i18n.ts';
import { phonePhoto, secrets, youtubeId } from '../helpers/media-fixture.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-digest-media-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const recap = {
  id: '2026-05-10-devday-lisbon',
  data: {
    title: 'DevDay Lisbon',
    event: { name: 'DevDay Lisbon 2026', start: new Date('2026-05-10'), location: 'Lisbon', format: 'in-person' as const },
    audience: 240,
    speakers: [],
    why: 'Offline-first examples.',
    visibility: 'internal' as const,
    links: [{ label: 'Panel recording', url: 'https://vimeo.com/76979871', kind: 'recording' as const }],
    tags: [],
    cover: { src: '/images/hall.jpg', alt: 'The hall before the keynote' },
  },
  body: `Text.\n\n<Video src="https://youtu.be/${youtubeId}" title="Keynote" />\n`,
};
const input: DigestInput = { recaps: [recap], updates: [], syncs: [], chapters: [], meetings: [], programs: [], team: [], departments: [], metrics: [] };
const options = { link: (p: string) => `https://wiki.example${p}`, siteTitle: 'Wiki', i18n: english };

describe('the digest with covers and recordings', () => {
  it('writes the cover as a 600-pixel JPEG without metadata, and shows it with its alt text', async () => {
    mkdirSync(path.join(work, 'images'));
    writeFileSync(path.join(work, 'images/hall.jpg'), await phonePhoto(2000, 1500));
    const digest = buildDigest(input, '2026-05', english);
    const covers = await emailCovers(work, digest.did.recaps);
    expect(covers.map(({ bytes: _bytes, ...cover }) => cover)).toEqual([{ recapId: recap.id, src: `cover-${recap.id}.jpg`, width: 600, height: 450 }]);
    const { bytes } = covers[0]!;
    expect((await sharp(bytes).metadata()).width).toBe(600);
    expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1')) || bytes.includes(Buffer.from(secrets.artist))).toBe(false);
    const html = renderDigestEmail(digest, { ...options, covers });
    expect(html).toContain(`<img src="cover-${recap.id}.jpg" width="600" height="450" alt="The hall before the keynote"`);
  });

  it('links every recording, in the e-mail and in Markdown', () => {
    const digest = buildDigest(input, '2026-05', english);
    const html = renderDigestEmail(digest, options);
    expect(html).toContain('Recording: <a href="https://vimeo.com/76979871"');
    expect(html).toContain(`Recording: <a href="https://www.youtube.com/watch?v=${youtubeId}"`);
    const markdown = renderDigestMarkdown(digest, options);
    expect(markdown).toContain(`Recording: [Keynote](https://www.youtube.com/watch?v=${youtubeId})`);
  });
});
