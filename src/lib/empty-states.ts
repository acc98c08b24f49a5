/**
 * What a page says where a list has nothing in it yet: what belongs there and the one
 * command that adds the first entry. A new team's wiki is mostly empty lists, so each
 * one tells them what to write first instead of showing a heading with nothing under it.
 * The commands name no entry of any team: `npm run new` asks for the rest in a terminal.
 */
import type { CollectionName } from '../schemas/collections.ts';

export interface EmptyState {
  /** One sentence: what this list will hold. */
  what: string;
  /** The command that creates the first entry. */
  command: string;
}

export const emptyStates: Record<CollectionName, EmptyState> = {
  team: { what: 'No one is on the team page yet: each person has a file with their role, focus and time zone.', command: 'npm run new -- person "Your Name"' },
  departments: { what: 'No partner departments yet: one page per department you work with, what they care about and who looks after the relationship.', command: 'npm run new -- department "Sales"' },
  priorities: { what: 'No company priorities yet: the goals leadership has set, so each program can say which one it serves.', command: 'npm run new -- priority "Self-serve adoption"' },
  programs: { what: 'No programs yet: what the team runs (ambassadors, hackathons, education…), with the outcomes each commits to.', command: 'npm run new -- program "Name of the program"' },
  recaps: { what: 'No event recaps yet: one per event you ran or spoke at, with why it mattered and how many came.', command: 'npm run new -- recap "Name of the event"' },
  roadbook: { what: 'No roadbook chapters yet: the onboarding a new teammate reads in order, from their first week on.', command: 'npm run new -- chapter "Your first week"' },
  meetings: { what: 'No meetings yet: the recurring meetings other departments are welcome to join, with their next dates.', command: 'npm run new -- meeting "Office hours"' },
  updates: { what: "No updates yet: short posts on what the team is working on, newest first.", command: 'npm run new -- update "What we are working on"' },
  syncs: { what: "No department syncs yet: notes from sitting in on another team's meeting, and what you promised to do.", command: 'npm run new -- sync "Notes from the sales weekly"' },
  metrics: { what: 'No metrics yet: what the team measures, with a target, as a definition and a CSV of its numbers.', command: 'npm run new -- metric "Forum members"' },
};
