import { render } from "ink";
import type { Library, ListEntry } from "../library.js";
import { App } from "./components/app.js";
import { ThemeProvider } from "./theme.js";

const ENTER_ALT_SCREEN = "\x1b[?1049h";
const LEAVE_ALT_SCREEN = "\x1b[?1049l";
const SHOW_CURSOR = "\x1b[?25h";

export interface ReaderOptions {
  library: Library;
  openId?: string;
  entries?: ListEntry[];
  color: boolean;
}

/**
 * Runs the reader full-screen on the alternate screen, like `less`, and always gives the terminal
 * back as it was: on q, on Ctrl-C, on an error, and on a signal.
 */
export async function runReader({ library, openId, entries, color }: ReaderOptions): Promise<void> {
  const stdout = process.stdout;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    instance.unmount();
    restore();
    process.kill(process.pid, signal);
  };
  stdout.write(ENTER_ALT_SCREEN);
  process.once("exit", restore);
  const instance = render(
    <ThemeProvider theme={{ color }}>
      <App library={library} {...(openId ? { openId } : {})} {...(entries ? { entries } : {})} />
    </ThemeProvider>,
    { exitOnCtrlC: true, patchConsole: true },
  );
  // Ctrl-C is a key while Ink holds raw mode; before that (or after), it is a signal.
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("SIGHUP", onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    restore();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("SIGHUP", onSignal);
  }
}
