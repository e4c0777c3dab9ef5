// Renders a screen the way the tests need it: no colors, a fixed terminal size, and helpers that
// press keys one at a time and wait for what a person would see.
import { referenceBriefing } from "@briefing/core/sample";
import { render as inkRender } from "ink-testing-library";
import type { ReactElement } from "react";
import { type Library, memoryLibrary } from "../library.js";
import { App } from "../ui/components/app.js";
import { ThemeProvider } from "../ui/theme.js";

export const KEYS = {
  up: "\x1b[A",
  down: "\x1b[B",
  right: "\x1b[C",
  left: "\x1b[D",
  enter: "\r",
  escape: "\x1b",
  tab: "\t",
  shiftTab: "\x1b[Z",
  backspace: "\x7f",
} as const;

export function render(tree: ReactElement) {
  const instance = inkRender(<ThemeProvider theme={{ color: false }}>{tree}</ThemeProvider>);
  const frame = () => instance.lastFrame() ?? "";
  /** Waits until the frame satisfies `check` (a substring or a predicate), or fails with the frame. */
  const waitFor = async (check: string | ((frame: string) => boolean), timeoutMs = 8000): Promise<string> => {
    const ok = typeof check === "string" ? (f: string) => f.includes(check) : check;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (ok(frame())) return frame();
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(
      `timed out waiting for ${typeof check === "string" ? JSON.stringify(check) : "a frame"}; the screen shows:\n${frame()}`,
    );
  };
  /** Presses keys one at a time, letting Ink handle each before the next. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      // React attaches Ink's input listeners in effects that run just after a frame is drawn.
      await new Promise((r) => setTimeout(r, 15));
      instance.stdin.write(key);
      // Ink waits briefly after a lone Esc to tell it from the start of an escape sequence.
      await new Promise((r) => setTimeout(r, key === KEYS.escape ? 80 : 20));
    }
  };
  /** Types text as one burst, as a paste or a fast typist does. */
  const type = async (text: string) => {
    await new Promise((r) => setTimeout(r, 15));
    instance.stdin.write(text);
    await new Promise((r) => setTimeout(r, 20));
  };
  return { ...instance, frame, waitFor, press, type };
}

/** The reader over the sample briefing, at a given terminal size. */
export function renderReader(options: { library?: Library; columns?: number; rows?: number; openId?: string } = {}) {
  const library = options.library ?? memoryLibrary([referenceBriefing]);
  return render(
    <App
      library={library}
      size={{ columns: options.columns ?? 80, rows: options.rows ?? 24 }}
      {...(options.openId ? { openId: options.openId } : {})}
    />,
  );
}
