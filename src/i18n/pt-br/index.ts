/** The Brazilian Portuguese catalog: one file per area, mirroring `../en/`. */
import type { Catalog } from '../translate.ts';
import { common } from './common.ts';
import { home } from './home.ts';
import { programs } from './programs.ts';
import { recaps } from './recaps.ts';
import { meetings } from './meetings.ts';
import { roadbook } from './roadbook.ts';
import { team } from './team.ts';
import { metrics } from './metrics.ts';
import { value } from './value.ts';
import { digest } from './digest.ts';
import { review } from './review.ts';
import { search } from './search.ts';
import { outputs } from './outputs.ts';
import { digestSend } from './digest-send.ts';
import { media } from './media.ts';
import { meetingSkips } from './meeting-skips.ts';
import { menu } from './menu.ts';
import { chapters } from './chapters.ts';
import { meetingTimes } from './meeting-times.ts';
import { pageSource } from './page-source.ts';
import { homeMetrics } from './home-metrics.ts';

export const ptBR = {
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
} satisfies Catalog;
