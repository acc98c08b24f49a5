/** A person on the DevRel team: `content/team/<id>.yaml`. */
import { z } from 'astro/zod';
import { email, text, timeZone, webUrl, isoDate } from './common.ts';

export const teamSchema = z.strictObject({
  /** Full name as colleagues know it. @example "Maria López" */
  name: text('a name'),
  /** Job title. @example "Senior Developer Advocate" */
  role: text('a role'),
  /** Pronouns, shown next to the name when given. @example "she/her" */
  pronouns: z.string().optional(),
  /** What this person focuses on; shown as chips and used to route questions. @example ["Kubernetes", "ambassadors"] */
  focus: z.array(text('a focus area')).min(1, 'list at least one focus area so colleagues know what to ask about'),
  /** IANA time zone the person works in, for meeting times and "their morning". @example "Europe/Madrid" */
  timezone: timeZone,
  /** City or region, shown on the person page. @example "Madrid, Spain" */
  location: z.string().optional(),
  /** Work e-mail address. @example "maria.lopez@lumenstack.example" */
  email: email,
  /** Chat handle or channel, as written in your chat tool. @example "@maria" */
  chat: z.string().optional(),
  /** Code-hosting handle without the @, used later for CODEOWNERS. @example "marialopez" */
  github: z.string().regex(/^[A-Za-z0-9-]+$/, 'a handle without the @, like "marialopez"').optional(),
  /** A personal page, talk list or public profile. @example "https://example.com/maria" */
  website: webUrl.optional(),
  /** Date the person joined the team. @example 2023-04-03 */
  joined: isoDate.optional(),
  /** Two or three sentences about the person, in their own voice. */
  bio: z.string().optional(),
});

export type TeamMember = z.output<typeof teamSchema>;
