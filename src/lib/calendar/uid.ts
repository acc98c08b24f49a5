/**
 * iCalendar UIDs, which calendar apps use to update an event instead of adding a copy:
 * stable across builds and deployments, unique per wiki, and plain ASCII (RFC 5545 allows
 * any text, but Outlook and others mishandle UIDs outside ASCII), while ids and wiki
 * titles may be written in any script.
 */
import { createHash } from 'node:crypto';

/** A letter outside the Latin script. */
const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/u;

/**
 * `lumenstack-devrel.devrel-wiki` from the wiki's title. A title in Latin letters keeps the
 * form it always had (changing it would duplicate every event in subscribers' calendars);
 * one with other letters, which that form dropped ("東京 DevRel" and "大阪 DevRel" were both
 * `devrel`), adds a short hash of the whole title, so each wiki's UIDs stay its own.
 */
export function uidDomainFor(title: string): string {
  const ascii = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!nonLatinLetter.test(title)) return `${ascii}.devrel-wiki`;
  const hash = createHash('sha256').update(title.normalize('NFC')).digest('hex').slice(0, 8);
  return `${ascii ? `${ascii}-` : 'wiki-'}${hash}.devrel-wiki`;
}

/**
 * `meeting-office-hours@lumenstack-devrel.devrel-wiki`: the entry's id percent-encoded, so an
 * id in any script gives an ASCII UID (`event-2026-05-10-meetup-%E6%9D%B1%E4%BA%AC-6@…`),
 * and the UIDs of ids in a–z, 0–9 and dashes are what they always were.
 */
export function icsUid(kind: 'meeting' | 'event', id: string, domain: string): string {
  return `${kind}-${encodeURIComponent(id)}@${domain}`;
}
