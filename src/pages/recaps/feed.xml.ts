/** `/recaps/feed.xml`: event recaps as RSS. */
import type { APIRoute } from 'astro';
import { recapsFeed } from '../../data/feeds.ts';

export const GET: APIRoute = ({ site }) => recapsFeed(site);
