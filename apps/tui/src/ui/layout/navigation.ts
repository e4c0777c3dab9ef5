import type { Place } from "./find.js";

/** Which section shows and which item is selected in each, so going back to a section finds your place. */
export interface NavState {
  section: number;
  selected: number[];
}

export type NavAction =
  | { type: "step"; by: number }
  | { type: "item"; to: number }
  | { type: "section"; by: number }
  | { type: "select"; place: Place };

/** The next navigation state; `counts` is the number of items of each section. Sections wrap around, items stop at the ends. */
export function navigate(state: NavState, action: NavAction, counts: number[]): NavState {
  const clamp = (section: number, item: number) => Math.max(0, Math.min((counts[section] ?? 1) - 1, item));
  const withItem = (section: number, item: number): NavState => ({
    section,
    selected: state.selected.map((v, i) => (i === section ? clamp(section, item) : v)),
  });
  switch (action.type) {
    case "step":
      return withItem(state.section, (state.selected[state.section] ?? 0) + action.by);
    case "item":
      return withItem(state.section, action.to);
    case "section":
      return { ...state, section: (((state.section + action.by) % counts.length) + counts.length) % counts.length };
    case "select":
      return withItem(action.place.section, action.place.item);
  }
}
