"use client";

/** Something failed while serving a page: say so plainly and offer a way on. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const tooLarge = /body exceeded|too large/i.test(error.message);
  return (
    <div className="page page-narrow">
      <h1 className="page-title">{tooLarge ? "That was too large to send" : "Something went wrong"}</h1>
      <p className="lede">
        {tooLarge
          ? "The article or file is bigger than this server accepts. Send a single article of at most 1 MB."
          : "The page could not be shown. Try again; if it keeps failing, the server's log says why."}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/">Back to the briefings</a>
      </p>
    </div>
  );
}
