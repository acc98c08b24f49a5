/**
 * Every internal URL is built here, so the site works under any base path
 * (`BASE_PATH=/devrel/`) and no route shape is written twice. Pages and components
 * call `routes.*`; Markdown bodies are rewritten by the base-links plugin with `withBase`.
 */
import type { CollectionName } from '../schemas/collections.ts';

/** Normalise a base path to `/` or `/something/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefix a site-absolute path (`/programs/x/`) with the base. External URLs,
 * protocol-relative URLs, anchors and already-prefixed paths are returned unchanged.
 */
export function joinBase(base: string, target: string): string {
  return joinNormalizedBase(normalizeBase(base), target);
}

/** joinBase for a base already normalised: every link of every page comes through here. */
function joinNormalizedBase(normalized: string, target: string): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  if (normalized !== '/' && (target === normalized.slice(0, -1) || target.startsWith(normalized))) return target;
  return normalized + target.slice(1);
}

/**
 * The base the site is built with. Vite replaces the literal `import.meta.env.BASE_URL`
 * at build time (it must be written exactly so); plain Node scripts have no
 * `import.meta.env`, and fall back to `BASE_PATH`, which astro.config.mjs also reads.
 */
function configuredBase(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return process.env.BASE_PATH ?? '/';
  }
}
const siteBase = normalizeBase(configuredBase());

/** `withBase('/programs/')` → `/devrel/programs/` when built under `/devrel/`. */
export const withBase = (target: string): string => joinNormalizedBase(siteBase, target);

const enc = encodeURIComponent;

/** Where media files are published (src/lib/media/published-media.ts): photos, their sizes, video files. */
export const mediaRoots = { images: '/images/', imageVariants: '/img/', videos: '/videos/' } as const;

const encodeSegments = (file: string) => file.split('/').map(enc).join('/');

/**
 * Page `n` of a paginated list whose first page is `listPath`: the list's own URL for
 * page 1, `<listPath>page/<n>/` after it (see src/lib/pagination.ts).
 */
export const pagedPath = (listPath: string, page = 1): string => (page <= 1 ? listPath : `${listPath}page/${page}/`);

/**
 * Pagefind's browser API, written by the pagefind integration at build time. On its own
 * as well as in `paths`, so the header's search script can import it without the table.
 */
export function pagefindScriptPath(): string {
  return '/pagefind/pagefind.js';
}

/**
 * The words of the header's results as you type, in the site's language
 * (src/pages/search-strings.json.ts): fetched with Pagefind when a reader starts typing,
 * so pages carry none of them.
 */
export function searchStringsPath(): string {
  return '/search-strings.json';
}

/** Site-relative paths (no base), one function per route. */
export const paths = {
  home: () => '/',
  programs: () => '/programs/',
  program: (id: string) => `/programs/${enc(id)}/`,
  /** Every recap of a program, paginated; the program page shows only the latest. */
  programRecaps: (id: string, page = 1) => pagedPath(`/programs/${enc(id)}/recaps/`, page),
  recaps: () => '/recaps/',
  recapYear: (year: number | string, page = 1) => pagedPath(`/recaps/${enc(String(year))}/`, page),
  recap: (id: string) => `/recaps/${enc(id)}/`,
  /** One upcoming event as an .ics file (only recaps written ahead of their event have one). */
  eventCalendar: (id: string) => `/recaps/${enc(id)}.ics`,
  /** Every upcoming event, to subscribe to. */
  eventsCalendar: () => '/events.ics',
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => pagedPath(`/tags/${enc(tag)}/`, page),
  roadbook: () => '/roadbook/',
  roadbookChapter: (id: string) => `/roadbook/${enc(id)}/`,
  roadbookPrint: () => '/roadbook/print/',
  meetings: () => '/meetings/',
  meeting: (id: string) => `/meetings/${enc(id)}/`,
  meetingCalendar: (id: string) => `/meetings/${enc(id)}.ics`,
  meetingsCalendar: () => '/meetings.ics',
  updates: (page = 1) => pagedPath('/updates/', page),
  updatesFeed: () => '/updates/feed.xml',
  recapsFeed: () => '/recaps/feed.xml',
  update: (id: string) => `/updates/${enc(id)}/`,
  team: () => '/team/',
  person: (id: string) => `/team/${enc(id)}/`,
  /** Every event a person spoke at, paginated; their page shows only the latest. */
  personRecaps: (id: string, page = 1) => pagedPath(`/team/${enc(id)}/recaps/`, page),
  departments: () => '/departments/',
  department: (id: string) => `/departments/${enc(id)}/`,
  syncs: (page = 1) => pagedPath('/syncs/', page),
  sync: (id: string) => `/syncs/${enc(id)}/`,
  priorities: () => '/priorities/',
  priority: (id: string) => `/priorities/${enc(id)}/`,
  metrics: () => '/metrics/',
  metric: (id: string) => `/metrics/${enc(id)}/`,
  /** The metric's data as CSV, written by src/pages/metrics/[id].csv.ts from content/metrics/<id>.csv. */
  metricCsv: (id: string) => `/metrics/${enc(id)}.csv`,
  /** An image authors put in content/images/, re-encoded at most 1,600 pixels wide (src/pages/images/[...file].ts). */
  image: (file: string) => `${mediaRoots.images}${encodeSegments(file)}`,
  /** One WebP size of that image, for srcset (src/pages/img/[...file].ts). */
  imageVariant: (file: string, width: number) => `${mediaRoots.imageVariants}${encodeSegments(file)}/${width}.webp`,
  /** A video file from content/videos/ (src/pages/videos/[...file].ts). */
  video: (file: string) => `${mediaRoots.videos}${encodeSegments(file)}`,
  value: () => '/value/',
  /** Monthly digests, newest first. */
  digests: () => '/digest/',
  /** One month's digest; `month` is `YYYY-MM`. */
  digest: (month: string) => `/digest/${enc(month)}/`,
  search: () => '/search/',
  /** Pages due for review (src/lib/freshness.ts), most overdue first. */
  review: () => '/review/',
  /** How to edit the wiki: CONTRIBUTING.md, rendered by src/pages/contributing.astro. */
  contributing: () => '/contributing/',
  /** The team's accent colour as CSS variables (src/pages/brand.css.ts). */
  brandCss: () => '/brand.css',
  /** The team's logo, copied from the content folder (src/pages/brand/[file].ts). */
  brandLogo: (file: string) => `/brand/${enc(file)}`,
  /** The wiki's own icon, when the team has no logo. */
  favicon: () => '/favicon.svg',
  /** Pagefind's browser API, written by the pagefind integration at build time. */
  pagefindScript: pagefindScriptPath,
} as const;

/**
 * The page of an entry (site-relative), for code that goes from an entry to its page. A
 * function, not a table, so bundles that never call it (the header search) leave it out.
 */
export function entryPath(collection: CollectionName, id: string): string {
  const pageOf: Record<CollectionName, (id: string) => string> = {
    team: paths.person,
    departments: paths.department,
    priorities: paths.priority,
    programs: paths.program,
    recaps: paths.recap,
    roadbook: paths.roadbookChapter,
    meetings: paths.meeting,
    updates: paths.update,
    syncs: paths.sync,
    metrics: paths.metric,
  };
  return pageOf[collection](id);
}

type Paths = typeof paths;

/**
 * The same routes with the base applied: what goes into `href`. Marked pure so that a
 * browser script importing only `withBase` and `paths` leaves this table out.
 */
export const routes = /* @__PURE__ */ (() => Object.fromEntries(
  Object.entries(paths).map(([name, build]) => [name, (...args: never[]) => withBase((build as (...a: never[]) => string)(...args))]),
))() as { [K in keyof Paths]: Paths[K] };

/** Absolute URL for feeds, canonical links and exports, when `SITE_URL` is configured. */
export function absoluteUrl(site: string | URL | undefined, target: string): string {
  if (!site) return withBase(target);
  return new URL(withBase(target), site).toString();
}

/** The repository settings edit links need (`repository` in content/site.yaml, after parsing). */
export interface RepositoryLocation {
  url: string;
  branch: string;
  /** The content folder inside the repository, without leading or trailing slash. */
  contentPath: string;
  provider: 'github' | 'gitlab';
}

/** Encodes each segment of a slash-separated path, keeping the slashes. */
const encodePath = (value: string): string => value.split('/').filter(Boolean).map(enc).join('/');

/**
 * Where to edit a content file on the code host, opening a pull/merge request:
 * GitHub `…/edit/<branch>/<path>`, GitLab `…/-/edit/<branch>/<path>`. Absolute, so
 * the site's base path never applies. `file` is relative to the content folder.
 */
export function editUrl(repo: RepositoryLocation, file: string): string {
  const route = repo.provider === 'gitlab' ? '-/edit' : 'edit';
  return `${repo.url}/${route}/${encodePath(repo.branch)}/${encodePath(`${repo.contentPath}/${file}`)}`;
}

/** The page of one commit: GitHub `…/commit/<hash>`, GitLab `…/-/commit/<hash>`. */
export function commitUrl(repo: RepositoryLocation, hash: string): string {
  return `${repo.url}/${repo.provider === 'gitlab' ? '-/commit' : 'commit'}/${enc(hash)}`;
}
