import { type Key, useInput } from "ink";

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * useInput for navigation keys. Ink hands over a burst of plain keys that arrive together ("jjj",
 * two Tabs from a fast typist or a script) as one string; here each counts as its own key press.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: { isActive: boolean }): void {
  useInput((input, key) => {
    if (input.length > 1 && !input.includes("\x1b") && !key.ctrl && !key.meta) {
      for (const ch of input) {
        if (ch === "\t") handler("", { ...NO_KEY, tab: true });
        else if (ch === "\r" || ch === "\n") handler("", { ...NO_KEY, return: true });
        else if (ch === "\x7f" || ch === "\b") handler("", { ...NO_KEY, backspace: true });
        else handler(ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() });
      }
      return;
    }
    // A newline is Enter too: keys typed before raw mode starts arrive through the line discipline.
    if (input === "\n") handler("", { ...key, return: true });
    else handler(input, key);
  }, options);
}
