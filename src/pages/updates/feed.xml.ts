/** `/updates/feed.xml`: the "what we're working on" posts as RSS. */
import type { APIRoute } from 'astro';
import { updatesFeed } from '../../data/feeds.ts';

export const GET: APIRoute = ({ site }) => updatesFeed(site);
