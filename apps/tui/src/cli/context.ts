/** What every command gets: the global options and the streams to write to. */
export interface CommandContext {
  /** SQLite file from --db; else the store reads BRIEFING_DB or its default. */
  db: string | undefined;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

/** Metadata flags shared by extract and ingest. */
export interface MetadataFlags {
  published?: string;
  title?: string;
  url?: string;
  publisher?: string;
}
