// Command-line paths to the inputs to read. Folders are walked once per real folder: a symbolic link
// back to a folder being walked is a loop, reported once and not followed, and a file reached
// through several links is read once.
import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { describeFsError, type InputRef } from "./read-input.js";

/** Extensions read when a folder is given; a file named on the command line is read whatever it is called. */
export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm", ".md"];

/** A path that could not be used, with the reason in words. */
export interface InputProblem {
  name: string;
  message: string;
}

export interface CollectedInputs {
  inputs: InputRef[];
  problems: InputProblem[];
  /** Symbolic links that lead back into a folder being walked: reported once each, not followed. */
  loops: InputProblem[];
  /** Files inside folders skipped for their extension or kind (pipes, devices). */
  skipped: number;
}

/** The identity of a file or folder whatever the path to it: device and inode. */
const identity = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

/** What a walk shares: the collected inputs and every file and folder identity met so far. */
interface Walk {
  out: CollectedInputs;
  seen: Set<string>;
}

/** Adds an input unless the same file (or stdin) was added already. */
function add(walk: Walk, ref: InputRef, id: string): void {
  if (walk.seen.has(id)) return;
  walk.seen.add(id);
  walk.out.inputs.push(ref);
}

/** Turns command-line paths into the files to read: "-" is stdin, folders are walked for articles. */
export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
  const w: Walk = { out: { inputs: [], problems: [], loops: [], skipped: 0 }, seen: new Set() };
  for (const path of paths) {
    if (path === "-") {
      add(w, { kind: "stdin", name: "-" }, "-");
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const id = `dir ${identity(info)}`;
        if (w.seen.has(id)) continue;
        w.seen.add(id);
        await walkFolder(w, path, new Map([[identity(info), path]]));
      } else add(w, { kind: "file", name: path }, info.isFile() ? identity(info) : `path ${path}`);
    } catch (error) {
      w.out.problems.push({ name: path, message: describeFsError(error) });
    }
  }
  return w.out;
}

/** Walks one folder; `ancestors` maps the identity of every folder above (and this one) to its path. */
async function walkFolder(w: Walk, dir: string, ancestors: Map<string, string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    w.out.problems.push({ name: dir, message: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const wanted = ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase());
    // Only folders, links and article files need a stat (for what they are); the rest is skipped unread.
    if (!entry.isSymbolicLink() && !entry.isDirectory() && !(entry.isFile() && wanted)) {
      w.out.skipped++;
      continue;
    }
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ELOOP")
        w.out.loops.push({ name: path, message: "a loop of symbolic links; not followed" });
      else w.out.problems.push({ name: path, message: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const ancestor = ancestors.get(identity(info));
      if (ancestor !== undefined) {
        w.out.loops.push({ name: path, message: `a symbolic link back to ${ancestor}; not followed` });
        continue;
      }
      // A folder reached again through another link was walked already: its files are in.
      const id = `dir ${identity(info)}`;
      if (w.seen.has(id)) continue;
      w.seen.add(id);
      await walkFolder(w, path, new Map([...ancestors, [identity(info), path]]));
    } else if (info.isFile() && wanted) add(w, { kind: "file", name: path }, identity(info));
    else w.out.skipped++;
  }
}
