"use client";

import { type FormEvent, useActionState, useState } from "react";
import { ingestAction } from "./actions";
import { EMPTY_INGEST_FORM } from "./form-state";

const FIELD_ORDER = ["text", "file", "title", "url", "publisher", "published", "token", "form"] as const;
const FIELD_NAME: Record<string, string> = {
  text: "Article text",
  file: "File",
  title: "Headline",
  url: "Address",
  publisher: "Publisher",
  published: "Publication date",
  token: "Access token",
  form: "Form",
};

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

/** The ingest form; works without JavaScript, and with it keeps the reader's input beside each error. */
export function IngestForm({ tokenRequired, maxMegabytes }: { tokenRequired: boolean; maxMegabytes: number }) {
  const [state, action, pending] = useActionState(ingestAction, EMPTY_INGEST_FORM);
  const [tooLarge, setTooLarge] = useState<Record<string, string>>({});
  const { values } = state;
  const errors = { ...state.errors, ...tooLarge };
  const maxBytes = maxMegabytes * 1_000_000;
  // The server checks sizes too; checking here first means a huge file never leaves the machine
  // and the message lands beside the field instead of on an error page.
  const checkSizes = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const text = (form.elements.namedItem("text") as HTMLTextAreaElement | null)?.value ?? "";
    const found: Record<string, string> = {};
    if (file && file.size > maxBytes) found.file = `The file is larger than ${maxMegabytes} MB; upload a single article.`;
    if (new Blob([text]).size > maxBytes) found.text = `The article is larger than ${maxMegabytes} MB; paste a single article.`;
    setTooLarge(found);
    if (Object.keys(found).length > 0) event.preventDefault();
  };
  const described = (id: string, hint?: string) => [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const errorList = FIELD_ORDER.filter((f) => errors[f]);
  return (
    <form action={action} onSubmit={checkSizes} className="ingest-form" noValidate>
      {errorList.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">The article was not added</h2>
          <ul>
            {errorList.map((f) => (
              <li key={f}>
                <a href={`#${f}`}>
                  {FIELD_NAME[f]}: {errors[f]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>The article</legend>
        <div className="field">
          <label htmlFor="text">Paste the article’s text</label>
          <p id="text-hint" className="hint">
            The headline on the first line helps. Up to {maxMegabytes} MB.
          </p>
          <textarea
            id="text"
            name="text"
            rows={12}
            defaultValue={values.text}
            key={`text-${values.text.length}`}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={described("text", "text-hint")}
          />
          <FieldError id="text" message={errors.text} />
        </div>
        <div className="field">
          <label htmlFor="file">…or upload a .txt or .html file</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={described("file")}
          />
          <FieldError id="file" message={errors.file} />
        </div>
      </fieldset>

      <fieldset>
        <legend>About it (optional)</legend>
        {(
          [
            ["title", "Headline", "text", "Used instead of the first line."],
            ["url", "Address (URL)", "url", "Where it was published, starting with https://."],
            ["publisher", "Publisher", "text", undefined],
            ["published", "Publication date", "date", "Relative dates such as “on Monday” are resolved against it."],
          ] as const
        ).map(([name, label, type, hint]) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{label}</label>
            {hint ? (
              <p id={`${name}-hint`} className="hint">
                {hint}
              </p>
            ) : null}
            <input
              id={name}
              name={name}
              type={type}
              defaultValue={values[name]}
              key={`${name}-${values[name]}`}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={described(name, hint ? `${name}-hint` : undefined)}
            />
            <FieldError id={name} message={errors[name]} />
          </div>
        ))}
      </fieldset>

      {tokenRequired ? (
        <div className="field">
          <label htmlFor="token">Access token</label>
          <p id="token-hint" className="hint">
            This server is reachable from other machines, so adding articles needs its BRIEFING_TOKEN.
          </p>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            aria-invalid={errors.token ? true : undefined}
            aria-describedby={described("token", "token-hint")}
          />
          <FieldError id="token" message={errors.token} />
        </div>
      ) : (
        <FieldError id="token" message={errors.token} />
      )}

      <button type="submit" disabled={pending}>
        {pending ? "Reading the article…" : "Make the briefing"}
      </button>
    </form>
  );
}
