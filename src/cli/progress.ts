import cliProgress from 'cli-progress';

export interface Progress {
  advance(by?: number): void;
  stop(): void;
}

/**
 * A bar on a terminal; elsewhere (CI, logs) one line of counts every few seconds and at the
 * end, on stderr so stdout stays for data.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% {value}/{total} ETA {eta}s`, stream, hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0);
    return {
      advance: (by = 1) => { done += by; bar.update(done); },
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  let lastLog = started;
  const log = () => stream.write(`${label}: ${done}/${total} (${Math.round((100 * done) / Math.max(total, 1))}%) after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return {
    advance: (by = 1) => {
      done += by;
      if (Date.now() - lastLog >= 2000) { lastLog = Date.now(); log(); }
    },
    stop: () => log(),
  };
}
