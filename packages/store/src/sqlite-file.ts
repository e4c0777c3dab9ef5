// The store's path, looked at before SQLite touches it. SQLite would create `/dev/null-journal` next
// to a device, block on a FIFO, or fail to create its WAL files beside a read-only file half-way
// through a command; each is decided here, from the file system, with a clear message.
import { accessSync, closeSync, constants, openSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { StoreError } from "./errors.js";

const SQLITE_HEADER = "SQLite format 3\0";

/** What is at a store's path. */
export interface StoreFile {
  exists: boolean;
  /** Bytes; 0 when missing. */
  size: number;
  /** The file and its folder may be written (the folder holds the WAL and shared-memory files). */
  writable: boolean;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function cannotRead(path: string, error: unknown): StoreError {
  return new StoreError("cannot-open", `cannot read ${path}: ${(error as Error).message}`, { cause: error });
}

/** Throws unless the first bytes say SQLite (an empty file is a new store). */
function checkHeader(path: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  let read = 0;
  try {
    fd = openSync(path, "r");
    read = readSync(fd, header, 0, header.length, 0);
  } catch (error) {
    throw cannotRead(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (read > 0 && header.toString("latin1") !== SQLITE_HEADER) {
    throw new StoreError("corrupt", `${path} is not a SQLite database (corrupt or some other file); it was left untouched`);
  }
}

/**
 * Refuses, before SQLite opens it, a path that is a directory, a device, a pipe or a socket, or a file
 * that is not a SQLite database; says whether an existing store may be written.
 */
export function inspectStoreFile(path: string): StoreFile {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { exists: false, size: 0, writable: true };
    throw cannotRead(path, error);
  }
  if (stat.isDirectory()) throw new StoreError("cannot-open", `${path} is a directory, not a database file`);
  if (!stat.isFile()) {
    throw new StoreError(
      "cannot-open",
      `${path} is not a regular file (it is a device, a pipe or a socket); a store must be a file, and nothing was created beside it`,
    );
  }
  checkHeader(path);
  return { exists: true, size: stat.size, writable: canWrite(path) && canWrite(dirname(path)) };
}
