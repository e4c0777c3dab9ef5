import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Briefing", template: "%s · Briefing" },
  description: "News articles as source-grounded briefings: who did what, who said what, which figures matter.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15161a" },
  ],
};

/** The frame of every page: skip link, masthead, main landmark, footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="masthead">
          <div className="masthead-inner">
            <Link href="/" className="wordmark" prefetch={false}>
              Briefing
            </Link>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link href="/" prefetch={false}>
                    Briefings
                  </Link>
                </li>
                <li>
                  <Link href="/ingest" prefetch={false}>
                    Add an article
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Every line of a briefing links to the sentence it came from. Extracted by rules, offline; check the source before you quote.
          </p>
        </footer>
      </body>
    </html>
  );
}
