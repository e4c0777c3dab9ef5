// Colors only for a person at a terminal: never in pipes or files, never with NO_COLOR set.

/** True when NO_COLOR asks for no color (https://no-color.org: present and not empty). */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== "";
}

/** Whether a stream is a terminal we may style. */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !noColorRequested(env) && env.TERM !== "dumb";
}

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  /** Marks matched words: inverse, which stays visible without colors. */
  match(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

const PLAIN: Paint = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, match: (t) => t };

/** ANSI styles when `color`, else identity functions. */
export function paint(color: boolean, tty = color): Paint {
  if (!color) return tty ? { ...PLAIN, bold: sgr(1, 22), match: sgr(7, 27) } : PLAIN;
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), match: sgr(7, 27) };
}

/** Width to fit lines in: the terminal's, or unlimited for pipes. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? stream.columns : Number.POSITIVE_INFINITY;
}
