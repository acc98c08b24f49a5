/**
 * Each empty list tells a new team the command that adds its first entry: that command
 * must be one `npm run new` accepts, for the collection the list shows, in every
 * shipped language (the example title is translated).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n.ts';
import { shippedLocales } from '../../src/i18n/locales.ts';
import { collectionsWithEmptyStates, emptyState } from '../../src/lib/empty-states.ts';
import { parseCommand } from '../../src/lib/scaffold/scaffold.ts';
import { scaffoldTypes } from '../../src/lib/scaffold/types.ts';

describe('empty states', () => {
  it.each(collectionsWithEmptyStates)('%s: names an npm run new command for that collection', (collection) => {
    for (const locale of shippedLocales) {
      const { command, what } = emptyState(collection, createI18n(locale).t);
      const args = [...command.replace(/^npm run new -- /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const parsed = parseCommand(args);
      const type = scaffoldTypes.find((t) => t.name === parsed.type || t.aliases.includes(parsed.type ?? ''));
      expect(type?.collection, `${locale}: ${command}`).toBe(collection);
      expect(parsed.title).toBeTruthy();
      expect(what).toBeTruthy();
    }
  });
});
