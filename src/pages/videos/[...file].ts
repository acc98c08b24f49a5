/** `/videos/<file>`: an MP4 from content/videos/, its metadata boxes blanked (src/lib/media/video-file.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedVideos, videoFile } from '../../lib/media/published-media.ts';
import { contentDir } from '../../lib/paths.ts';

export const getStaticPaths = (() => publishedVideos(contentDir).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const video = videoFile(contentDir, String(params.file));
  return video ? new Response(video.bytes as BodyInit, { headers: { 'Content-Type': video.type } }) : new Response(null, { status: 404 });
};
