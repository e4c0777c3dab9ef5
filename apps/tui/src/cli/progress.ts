import cliProgress from "cli-progress";

export interface Progress {
  /** One more item done. */
  tick(label: string): void;
  /** A line above the bar (or just a line when there is no bar). */
  log(line: string): void;
  stop(): void;
}

/**
 * A progress bar with count, rate and ETA on a terminal; without a terminal, nothing but the logged
 * lines, so pipes and logs stay clean.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream, unit: string): Progress {
  if (!stream.isTTY || total < 2) {
    return { tick: () => {}, log: (line) => stream.write(`${line}\n`), stop: () => {} };
  }
  const started = Date.now();
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: ` {bar} {value}/{total} ${unit} · {rate}/s · ETA {eta_formatted} · {label}`,
      barsize: 24,
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { rate: "0.0", label: "" });
  let done = 0;
  return {
    tick(label) {
      done++;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.increment(1, { rate: (done / seconds).toFixed(1), label: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    log(line) {
      bars.log(`${line}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}
