/**
 * The public-safe version of a recap, for the company blog: what a reader outside the
 * company may see, nothing more. `<Internal>` parts are cut from the body, links into the
 * wiki become plain text, comments authors leave each other are dropped, team ids become
 * names, and internal-only fields (visibility, program id, wiki paths) are not carried
 * over at all: the result is built field by field, never by deleting from the original,
 * so a field added later stays out by default.
 */
import type { Recap } from '../../schemas/recaps.ts';
import { stripInternal } from '../recaps/internal.ts';
import { isUpcoming } from '../recaps/upcoming.ts';
import { removeAuthorNotes } from './author-notes.ts';
import { componentsToMarkdown } from './components.ts';
import { exportImage, isSiteMedia, localiseMedia, type ExportMedia } from './export-media.ts';
import { isWikiLink, unlinkWikiLinks } from './wiki-links.ts';

export interface PublicRecap {
  title: string;
  event: {
    name: string;
    start: Date;
    end?: Date;
    location: string;
    format: Recap['event']['format'];
    url?: string;
  };
  /** How many people came; absent for an event still ahead. */
  audience?: number;
  /** The event is still ahead: the text is a plan, not a recap. */
  upcoming: boolean;
  /** Names of the team members who spoke or staffed it. */
  speakers: string[];
  why: string;
  /** Markdown body without internal parts or wiki links. */
  body: string;
  /** Links a reader outside the company can open. */
  links: Array<{ label: string; url: string }>;
  tags: string[];
  /** The cover photo, as exported beside the text. */
  cover?: { src: string; alt: string };
  /** Photos and video files to write beside the text (export-media.ts). */
  media: ExportMedia[];
}

export interface PublicRecapInput {
  data: Recap;
  body: string;
  /** `md` bodies are plain Markdown; `mdx` bodies may hold `<Internal>` parts. */
  format: 'md' | 'mdx';
}

/**
 * @param personName resolves a team id to the person's name (the id itself if unknown).
 * @param wikiUrl the wiki's own address (`SITE_URL` with base path), whose links are unlinked too.
 * @param now the build's "now", which tells a recap from a plan for an event still ahead.
 */
export function toPublicRecap(recap: PublicRecapInput, personName: (id: string) => string, wikiUrl: string | undefined, now: Date, exported?: { contentDir: string; folder: string }): PublicRecap {
  const { data } = recap;
  const withoutInternal = recap.format === 'mdx' ? componentsToMarkdown(stripInternal(recap.body)) : recap.body;
  const withoutNotes = removeAuthorNotes(withoutInternal, recap.format);
  const media: ExportMedia[] = [];
  // Photos and video files go out beside the text when there is a folder for them; otherwise they go, like any wiki link.
  const unlinked = unlinkWikiLinks(withoutNotes, recap.format, wikiUrl, exported ? isSiteMedia : undefined);
  const localised = exported ? localiseMedia(unlinked, recap.format, exported.contentDir, exported.folder, media) : unlinked;
  const body = localised.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  const coverSrc = exported && data.cover ? exportImage(exported.contentDir, exported.folder, data.cover.src, media) : undefined;
  return {
    title: data.title,
    event: {
      name: data.event.name,
      start: data.event.start,
      ...(data.event.end ? { end: data.event.end } : {}),
      location: data.event.location,
      format: data.event.format,
      ...(data.event.url ? { url: data.event.url } : {}),
    },
    ...(data.audience !== undefined ? { audience: data.audience } : {}),
    upcoming: isUpcoming(data, now),
    speakers: data.speakers.map(personName),
    why: data.why,
    body,
    links: data.links.filter((link) => !isWikiLink(link.url, wikiUrl)).map((link) => ({ label: link.label, url: link.url })),
    tags: [...data.tags],
    ...(coverSrc && data.cover ? { cover: { src: coverSrc, alt: data.cover.alt } } : {}),
    media,
  };
}
