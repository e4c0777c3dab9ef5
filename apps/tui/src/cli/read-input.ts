// Reading one input with a hard byte cap. The size a file reports is not trusted: /dev/zero, /proc
// files, pipes and sockets report 0 and never end, so the cap is counted on the bytes actually read.
// Only regular files are opened by name; anything else streams through `-` (standard input).
import type { Stats } from "node:fs";
import { constants, open, stat } from "node:fs/promises";

/** One article is at most 2 million characters; 8 MB of UTF-8 holds that with room to spare. */
export const MAX_FILE_BYTES = 8_000_000;

const CHUNK = 64 * 1024;
const MB = (bytes: number) => `${(bytes / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

export type InputRef = { kind: "stdin"; name: "-" } | { kind: "file"; name: string };

/** Why an input could not be read, in words; the caller puts the input's name in front. */
export class InputReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputReadError";
  }
}

/** What a path is when it is not a regular file, or null when it is one. */
export function notAFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return "is a folder";
  if (info.isFIFO()) return "is a named pipe";
  if (info.isCharacterDevice()) return "is a character device";
  if (info.isBlockDevice()) return "is a block device";
  if (info.isSocket()) return "is a socket";
  return "is not a regular file";
}

const tooLarge = () => new InputReadError(`is larger than ${MB(MAX_FILE_BYTES)}; one article is at most ${MB(MAX_FILE_BYTES)}`);

/** Reads an input's bytes, at most MAX_FILE_BYTES of them; throws an InputReadError with the reason. */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (ref.kind === "stdin") return readStream(stdin);
  try {
    return await readRegularFile(ref.name);
  } catch (error) {
    if (error instanceof InputReadError) throw error;
    throw new InputReadError(describeFsError(error));
  }
}

/** Standard input, whatever it is (a pipe, a file, a device): stops one chunk past the cap. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FILE_BYTES) {
      // Stop reading: an endless producer (`< /dev/zero`) must not keep the process alive.
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readRegularFile(path: string): Promise<Uint8Array> {
  // Look before opening: opening a named pipe waits for a writer, and opening a device can act.
  const before = await stat(path);
  const refused = notAFile(before);
  if (refused === "is a folder") throw new InputReadError("is a folder; `briefing ingest` reads folders");
  if (refused) throw new InputReadError(`${refused}, not a file; to read it anyway, give - and redirect it: - < ${path}`);
  if (before.size > MAX_FILE_BYTES) throw new InputReadError(`is ${MB(before.size)}; one article is at most ${MB(MAX_FILE_BYTES)}`);
  // Non-blocking and checked again once open, in case the path was swapped for something else.
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await file.stat();
    if (!info.isFile() || info.ino !== before.ino || info.dev !== before.dev) throw new InputReadError("changed while it was being opened");
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > MAX_FILE_BYTES) throw tooLarge();
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, size);
  } finally {
    await file.close();
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
      return "a loop of symbolic links";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
