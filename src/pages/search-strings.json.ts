/**
 * `/search-strings.json`: the words of the header's results as you type, in the site's
 * language (src/i18n/search-strings.ts). A file of its own, fetched with Pagefind when a
 * reader starts typing, rather than a kilobyte of JSON in the header of every page.
 */
import type { APIRoute } from 'astro';
import { i18n } from '../i18n/index.ts';
import { headerSearchStrings } from '../i18n/search-strings.ts';

export const GET: APIRoute = () => new Response(headerSearchStrings(i18n), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
