/**
 * Internal links: every href a reader clicks is built from `paths` and the base
 * path the site is deployed under (`/` or, e.g., `/devrel/`).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitUrl, editUrl, joinBase, normalizeBase, paths, type RepositoryLocation } from '../../src/lib/urls.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['devrel', '/devrel/'],
    ['/devrel', '/devrel/'],
    ['devrel/', '/devrel/'],
    ['/devrel/', '/devrel/'],
    ['//devrel//', '/devrel/'],
    [' /devrel/ ', '/devrel/'],
    ['/team/devrel', '/team/devrel/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  describe('at the root', () => {
    it.each([
      ['/', '/'],
      ['/programs/', '/programs/'],
      ['/programs/ambassadors/#outcomes', '/programs/ambassadors/#outcomes'],
    ])('%j → %j', (target, expected) => {
      expect(joinBase('/', target)).toBe(expected);
    });

    it('an empty base means the root', () => {
      expect(joinBase('', '/programs/')).toBe('/programs/');
    });
  });

  describe('under /devrel/', () => {
    it.each([
      ['/', '/devrel/'],
      ['/programs/', '/devrel/programs/'],
      ['/programs/ambassadors/', '/devrel/programs/ambassadors/'],
      ['/recaps/?year=2026', '/devrel/recaps/?year=2026'],
      ['/programs/ambassadors/#outcomes', '/devrel/programs/ambassadors/#outcomes'],
      // A path that merely starts with the same letters is not already prefixed.
      ['/devrelations/', '/devrel/devrelations/'],
    ])('site path %j → %j', (target, expected) => {
      expect(joinBase('/devrel/', target)).toBe(expected);
    });

    it.each(['/devrel/', '/devrel', '/devrel/programs/', '/devrel/programs/ambassadors/#outcomes'])(
      'already prefixed %j is not doubled',
      (target) => {
        expect(joinBase('/devrel/', target)).toBe(target);
      },
    );

    it('the base may be written loosely', () => {
      expect(joinBase('devrel', '/programs/')).toBe('/devrel/programs/');
      expect(joinBase('//devrel//', '/programs/')).toBe('/devrel/programs/');
    });

    it('joining twice gives the same link as joining once', () => {
      const once = joinBase('/devrel/', '/team/maria-lopez/');
      expect(joinBase('/devrel/', once)).toBe(once);
    });
  });

  describe.each(['/', '/devrel/'])('links that are not site paths are unchanged under %j', (base) => {
    it.each([
      'https://example.com/programs/',
      'http://example.com/',
      'mailto:devrel@example.com',
      'tel:+4930123456',
      '#outcomes',
      '?tab=recaps',
      '//cdn.example.com/logo.svg',
      'x/y',
      './slides.pdf',
      '../programs/',
      '',
    ])('%j', (target) => {
      expect(joinBase(base, target)).toBe(target);
    });
  });
});

describe('paths', () => {
  const sampleArgs: Record<string, unknown[]> = { recapYear: [2026], image: ['team/booth photo.jpg'], imageVariant: ['team/booth photo.jpg', 640], video: ['talks/keynote.mp4'], brandLogo: ['logo.svg'] };
  const entries = Object.entries(paths) as Array<[string, (...args: unknown[]) => string]>;

  it.each(entries)('%s() is site-absolute with no double slashes, pages ending in / and files in an extension', (name, build) => {
    const url = build(...(sampleArgs[name] ?? ['some-id']));
    // Pages use directory URLs (trailingSlash: 'always'); feeds, calendars, scripts, styles and images are files.
    expect(url).toMatch(/^\/(?:[^/]+\/)*(?:[^/]+\.(?:ics|xml|js|csv|json|txt|css|svg|png|jpg|webp|mp4))?$/);
  });

  it('builds feed and calendar file URLs', () => {
    expect(paths.meetingCalendar('office-hours')).toBe('/meetings/office-hours.ics');
    expect(paths.meetingsCalendar()).toBe('/meetings.ics');
    expect(paths.updatesFeed()).toBe('/updates/feed.xml');
    expect(paths.recapsFeed()).toBe('/recaps/feed.xml');
  });

  it('builds the routes a reader sees', () => {
    expect(paths.program('ambassadors')).toBe('/programs/ambassadors/');
    expect(paths.recap('2026-03-23-kubecon-eu')).toBe('/recaps/2026-03-23-kubecon-eu/');
    expect(paths.recapYear(2026)).toBe('/recaps/2026/');
    expect(paths.roadbookChapter('first-week')).toBe('/roadbook/first-week/');
    expect(paths.roadbookPrint()).toBe('/roadbook/print/');
    expect(paths.person('maria-lopez')).toBe('/team/maria-lopez/');
    expect(paths.tag('open-source')).toBe('/tags/open-source/');
    expect(paths.home()).toBe('/');
  });

  it('encodes ids and tags that contain characters with meaning in a URL', () => {
    expect(paths.program('a b')).toBe('/programs/a%20b/');
    expect(paths.tag('c#')).toBe('/tags/c%23/');
    expect(paths.tag('c++')).toBe('/tags/c%2B%2B/');
    expect(paths.person('josé')).toBe('/team/jos%C3%A9/');
    expect(paths.update('what?')).toBe('/updates/what%3F/');
    // A slash in an id must not create a deeper (or a parent) path.
    expect(paths.recap('2026/x')).toBe('/recaps/2026%2Fx/');
    expect(paths.meeting('../admin')).toBe('/meetings/..%2Fadmin/');
  });

  it('encoded paths keep one segment per id under a base too', () => {
    expect(joinBase('/devrel/', paths.tag('c#'))).toBe('/devrel/tags/c%23/');
  });
});

describe('withBase and routes follow the configured base', () => {
  /**
   * `withBase` reads the base once, when urls.ts loads: Astro's BASE_URL, or
   * BASE_PATH under plain Node (scripts). Vitest pins import.meta.env.BASE_URL to
   * "/", so the module is loaded in a fresh Node process with BASE_PATH set.
   */
  function routesUnder(basePath: string | undefined) {
    const script = `
      const urls = await import(${JSON.stringify(pathToFileURL(path.join(root, 'src/lib/urls.ts')).href)});
      console.log(JSON.stringify({
        withBase: urls.withBase('/programs/'),
        external: urls.withBase('https://example.com/'),
        program: urls.routes.program('ambassadors'),
        home: urls.routes.home(),
        tag: urls.routes.tag('c#'),
        absolute: urls.absoluteUrl('https://wiki.example.com', '/recaps/'),
        relative: urls.absoluteUrl(undefined, '/recaps/'),
        edit: urls.editUrl({ url: 'https://github.com/acme/wiki', branch: 'main', contentPath: 'content', provider: 'github' }, 'programs/a.mdx'),
      }));
    `;
    const env = { ...process.env };
    delete env.BASE_PATH;
    if (basePath !== undefined) env.BASE_PATH = basePath;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' }));
  }

  it('with BASE_PATH=/devrel/ every route and absolute URL carries the base', () => {
    expect(routesUnder('/devrel/')).toEqual({
      withBase: '/devrel/programs/',
      external: 'https://example.com/',
      program: '/devrel/programs/ambassadors/',
      home: '/devrel/',
      tag: '/devrel/tags/c%23/',
      absolute: 'https://wiki.example.com/devrel/recaps/',
      relative: '/devrel/recaps/',
      // The code host knows nothing of where the site is deployed.
      edit: 'https://github.com/acme/wiki/edit/main/content/programs/a.mdx',
    });
  });

  it('BASE_PATH written without slashes works the same', () => {
    expect(routesUnder('devrel').program).toBe('/devrel/programs/ambassadors/');
  });

  it('without BASE_PATH routes are the plain paths', () => {
    expect(routesUnder(undefined)).toEqual({
      withBase: '/programs/',
      external: 'https://example.com/',
      program: '/programs/ambassadors/',
      home: '/',
      tag: '/tags/c%23/',
      absolute: 'https://wiki.example.com/recaps/',
      relative: '/recaps/',
      edit: 'https://github.com/acme/wiki/edit/main/content/programs/a.mdx',
    });
  });
});

describe('edit and commit links on the code host', () => {
  /** The repository block of content/site.yaml, parsed as the site does. */
  const repo = (repository: Record<string, unknown>): RepositoryLocation =>
    siteSchema.parse({ title: 't', tagline: 't', company: 'c', contact: { email: 'a@b.example' }, repository }).repository!;

  it('GitHub: …/edit/<branch>/<content path>/<file>', () => {
    const github = repo({ url: 'https://github.com/lumenstack/devrel-wiki' });
    expect(github).toMatchObject({ provider: 'github', branch: 'main', contentPath: 'content' });
    expect(editUrl(github, 'programs/lumen-ambassadors.mdx')).toBe('https://github.com/lumenstack/devrel-wiki/edit/main/content/programs/lumen-ambassadors.mdx');
    expect(commitUrl(github, 'abc123')).toBe('https://github.com/lumenstack/devrel-wiki/commit/abc123');
  });

  it('GitLab: …/-/edit/<branch>/<content path>/<file>, also on a self-hosted gitlab host and in a subgroup', () => {
    const gitlab = repo({ url: 'https://gitlab.example.com/devrel/tools/wiki.git', branch: 'trunk', contentPath: '/docs/wiki/content/' });
    expect(gitlab.provider).toBe('gitlab');
    expect(editUrl(gitlab, 'team/ana-ruiz.yaml')).toBe('https://gitlab.example.com/devrel/tools/wiki/-/edit/trunk/docs/wiki/content/team/ana-ruiz.yaml');
    expect(commitUrl(gitlab, 'abc123')).toBe('https://gitlab.example.com/devrel/tools/wiki/-/commit/abc123');
  });

  it('an explicit provider wins for hosts that name neither', () => {
    const own = repo({ url: 'https://code.lumenstack.example/devrel/wiki/', provider: 'gitlab' });
    expect(editUrl(own, 'a.md')).toBe('https://code.lumenstack.example/devrel/wiki/-/edit/main/content/a.md');
    expect(() => repo({ url: 'https://code.lumenstack.example/devrel/wiki' })).toThrow(/add provider: github or provider: gitlab/);
  });

  it('encodes each path segment but keeps the slashes, in the branch too', () => {
    const github = repo({ url: 'https://github.com/acme/wiki', branch: 'release/2026 q1' });
    expect(editUrl(github, 'recaps/2026/café #1.md')).toBe('https://github.com/acme/wiki/edit/release/2026%20q1/content/recaps/2026/caf%C3%A9%20%231.md');
  });
});
