/**
 * The record of what went out: `digest-sent/<YYYY-MM>.json`, one file per month, beside
 * `content/` (not in it: it is the wiki's log, not content). It says, per recipient and
 * per chat channel, when the digest was accepted; the workflow commits it, so it
 * survives CI runs and a second run sends only what is missing. It holds addresses
 * (already in content/site.yaml), times and Message-IDs, never an SMTP or webhook URL.
 *
 * Written after each delivery that succeeded, atomically (a temporary file renamed
 * over the old one), so a crash midway loses nothing that went out and never leaves
 * half a file. A record that cannot be read stops the run: guessing could send twice.
 */
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { chatChannels, type ChatChannel } from './channels.ts';

const delivery = z.strictObject({
  /** When the server or webhook accepted it, ISO 8601. */
  sentAt: z.iso.datetime(),
  /** The e-mail's Message-ID, to find it in a mail log. */
  messageId: z.string().max(998).optional(),
});

const recordSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** Recipient address (lowercase) → its delivery. */
  email: z.record(z.string().max(254), delivery).default({}),
  chat: z.partialRecord(z.enum(chatChannels), delivery).default({}),
});

export type Delivery = z.output<typeof delivery>;
export type RecordData = z.output<typeof recordSchema>;

/** A record that exists but cannot be trusted; the message says what to do. */
export class RecordError extends Error {
  override name = 'RecordError';
}

/** Far more than a month's record can hold; a larger file is not ours. */
const maxBytes = 1_000_000;

/** `digest-sent/2026-10.json` under `root`. */
export const recordPath = (root: string, month: string): string => path.join(root, 'digest-sent', `${month}.json`);

export class SentRecord {
  readonly file: string;
  private data: RecordData;

  private constructor(file: string, data: RecordData) {
    this.file = file;
    this.data = data;
  }

  /** The month's record, or an empty one when nothing was sent yet. */
  static read(file: string, month: string): SentRecord {
    let stat;
    try {
      stat = lstatSync(file);
    } catch {
      return new SentRecord(file, { month, email: {}, chat: {} });
    }
    const shown = path.relative(process.cwd(), file) || file;
    if (!stat.isFile()) throw new RecordError(`${shown} is not a plain file (a link or a folder?); replace it with the record the workflow committed, or delete it if nothing was sent`);
    if (stat.size > maxBytes) throw new RecordError(`${shown} is ${stat.size} bytes, far more than a record holds; restore it from git history`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new RecordError(`${shown} is not valid JSON, so what was already sent is unknown; restore it from git history (git log -p ${shown}) rather than guess, or use --force to send everything again`);
    }
    const result = recordSchema.safeParse(parsed);
    if (!result.success || result.data.month !== month) {
      throw new RecordError(`${shown} is not a digest record for ${month}; restore it from git history (git log -p ${shown}), or use --force to send everything again`);
    }
    return new SentRecord(file, result.data);
  }

  email(address: string): Delivery | undefined {
    return this.data.email[address.toLowerCase()];
  }

  chat(channel: ChatChannel): Delivery | undefined {
    return this.data.chat[channel];
  }

  /** Record a delivery to `address` and write the file at once. */
  markEmail(address: string, entry: Delivery): void {
    this.data.email[address.toLowerCase()] = entry;
    this.write();
  }

  /** Record a delivery to a chat channel and write the file at once. */
  markChat(channel: ChatChannel, entry: Delivery): void {
    this.data.chat[channel] = entry;
    this.write();
  }

  /** The record as written: keys sorted, so its git diffs are small. */
  toJSON(): RecordData {
    const sorted = <T>(o: Partial<Record<string, T>>): Record<string, T> =>
      Object.fromEntries(Object.entries(o).filter((e): e is [string, T] => e[1] !== undefined).sort(([a], [b]) => a.localeCompare(b)));
    return { month: this.data.month, email: sorted(this.data.email), chat: sorted(this.data.chat) };
  }

  private write(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${JSON.stringify(this.toJSON(), null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
  }
}
