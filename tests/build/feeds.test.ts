/**
 * Feeds and calendars as subscribers get them from a deployed wiki: absolute links under
 * SITE_URL and the base path, each pointing at a page that exists, one entry per item.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { entries } = checkContent(path.join(root, 'content'), root);
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;

describe('feeds and calendars of the sample wiki at https://intranet.example.com/devrel/', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ base: '/devrel/', env: { SITE_URL: 'https://intranet.example.com' } });
  });

  /** Map an absolute link back to the built file it should resolve to. */
  const builtFile = (link: string) => path.join(build.outDir, new URL(link).pathname.replace(/^\/devrel\//, ''), 'index.html');

  it('publishes every update and every recap of a past event in its RSS feed, linking to real pages', () => {
    expect(build.ok).toBe(true);
    // The build's "now" is the tests' SOURCE_DATE_EPOCH: 2026-11-25.
    const upcoming = entries.filter((e) => e.collection === 'recaps' && (e.data.event as { start: Date }).start > new Date('2026-11-25T00:00:00Z')).map((e) => e.id);
    expect(upcoming.length, 'the sample has events written ahead').toBeGreaterThan(0);
    for (const [feed, collection, expected] of [['updates/feed.xml', 'updates', count('updates')], ['recaps/feed.xml', 'recaps', count('recaps') - upcoming.length]] as const) {
      const xml = readFileSync(path.join(build.outDir, feed), 'utf8');
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links, collection).toHaveLength(Math.min(30, expected));
      for (const id of upcoming) expect(xml).not.toContain(`/recaps/${id}/`);
      for (const link of links) {
        expect(link.startsWith('https://intranet.example.com/devrel/')).toBe(true);
        expect(existsSync(builtFile(link)), link).toBe(true);
      }
    }
  });

  it('publishes one calendar per meeting and one with all of them', () => {
    const all = new ICAL.Component(ICAL.parse(readFileSync(path.join(build.outDir, 'meetings.ics'), 'utf8')));
    expect(all.getAllSubcomponents('vevent')).toHaveLength(count('meetings'));
    for (const entry of entries.filter((e) => e.collection === 'meetings')) {
      const one = new ICAL.Component(ICAL.parse(readFileSync(path.join(build.outDir, 'meetings', `${entry.id}.ics`), 'utf8')));
      const event = new ICAL.Event(one.getFirstSubcomponent('vevent')!);
      expect(event.uid).toContain(entry.id);
      expect(String(event.component.getFirstPropertyValue('url'))).toBe(`https://intranet.example.com/devrel/meetings/${entry.id}/`);
    }
  });
});
