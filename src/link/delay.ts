/**
 * How long after its letter a reply comes, as a density over days: seldom within three days
 * (the letter has to reach the capital), acknowledgements within two weeks, most answers
 * within the 60-day window, many within eight months, a few years later. Knots (day,
 * density) joined log-linearly; the whole integrates to about 1. This is the prior of every
 * candidate: among letters that match a note equally, the one whose timing fits is likelier.
 */
const KNOTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.001], [3, 0.004], [7, 0.01], [60, 0.01], [90, 0.0022], [240, 0.0009], [365, 0.00004], [2000, 0.00002], [3650, 0.000001],
];

const LOG_KNOTS = KNOTS.map(([day, density]) => [day, Math.log(density)] as const);

/** A letter dated after the note cannot be the one it answers; a few days' slack absorbs misdated notes. */
export const NOT_BEFORE_SLACK_DAYS = 3;
/** Letters older than this are only considered when a note cites them. */
export const WINDOW_DAYS = 2400;

/** Log-density of a reply coming `days` after its letter. */
export function delayLogDensity(days: number): number {
  if (days < 0) return Math.log(1e-6);
  for (let i = 1; i < LOG_KNOTS.length; i++) {
    const [d1, l1] = LOG_KNOTS[i] ?? [0, 0];
    if (days <= d1) {
      const [d0, l0] = LOG_KNOTS[i - 1] ?? [0, 0];
      return l0 + ((l1 - l0) * (days - d0)) / (d1 - d0);
    }
  }
  return LOG_KNOTS.at(-1)?.[1] ?? Math.log(1e-6);
}
