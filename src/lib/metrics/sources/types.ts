/**
 * What every source returns to `npm run metrics:pull`, and what it is given. Sources
 * only fetch and translate; aggregating to the metric's cadence and writing the CSV
 * happen once, in ../pull/, for all of them.
 */
import type { HttpClient } from './http.ts';
import type { Secrets } from './secrets.ts';

/** One number as the service reports it: per day, per period, or as of today. */
export interface Observation {
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  series?: string;
}

export interface Fetched {
  observations: Observation[];
  /**
   * `history`: dated values (downloads per day, stars by the day they were given),
   * written for every complete period. `snapshot`: a count as of today with no past
   * (forks now), written once per period, dated the day it was read.
   */
  kind: 'history' | 'snapshot';
}

export interface SourceContext {
  http: HttpClient;
  /**
   * The secrets the source block names, read from the environment only after the
   * maintainers' policy allowed each for its origin (./secrets.ts). Sources never see
   * the environment itself.
   */
  secrets: Secrets;
  /** First day the pull wants data for (`YYYY-MM-DD`); sources with history start there when they can. */
  from: string;
  /** Today (`YYYY-MM-DD`), the last day a source is asked about. */
  today: string;
}
