/**
 * Recaps with internal parts and events still ahead, in the built sample wiki under a
 * base path: the internal part is marked on the page, upcoming events are listed and
 * not counted, and `/events.ics` is served to calendar apps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const kubecon = 'recaps/2026-03-23-kubecon-eu-amsterdam/index.html';

describe('recaps in the sample wiki under /devrel/', () => {
  let build: BuildResult;
  let server: StaticServer;
  const page = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

  beforeAll(async () => {
    build = buildSite({ base: '/devrel/', env: { SITE_URL: 'https://intranet.example.com' } });
    server = await startStaticServer(build.outDir, '/devrel/');
  });
  afterAll(() => server?.close());

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('marks internal parts of a recap as a labelled note, with the reason, and keeps the text', () => {
    const html = page(kubecon);
    const block = /<div class="internal internal-block" role="note" aria-label="Internal only: pipeline and budget figures"[^>]*>([\s\S]*?)<\/table>/.exec(html);
    expect(block, 'block part with role="note" and its label').not.toBeNull();
    expect(block![1]).toContain('Internal only');
    expect(block![1]).toContain('61,500 USD');
    // The inline part inside a list item stays inline: a block there would split the sentence.
    expect(html).toMatch(/<span class="internal internal-inline"[^>]*><span class="internal-flag"[^>]*>Internal: lead counts<\/span> We handed 58 of them to Sales/);
    expect(html).not.toContain('&lt;Internal');
  });

  it('lists upcoming events on the homepage and on /recaps/, without counting them', () => {
    for (const file of ['index.html', 'recaps/index.html']) {
      const html = page(file);
      const section = /<h2 id="upcoming-events"[^>]*>Upcoming events<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      expect(section, file).toContain('/devrel/recaps/2026-12-10-lumen-meetup-nyc-12/');
      expect(section, file).toContain('/devrel/recaps/2027-02-06-fosdem-brussels/');
      expect(section.indexOf('2026-12-10'), 'soonest first').toBeLessThan(section.indexOf('2027-02-06'));
      expect(section, file).toMatch(/href="\/devrel\/events\.ics"/);
    }
    // The latest recaps list starts with events that happened.
    const latest = /<h2 id="recaps"[^>]*>Latest event recaps<\/h2>([\s\S]*?)<\/section>/.exec(page('index.html'))?.[1] ?? '';
    expect(latest).not.toContain('fosdem');
    expect(latest).toContain('2026-11-12-lumen-meetup-nyc');
  });

  it('counts a person\'s past events and people reached, and says how many are coming up', () => {
    // Rafael speaks at both events written ahead: they are listed, but not counted as events he did.
    const heading = /<h2 id="p-recaps"[^>]*>([^<]*)<\/h2>/.exec(page('team/rafael-costa/index.html'))?.[1] ?? '';
    expect(heading).toMatch(/^Events \(\d+, [\d,]+ people, 2 coming up\)$/);
    const katrin = /<h2 id="p-recaps"[^>]*>([^<]*)<\/h2>/.exec(page('team/katrin-vogel/index.html'))?.[1] ?? '';
    expect(katrin).toMatch(/, 1 coming up\)$/);
  });

  it('gives an upcoming event "Add to calendar" and no audience figure', () => {
    const html = page('recaps/2027-02-06-fosdem-brussels/index.html');
    expect(html).toContain('Upcoming event');
    expect(html).toMatch(/<a href="\/devrel\/recaps\/2027-02-06-fosdem-brussels\.ics" download="2027-02-06-fosdem-brussels\.ics"[^>]*>Add to calendar \(\.ics\)<\/a>/);
    expect(html).not.toContain('People who came');
    const one = new ICAL.Component(ICAL.parse(page('recaps/2027-02-06-fosdem-brussels.ics')));
    expect(one.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('serves /events.ics with every upcoming event as an all-day event', async () => {
    const response = await fetch(`${server.url}events.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.summary])).toEqual([
      ['2026-12-10', '2026-12-11', 'Lumen NYC Meetup #12'],
      ['2027-02-06', '2027-02-08', 'FOSDEM 2027'],
    ]);
    expect(String(events[1]!.component.getFirstPropertyValue('url'))).toBe('https://intranet.example.com/devrel/recaps/2027-02-06-fosdem-brussels/');
  });
});
