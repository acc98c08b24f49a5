/**
 * The English catalog: the source of every UI string the wiki writes, and of the
 * `MessageKey` type, so a key that does not exist is a type error wherever `t()` is called.
 * Each area keeps its strings in its own file here; add a file and spread it below (and
 * give each shipped language a file of the same name, src/i18n/<locale>/, which the
 * catalog test checks).
 */
import type { Message } from '../types.ts';
import { common } from './common.ts';
import { digest } from './digest.ts';
import { home } from './home.ts';
import { meetings } from './meetings.ts';
import { metrics } from './metrics.ts';
import { outputs } from './outputs.ts';
import { programs } from './programs.ts';
import { recaps } from './recaps.ts';
import { review } from './review.ts';
import { roadbook } from './roadbook.ts';
import { search } from './search.ts';
import { team } from './team.ts';
import { value } from './value.ts';
import { digestSend } from './digest-send.ts';
import { media } from './media.ts';
import { meetingSkips } from './meeting-skips.ts';
import { menu } from './menu.ts';
import { chapters } from './chapters.ts';
import { meetingTimes } from './meeting-times.ts';
import { pageSource } from './page-source.ts';
import { homeMetrics } from './home-metrics.ts';

export const en = {
  ...common,
  ...home,
  ...programs,
  ...recaps,
  ...meetings,
  ...roadbook,
  ...team,
  ...metrics,
  ...value,
  ...digest,
  ...review,
  ...search,
  ...outputs,
  ...digestSend,
  ...media,
  ...meetingSkips,
  ...menu,
  ...chapters,
  ...meetingTimes,
  ...pageSource,
  ...homeMetrics,
} as const satisfies Record<string, Message>;

/** Every UI string's key. */
export type MessageKey = keyof typeof en;
