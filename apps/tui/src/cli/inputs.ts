import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** Extensions read when a folder is given; a file named on the command line is read whatever it is called. */
export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm", ".md"];

/** Larger files are refused before reading them: one article is at most 2 million characters. */
export const MAX_FILE_BYTES = 8_000_000;

export type InputRef = { kind: "stdin"; name: "-" } | { kind: "file"; name: string };

/** A path that could not be used, with the reason in words. */
export interface InputProblem {
  name: string;
  message: string;
}

export interface CollectedInputs {
  inputs: InputRef[];
  problems: InputProblem[];
  /** Files inside folders skipped for their extension. */
  skipped: number;
}

/** Turns command-line paths into the files to read: "-" is stdin, folders are walked for articles. */
export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
  const out: CollectedInputs = { inputs: [], problems: [], skipped: 0 };
  const seen = new Set<string>();
  const add = (ref: InputRef) => {
    if (seen.has(ref.name)) return;
    seen.add(ref.name);
    out.inputs.push(ref);
  };
  for (const path of paths) {
    if (path === "-") {
      add({ kind: "stdin", name: "-" });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, add, out);
      else add({ kind: "file", name: path });
    } catch (error) {
      out.problems.push({ name: path, message: describeFsError(error) });
    }
  }
  return out;
}

async function walk(dir: string, add: (ref: InputRef) => void, out: CollectedInputs): Promise<void> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.problems.push({ name: dir, message: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        out.problems.push({ name: path, message: describeFsError(error) });
        continue;
      }
    }
    if (isDir) await walk(path, add, out);
    else if (isFile && ARTICLE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) add({ kind: "file", name: path });
    else out.skipped++;
  }
}

/** Reads an input's bytes; throws an InputReadError with the reason in words. */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (ref.kind === "stdin") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > MAX_FILE_BYTES)
        throw new InputReadError(`standard input is larger than ${MAX_FILE_BYTES.toLocaleString("en-US")} bytes; one article is smaller`);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }
  try {
    const info = await stat(ref.name);
    if (info.isDirectory()) throw new InputReadError("is a folder; `briefing ingest` reads folders");
    if (info.size > MAX_FILE_BYTES) {
      throw new InputReadError(`is ${(info.size / 1e6).toFixed(1)} MB; one article is at most ${MAX_FILE_BYTES / 1e6} MB`);
    }
    return await readFile(ref.name);
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    throw new InputReadError(describeFsError(error));
  }
}

export class InputReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputReadError";
  }
}

/** "no such file or directory" rather than "ENOENT: …, stat 'x'". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
