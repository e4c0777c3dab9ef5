/** What the ingest form shows after a failed submit: messages by field and the values to keep. */
export interface IngestFormState {
  errors: Record<string, string>;
  values: { text: string; title: string; url: string; publisher: string; published: string };
}

export const EMPTY_INGEST_FORM: IngestFormState = { errors: {}, values: { text: "", title: "", url: "", publisher: "", published: "" } };
