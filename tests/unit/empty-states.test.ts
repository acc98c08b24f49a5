/**
 * Each empty list tells a new team the command that adds its first entry: that command
 * must be one `npm run new` accepts, for the collection the list shows.
 */
import { describe, expect, it } from 'vitest';
import { emptyStates } from '../../src/lib/empty-states.ts';
import { parseCommand } from '../../src/lib/scaffold/scaffold.ts';
import { scaffoldTypes } from '../../src/lib/scaffold/types.ts';

describe('empty states', () => {
  it.each(Object.entries(emptyStates))('%s: names an npm run new command for that collection', (collection, { command }) => {
    const args = [...command.replace(/^npm run new -- /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const parsed = parseCommand(args);
    const type = scaffoldTypes.find((t) => t.name === parsed.type || t.aliases.includes(parsed.type ?? ''));
    expect(type?.collection).toBe(collection);
    expect(parsed.title).toBeTruthy();
  });
});
