/**
 * Progress lines for long loads: a line at most every few seconds, so a 30 s load shows it is
 * moving without flooding `pnpm dev`'s output (which is a pipe, not a terminal).
 */
const INTERVAL_MS = 3_000;

export interface Progress {
  /** Reports `done` units (of `total`, when known); prints when the interval has passed. */
  update(done: number, total?: number, unit?: string): void;
  /** Seconds since the progress started. */
  seconds(): number;
}

export function startProgress(
  label: string,
  defaultUnit: string,
  write: (line: string) => void = (line) => console.log(line),
): Progress {
  const started = performance.now();
  let last = started;
  const format = new Intl.NumberFormat("en-US");
  return {
    update(done, total, unit = defaultUnit) {
      const now = performance.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      const share = total
        ? ` of ${format.format(total)} (${Math.round((done / total) * 100)}%)`
        : "";
      const elapsed = ((now - started) / 1000).toFixed(0);
      write(`${label}: ${format.format(done)}${share} ${unit}, ${elapsed} s`);
    },
    seconds: () => (performance.now() - started) / 1000,
  };
}
