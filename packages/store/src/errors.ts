/** Why a store operation failed, so a caller can pick a message and an exit code without parsing text. */
export type StoreErrorCode =
  /** The database file is not a SQLite database, or is damaged. */
  | "corrupt"
  /** The database was written by a newer Briefing; it is left untouched. */
  | "newer-schema"
  /** The database belongs to something else (tables, but none of ours). */
  | "not-a-store"
  /** Another process held the database longer than the busy timeout. */
  | "locked"
  /** The file or directory cannot be opened or created. */
  | "cannot-open"
  /** The PostgreSQL server cannot be reached or refused the login. */
  | "connection"
  /** The briefing asked for does not exist. */
  | "not-found"
  /** The text given as an id is not a briefing or source id. */
  | "invalid-id"
  /** A briefing or stored row failed validation. */
  | "invalid-briefing"
  /** An option such as `limit` is out of range. */
  | "invalid-argument";

/** Every error the store throws on purpose; `code` says which kind. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

/** True when `error` is a StoreError, optionally of the given code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
