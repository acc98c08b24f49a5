/**
 * Where a build's main thread spends its time, from a V8 CPU profile (`node --cpu-prof`):
 * self time summed by where the code comes from. `npm run bench -- --profile` prints it
 * for one extra build of ours, so "what is slow" is a table, not a guess.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The group a frame belongs to: an npm package, a file of the wiki's own source, a chunk
 * of the built site (named after the page or component it came from), or one of V8's
 * own entries (idle, garbage collector, program).
 */
export function sourceOf(frame: ProfileNode['callFrame'], root: string): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const relative = url.replace(/^file:\/\//, '').replace(`${root}/`, '');
  // Built chunks: `.staging/build-123/.prerender/chunks/RecapArticle_AbC123xy.mjs` → `built: RecapArticle`.
  const chunk = /\.prerender\/(?:chunks\/)?([^/]+?)(?:[_.][\w-]{8})?\.mjs$/.exec(relative);
  if (chunk) return `built: ${chunk[1]}`;
  return relative;
}

/** Milliseconds of self time per source, largest first. */
export function selfTimeBySource(profilePath: string, root: string): [string, number][] {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const sources = new Map(profile.nodes.map((node) => [node.id, sourceOf(node.callFrame, root)]));
  const totals = new Map<string, number>();
  // timeDeltas[i] is the time before sample i, so sample i lasted until timeDeltas[i + 1].
  profile.samples.forEach((id, i) => {
    const source = sources.get(id) ?? '(unknown)';
    totals.set(source, (totals.get(source) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The table `npm run bench -- --profile` prints: the `top` sources and their share. */
export function profileTable(profilePath: string, root: string, top = 20): string {
  const rows = selfTimeBySource(profilePath, root);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  return [
    `Main thread of one build, ${(total / 1000).toFixed(1)} s (self time by source; "(idle)" is waiting for files, Pagefind or workers; "(native)" is Node's built-ins such as file access and string encoding):`,
    ...rows.slice(0, top).map(([source, ms]) => `${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${source}`),
  ].join('\n');
}
