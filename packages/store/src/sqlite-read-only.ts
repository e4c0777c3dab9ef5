// A store that may not be written (a 0444 file, a read-only folder or medium) is still read. SQLite's
// own read-only mode would need to create `-wal` and `-shm` files beside a WAL-mode database, which a
// read-only folder forbids and a writable one would be littered with; so, when no other process has
// a write-ahead log open on it, the file is read once into memory and queried there.
import { existsSync, readFileSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { StoreError } from "./errors.js";

/** Larger read-only stores are refused rather than read into memory. */
export const MAX_READ_ONLY_BYTES = 1024 ** 3;

/** Header bytes 18 and 19: the file format versions, 2 for WAL mode and 1 for a rollback journal. */
const WRITE_VERSION = 18;
const READ_VERSION = 19;

function liveWal(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

/** Opens the SQLite file at `path` for reading only; never creates a file. */
export function openReadOnlyDatabase(path: string, size: number): Database.Database {
  // Commits still in a WAL are only visible through SQLite's shared memory: let SQLite read them.
  if (liveWal(path)) return new Database(path, { readonly: true, fileMustExist: true });
  if (size > MAX_READ_ONLY_BYTES) {
    throw new StoreError(
      "cannot-open",
      `${path} is read-only and larger than ${MAX_READ_ONLY_BYTES / 1024 ** 3} GiB, too large to read into memory; give write access to it and its folder`,
    );
  }
  const image = readFileSync(path);
  // In memory there is no WAL; an image that says WAL mode is refused by sqlite3_deserialize.
  if (image[WRITE_VERSION] === 2) image[WRITE_VERSION] = 1;
  if (image[READ_VERSION] === 2) image[READ_VERSION] = 1;
  return new Database(image, { readonly: true });
}
