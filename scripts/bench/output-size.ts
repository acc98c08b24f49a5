/**
 * What a build wrote: pages, bytes, and the largest page. The benchmark prints these and
 * the scale test asserts on them: bytes per page must not grow with the number of
 * entries, which is what happens when pages list every entry of a collection.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface OutputSize {
  /** HTML pages written. */
  pages: number;
  /** Every file: pages, assets, charts, the search index. */
  bytes: number;
  /** HTML pages only. */
  htmlBytes: number;
  /** The biggest page, relative to the output folder. */
  largest: { file: string; bytes: number };
}

export function outputSize(dir: string): OutputSize {
  const size: OutputSize = { pages: 0, bytes: 0, htmlBytes: 0, largest: { file: '', bytes: 0 } };
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(path.join(dir, file));
    if (!stat.isFile()) continue;
    size.bytes += stat.size;
    if (!file.endsWith('.html')) continue;
    size.pages++;
    size.htmlBytes += stat.size;
    if (stat.size > size.largest.bytes) size.largest = { file: file.split(path.sep).join('/'), bytes: stat.size };
  }
  return size;
}
