/**
 * Whether a metric is on track for its target. One rule, stated on the pages that
 * show it (`healthRule`), so nobody argues about what "at risk" means.
 */
import type { I18n } from '../../i18n/i18n.ts';
import type { Translate } from '../../i18n/translate.ts';
import { addMonths, monthsBetween, type PeriodValue } from './aggregate.ts';

export type Health = 'on-track' | 'at-risk' | 'off-track' | 'no-target';

export interface Target {
  value: number;
  /** `YYYY-MM-DD`. */
  by: string;
}

/** A health's word on its badge: "On track", "Im Plan", "順調". */
export const healthLabel = (health: Health, t: Translate): string => t(`health.${health}`);

/** Badge class for each health, matching global.css `.badge.good/.warn/.bad`. */
export const healthTone: Record<Health, string> = {
  'on-track': 'good',
  'at-risk': 'warn',
  'off-track': 'bad',
  'no-target': '',
};

/** How many recent months set the pace the projection uses. */
export const paceMonths = 6;
/** How close (as a share of the target) a projection may fall short and still be "at risk" rather than "off track". */
export const riskMargin = 0.1;

/** The rule in words, shown next to every health badge's legend. */
export const healthRule = ({ t, f }: Pick<I18n, 't' | 'f'>): string => t('health.rule', { months: paceMonths, margin: f.percent(riskMargin) });

/** "3 on track, 1 at risk, 0 off track". */
export const healthTally = (counts: Record<Health, number>, t: Translate): string =>
  t('health.tally', { onTrack: counts['on-track'], atRisk: counts['at-risk'], offTrack: counts['off-track'] });

export interface HealthResult {
  health: Health;
  /** Where the current pace ends on the target date, when there is a target ahead. */
  projected?: number;
}

/**
 * Health of a monthly series against its target, seen from `currentMonth` (`YYYY-MM`).
 * Pace is the average monthly change over the last `paceMonths` months of data.
 */
export function healthOf(monthly: readonly PeriodValue[], target: Target | undefined, direction: 'up' | 'down', currentMonth: string): HealthResult {
  if (!target || monthly.length === 0) return { health: 'no-target' };
  const latest = monthly[monthly.length - 1]!;
  const meets = (value: number) => (direction === 'up' ? value >= target.value : value <= target.value);
  if (meets(latest.value)) return { health: 'on-track' };
  const targetMonth = target.by.slice(0, 7);
  if (targetMonth < currentMonth) return { health: 'off-track' };
  const baseMonth = addMonths(latest.period, -paceMonths);
  const base = [...monthly].reverse().find((m) => m.period <= baseMonth) ?? monthly[0]!;
  const span = monthsBetween(base.period, latest.period);
  const pace = span > 0 ? (latest.value - base.value) / span : 0;
  const projected = latest.value + pace * Math.max(0, monthsBetween(latest.period, targetMonth));
  if (meets(projected)) return { health: 'on-track', projected };
  const shortfall = direction === 'up' ? target.value - projected : projected - target.value;
  return { health: shortfall <= Math.abs(target.value) * riskMargin ? 'at-risk' : 'off-track', projected };
}
