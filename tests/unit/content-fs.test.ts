/**
 * content/ as a closed world (src/lib/content-fs.ts): the one reader refuses symbolic
 * links wherever they are on the path, special files that would block a read, and files
 * over their limit, without ever returning or naming what a link points to; the check
 * lists every link, dot-folders included; the collection loaders refuse to read through one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { ContentFileError, readContentFile, readContentText, refusedEntries } from '../../src/lib/content-fs.ts';
import { checkClosedWorld } from '../../src/lib/check/closed-world.ts';
import { closedWorld } from '../../src/lib/closed-world-loader.ts';

const secret = 'GITHUB_TOKEN=ghp_0123456789abcdefSECRET';

function world() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'devrel-wiki-closed-'));
  const outside = path.join(root, 'outside');
  const content = path.join(root, 'content');
  mkdirSync(path.join(outside, 'photos'), { recursive: true });
  mkdirSync(path.join(content, 'team'), { recursive: true });
  mkdirSync(path.join(content, '.drafts'), { recursive: true });
  writeFileSync(path.join(outside, 'environ'), secret);
  writeFileSync(path.join(outside, 'photos', 'a.png'), 'png');
  writeFileSync(path.join(content, 'team', 'ana.yaml'), 'name: Ana\n');
  return { root, outside, content };
}

function refusal(fn: () => unknown): ContentFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentFileError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readContentFile', () => {
  it('reads a plain file inside content/', () => {
    const { content } = world();
    expect(readContentText(content, path.join(content, 'team', 'ana.yaml'), 1000)).toBe('name: Ana\n');
  });

  it('refuses a file that is a link, and never returns or names its target', () => {
    const { content, outside } = world();
    symlinkSync(path.join(outside, 'environ'), path.join(content, 'team', 'leak.yaml'));
    const error = refusal(() => readContentFile(content, path.join(content, 'team', 'leak.yaml'), 1000));
    expect(error.kind).toBe('symbolic link');
    expect(error.message).toBe('content/team/leak.yaml is a symbolic link, and the wiki reads only plain files and folders in content/');
    expect(error.message).not.toContain('outside');
  });

  it('refuses a plain file below a folder that is a link (a linked images folder)', () => {
    const { content, outside } = world();
    symlinkSync(path.join(outside, 'photos'), path.join(content, 'images'));
    const error = refusal(() => readContentFile(content, path.join(content, 'images', 'a.png'), 1000));
    expect(error).toMatchObject({ kind: 'symbolic link', relative: 'images' });
  });

  it('refuses a link that stays inside content/ too: one rule a reviewer can check', () => {
    const { content } = world();
    symlinkSync('ana.yaml', path.join(content, 'team', 'alias.yaml'));
    expect(refusal(() => readContentFile(content, path.join(content, 'team', 'alias.yaml'), 1000)).kind).toBe('symbolic link');
  });

  it('refuses a path that leaves content/ with ..', () => {
    const { content } = world();
    expect(refusal(() => readContentFile(content, path.join(content, '..', 'outside', 'environ'), 1000)).message).not.toContain(secret);
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const { content } = world();
    execFileSync('mkfifo', [path.join(content, 'team', 'pipe.yaml')]);
    expect(refusal(() => readContentFile(content, path.join(content, 'team', 'pipe.yaml'), 1000)).kind).toBe('special file');
  });

  it('refuses a file over its limit before reading it', () => {
    const { content } = world();
    writeFileSync(path.join(content, 'team', 'big.yaml'), 'x'.repeat(2048));
    expect(refusal(() => readContentFile(content, path.join(content, 'team', 'big.yaml'), 1024)).message).toBe('content/team/big.yaml is 2 KB, over the 1 KB the wiki reads for a file like it');
  });
});

describe('the check', () => {
  it('names every link and special file, in dot-folders too, and never what they point to', () => {
    const { content, outside } = world();
    symlinkSync(path.join(outside, 'environ'), path.join(content, 'team', 'leak.yaml'));
    symlinkSync(path.join(outside, 'environ'), path.join(content, '.drafts', 'hidden.md'));
    symlinkSync(path.join(outside, 'photos'), path.join(content, 'images'));
    execFileSync('mkfifo', [path.join(content, 'team', 'pipe.yaml')]);
    expect(refusedEntries(content)).toEqual([
      { relative: '.drafts/hidden.md', kind: 'symbolic link' },
      { relative: 'images', kind: 'symbolic link' },
      { relative: 'team/leak.yaml', kind: 'symbolic link' },
      { relative: 'team/pipe.yaml', kind: 'special file' },
    ]);
    const problems = checkClosedWorld(content, (abs) => path.relative(content, abs));
    expect(problems.map((p) => p.file)).toEqual(['.drafts/hidden.md', 'images', 'team/leak.yaml', 'team/pipe.yaml']);
    expect(JSON.stringify(problems)).not.toContain('outside');
  });
});

describe('the collection loaders', () => {
  type EntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): unknown };
  const fakeGlob = (folder: string, files: string[]): Loader & { parsed: string[] } => {
    const parsed: string[] = [];
    return {
      name: 'fake-glob',
      parsed,
      load: async (context) => {
        const types = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
        for (const file of files) {
          // What glob() does: read the file, then parse it.
          types.get('.yaml')!.getEntryInfo({ fileUrl: pathToFileURL(path.join(folder, file)), contents: secret });
          parsed.push(file);
        }
      },
    };
  };
  const entryTypes = new Map<string, EntryType>([['.yaml', { getEntryInfo: () => ({ data: {} }) }]]);

  it('a build (no watcher) does not load a folder holding a link at all', async () => {
    const { content, outside } = world();
    symlinkSync(path.join(outside, 'environ'), path.join(content, 'team', 'leak.yaml'));
    const inner = fakeGlob(path.join(content, 'team'), ['ana.yaml', 'leak.yaml']);
    const loader = closedWorld(inner, content, path.join(content, 'team'));
    await expect(loader.load({ entryTypes } as never)).rejects.toThrow('content/team/leak.yaml is a symbolic link or special file');
    expect(inner.parsed).toEqual([]);
  });

  it('the dev server (with a watcher) refuses to parse an entry reached through a link', async () => {
    const { content, outside } = world();
    symlinkSync(path.join(outside, 'environ'), path.join(content, 'team', 'leak.yaml'));
    const inner = fakeGlob(path.join(content, 'team'), ['ana.yaml', 'leak.yaml']);
    const loader = closedWorld(inner, content, path.join(content, 'team'));
    await expect(loader.load({ entryTypes, watcher: {} } as never)).rejects.toThrow('content/team/leak.yaml is a symbolic link');
    expect(inner.parsed).toEqual(['ana.yaml']);
  });
});
