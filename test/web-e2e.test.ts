// The web app in a real browser, against the production build: read the sample briefing, follow a
// figure to its highlighted evidence, ingest a pasted article, search, and show hostile markup as
// text. Screenshots of every page land in test/artifacts/ (desktop and phone, light and dark).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Briefing, composeBriefing } from "@briefing/core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuild, freePort, ROOT, spawnWebServer, startWebServer, type WebServer } from "./support/web-server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test/artifacts");
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(
    `\n[web-e2e] SKIPPED: no Chromium at ${CHROMIUM}. Install Debian's "chromium" package (or set CHROMIUM_PATH) to run the browser tests.\n`,
  );
}

// Written for this test; every name in it is made up.
const PASTED_ARTICLE = `Harbor City council approves flood barrier for the old port

The Harbor City council on Tuesday approved a $120 million flood barrier for the old port, Mayor Lena Okafor said.
"We cannot wait for the next storm," Okafor told reporters after the vote.
The barrier will protect about 40,000 residents, according to the Harbor City Engineering Department.
Construction is scheduled to start in March 2026 and to end in 2029.
Councillor Tomas Brandt, who voted against the plan, said the cost had risen by 30% since January.`;

const HOSTILE_ARTICLE = `Council clerk publishes odd memo

The clerk said the memo read <script>window.__pwned = 1; alert("xss")</script> in full.
A link in it pointed to <a href="javascript:alert('link')">the minutes</a> and an image <img src=x onerror="alert('img')">.
Entities such as &lt;b&gt; and &amp;copy; were printed as written, the clerk said on Monday.`;

async function shootPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
}

/** The documented cap on one page's HTML (apps/web/README.md). */
const PAGE_CAP_BYTES = 1_000_000;

describe.skipIf(!hasChromium)("web app in a browser", () => {
  let web: WebServer;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const dialogs: string[] = [];
  // Console errors include Content-Security-Policy violations: the app's own scripts must never cause one.
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "briefing-web-e2e-"));
    web = await startWebServer(join(dataDir, "briefing.db"));
    base = web.base;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    web?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(path: string, options: { phone?: boolean; dark?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({
      viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
      colorScheme: options.dark ? "dark" : "light",
      ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}${path}`);
    return { page, context };
  }

  const shoot = shootPage;

  async function sampleBriefingPath(): Promise<string> {
    const list = (await (await fetch(`${base}/api/briefings`)).json()) as { briefings: { id: string }[] };
    const first = list.briefings[0];
    expect(first).toBeDefined();
    return `/b/${first?.id}`;
  }

  it("lists the sample briefing on the home page", async () => {
    const { page, context } = await open("/");
    await expect(page.locator("h1").textContent()).resolves.toBe("Briefings");
    const cards = page.locator(".card");
    expect(await cards.count()).toBeGreaterThan(0);
    await expect(cards.first().textContent()).resolves.toMatch(/Rubio|Dar/);
    await shoot(page, "home-desktop-light");
    await context.close();
    for (const [name, options] of [
      ["home-phone-light", { phone: true }],
      ["home-desktop-dark", { dark: true }],
      ["home-phone-dark", { phone: true, dark: true }],
    ] as const) {
      const view = await open("/", options);
      await shoot(view.page, name);
      await view.context.close();
    }
  });

  it("reads the sample briefing: sections, quotes by speaker, figures, an SVG timeline and its JSON-LD", async () => {
    const path = await sampleBriefingPath();
    const response = await fetch(`${base}${path}`);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");

    const { page, context } = await open(path);
    const headings = await page.locator("section > h2").allTextContents();
    expect(headings).toEqual(expect.arrayContaining(["Key points", "Who said what", "Key figures", "Timeline"]));
    expect(await page.locator(".speaker h3").count()).toBeGreaterThan(0);
    await expect(page.locator(".figure").first().textContent()).resolves.toMatch(/according to|stated by the source/);
    // One drawing for wide screens and one for phones; CSS shows exactly one.
    expect(await page.locator(".timeline-chart svg:visible").count()).toBe(1);
    // Every line core composed is on the page, in the words core composed it.
    const briefing = (await (await fetch(`${base}/api${path.replace("/b/", "/briefings/")}`)).json()) as Briefing;
    const pageText = (await page.locator("main").textContent()) ?? "";
    for (const section of composeBriefing(briefing).sections) {
      for (const item of section.items) {
        for (const words of [item.emphasis, item.text, item.meta]) if (words) expect(pageText).toContain(words);
      }
    }
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? "null")).toHaveProperty("@context");
    await shoot(page, "briefing-desktop-light");

    // An entity chip filters the page to one actor, without client code.
    const chip = page.locator(".chip").first();
    const name = await chip.textContent();
    await chip.click();
    await page.waitForURL(/\?actor=ent_/);
    await expect(page.locator(".filter-note").textContent()).resolves.toContain(name);
    await context.close();
    expect(consoleErrors).toEqual([]);

    for (const [shot, options] of [
      ["briefing-phone-light", { phone: true }],
      ["briefing-desktop-dark", { dark: true }],
      ["briefing-phone-dark", { phone: true, dark: true }],
    ] as const) {
      const view = await open(path, options);
      await shoot(view.page, shot);
      await view.context.close();
    }
  });

  it("opens with the lead on a phone, above the actor chips, and unfolds more actors without script", async () => {
    const path = await sampleBriefingPath();
    const briefing = (await (await fetch(`${base}/api${path.replace("/b/", "/briefings/")}`)).json()) as Briefing;
    const lead = composeBriefing(briefing).lead;
    expect(lead).not.toBeNull();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    const leadBox = await page.locator(".lead").boundingBox();
    const chipsBox = await page.locator(".actors").boundingBox();
    expect(leadBox && chipsBox && leadBox.y + leadBox.height <= chipsBox.y).toBe(true);
    // The lead's sentence starts within the first screenful.
    expect((await page.locator(".lead-event").boundingBox())?.y ?? 900).toBeLessThan(844);
    await expect(page.locator(".lead .lead-event").textContent()).resolves.toContain(lead?.event.text);
    expect(await page.locator(".lead .figure").count()).toBe(lead?.figures.length);
    const folded = page.locator(".chips-fold .chip");
    if ((await folded.count()) > 0) {
      await expect(folded.first().isVisible()).resolves.toBe(false);
      await page.locator(".chips-fold > summary").click();
      await expect(folded.first().isVisible()).resolves.toBe(true);
    }
    await shoot(page, "briefing-phone-lead");
    await context.close();
  });

  it("follows a figure to its highlighted evidence in the article", async () => {
    const { page, context } = await open(await sampleBriefingPath());
    const figure = page.locator(".figure").first();
    const figureValue = await figure.locator(".figure-value").textContent();
    await figure.locator(".evidence-link").click();
    await page.waitForURL(/\/source\/src_[a-z0-9]+\?item=fig_[a-z0-9]+#fig_/);
    const chosen = page.locator(".ev.chosen").first();
    await expect(chosen.isVisible()).resolves.toBe(true);
    await expect(chosen.getAttribute("title")).resolves.toMatch(/Key figures/);
    await expect(
      chosen.evaluate(
        (el) =>
          el.getBoundingClientRect().top >= 0 &&
          el.getBoundingClientRect().bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight,
      ),
    ).resolves.toBe(true);
    await expect(page.locator(".chosen-note").textContent()).resolves.toContain(figureValue);
    await shoot(page, "evidence-desktop-light");
    await context.close();
    const phone = await open(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, {
      phone: true,
      dark: true,
    });
    await shoot(phone.page, "evidence-phone-dark");
    await phone.context.close();
  });

  it("explains a missing article next to the field, then ingests a pasted article and opens its briefing", async () => {
    const { page, context } = await open("/ingest");
    await page.getByRole("button", { name: "Make the briefing" }).click();
    await expect(page.locator("#text-error").textContent()).resolves.toMatch(/Paste the article/);
    await expect(page.locator("#text").getAttribute("aria-invalid")).resolves.toBe("true");
    await shoot(page, "ingest-error-desktop-light");

    // An oversized upload is refused with the limit beside the file field.
    await page.locator("#file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(1_100_000, "a") });
    await page.getByRole("button", { name: "Make the briefing" }).click();
    await expect(page.locator("#file-error").textContent()).resolves.toMatch(/larger than 1 MB/);
    await page.locator("#file").setInputFiles([]);

    await page.locator("#text").fill(PASTED_ARTICLE);
    await page.locator("#publisher").fill("Harbor Gazette");
    await page.locator("#published").fill("2025-06-03");
    await page.getByRole("button", { name: "Make the briefing" }).click();
    await page.waitForURL(/\/b\/brf_[a-z0-9]+$/);
    expect(consoleErrors).toEqual([]);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/flood barrier/i);
    await expect(page.locator(".byline").textContent()).resolves.toContain("Harbor Gazette");
    await shoot(page, "ingested-desktop-light");
    await context.close();
  });

  it("searches, with the matching words marked, and says what to do when nothing matches", async () => {
    const { page, context } = await open("/");
    await page.locator("#q").fill("flood barrier");
    await page.locator("#q").press("Enter");
    await page.waitForURL(/\?q=flood/);
    await expect(page.locator(".card-title").first().textContent()).resolves.toMatch(/flood barrier/i);
    expect(await page.locator(".snippet mark").count()).toBeGreaterThan(0);
    await shoot(page, "search-desktop-light");

    await page.goto(`${base}/?q=zyxwvutsrq`);
    await expect(page.locator(".empty").textContent()).resolves.toMatch(/Try fewer or different words/);
    await shoot(page, "search-none-desktop-light");
    await context.close();
  });

  it("keeps a briefing of 1,500 quotes and its article under the page caps, with the rest a link away", async () => {
    const text = `Harbor City council hears from every resident\n\n${Array.from(
      { length: 1500 },
      (_, i) => `"The harbor wall number ${i + 1} must be repaired before winter," resident Ada Vell said on Monday.`,
    ).join("\n")}`;
    const response = await fetch(`${base}/api/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, published: "2025-06-02" }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const briefing = (await (await fetch(`${base}/api/briefings/${id}`)).json()) as Briefing;
    expect(briefing.statements.length).toBeGreaterThan(1000);

    const html = await (await fetch(`${base}/b/${id}`)).text();
    expect(html.length).toBeLessThan(PAGE_CAP_BYTES);
    expect(html).not.toContain('type="application/ld+json"');
    const sourceId = briefing.sources[0]?.id;
    const sourceHtml = await (await fetch(`${base}/b/${id}/source/${sourceId}`)).text();
    expect(sourceHtml.length).toBeLessThan(PAGE_CAP_BYTES);
    expect(sourceHtml).toContain('aria-label="Parts of the article"');

    const { page, context } = await open(`/b/${id}`);
    await expect(page.locator(".section-who-said-what .section-more").textContent()).resolves.toMatch(/first 60 of 1,5\d\d lines/);
    await shoot(page, "long-briefing-desktop-light");
    await page.locator(".section-who-said-what .section-more a").click();
    await page.waitForURL(/\?section=who-said-what$/);
    expect(await page.locator(".section-who-said-what .quote").count()).toBe(200);
    await expect(page.locator(".section-who-said-what .pager").textContent()).resolves.toMatch(/Lines 1–200 of 1,5\d\d/);
    await context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("shows an article's <script>, javascript: links and entities as text, and runs none of them", async () => {
    const response = await fetch(`${base}/api/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: HOSTILE_ARTICLE, published: "2025-06-02" }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const source = ((await (await fetch(`${base}/api/briefings/${id}`)).json()) as { sources: { id: string }[] }).sources[0];

    dialogs.length = 0;
    for (const path of [`/b/${id}`, `/b/${id}/source/${source?.id}`]) {
      const { page, context } = await open(path);
      await page.waitForLoadState("load");
      // innerText, not textContent: the hostile markup must be visible to the reader, as text.
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
      const text = await page.locator("main").innerText();
      if (path.includes("/source/")) {
        expect(text).toContain('<script>window.__pwned = 1; alert("xss")</script>');
        expect(text).toContain(`<a href="javascript:alert('link')">`);
        expect(text).toContain("&lt;b&gt; and &amp;copy;");
        await shoot(page, "xss-source-desktop-light");
      }
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main script:not([type="application/ld+json"]), main img, main a[href^="javascript:"]').count()).toBe(0);
      await context.close();
    }
    expect(dialogs).toEqual([]);
  });
});

// Made-up sentences. Each payload took the old server's event loop for seconds to minutes.
const QUOTES = Array.from(
  { length: 12_000 },
  (_, i) => `"Pier ${i} will be rebuilt in the spring," harbor master Ivo Rask said on Tuesday.`,
)
  .join("\n")
  .slice(0, 990_000);
const NESTED_DIVS = `<html><body>${"<div>".repeat(10_000)}<p>Harbor master Ivo Rask said the pier opens on Tuesday.</p>${"</div>".repeat(10_000)}</body></html>`;
const ONE_LINE = `Harbor notes\n\n${"x".repeat(100_000)}`;

/** A request with any Host header (fetch will not send one of its own choosing). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("web server under hostile requests", () => {
  let web: WebServer;
  let dataDir: string;
  const post = (body: unknown) =>
    fetch(`${web.base}/api/briefings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "briefing-web-hostile-"));
    // A short budget: a megabyte of quotes takes longer even at linear speed (about 170,000 words
    // plus loading the model), so it always ends in a budget error, within seconds.
    web = await startWebServer(join(dataDir, "briefing.db"), { BRIEFING_EXTRACT_TIME_MS: "3000", BRIEFING_EXTRACT_THREADS: "1" });
  });

  afterAll(async () => {
    await web?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers a read before the pathological quotes it received first, which end in a budget error", async () => {
    const events: string[] = [];
    const ingest = post({ text: QUOTES }).then(async (response) => {
      events.push("ingest");
      return { status: response.status, body: (await response.json()) as { error?: { code: string; reason?: string; message: string } } };
    });
    // Reads keep coming while the ingest is pending. The old server might answer one read that
    // slipped in before extraction started, never a second: it answered nothing until the end.
    let settled = false;
    void ingest.finally(() => {
      settled = true;
    });
    for (let reads = 0; !settled && reads < 5; reads++) {
      const response = await fetch(`${web.base}/`);
      await response.text();
      expect(response.status).toBe(200);
      if (!settled) events.push("read");
    }
    const { status, body } = await ingest;
    expect(events.slice(0, 2)).toEqual(["read", "read"]);
    expect(status).toBe(422);
    expect(body.error).toMatchObject({
      code: "over-budget",
      reason: expect.stringMatching(/^(time|memory)$/),
      message: expect.stringMatching(/budget/),
    });
  }, 180_000);

  for (const [name, payload] of [
    ["10,000 nested divs", { html: NESTED_DIVS }],
    ["a 100,000-character line without spaces", { text: ONE_LINE }],
  ] as const) {
    it(`answers ${name} with a JSON error or a briefing, and keeps serving`, async () => {
      const response = await post(payload);
      const body = (await response.json()) as { error?: { code: string; message: string }; id?: string };
      if (response.status >= 400) {
        expect(response.status).toBeLessThan(600);
        expect(body.error?.message).toBeTruthy();
        expect(body.error?.code).toMatch(/over-budget|extraction-failed|extraction-crashed/);
      } else {
        expect(body.id).toMatch(/^brf_/);
      }
      expect((await fetch(`${web.base}/`)).status).toBe(200);
    }, 180_000);
  }

  it("shows the budget error beside the field of the ingest form", async () => {
    if (!hasChromium) return;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${web.base}/ingest`);
      // Typing this would take minutes; the form reads the field's value as it is. 900,000
      // characters: the form sends line breaks as CRLF, and the cap is 1,000,000.
      await page.locator("#text").evaluate(
        (el, text) => {
          (el as unknown as { value: string }).value = text;
        },
        QUOTES.slice(0, 900_000),
      );
      await page.getByRole("button", { name: "Make the briefing" }).click();
      await expect(page.locator("#text-error").textContent({ timeout: 120_000 })).resolves.toMatch(/budget|waiting/);
      await shootPage(page, "ingest-over-budget-desktop-light");
    } finally {
      await browser.close();
    }
  }, 180_000);

  it("refuses a Host header that is not this server's (DNS rebinding), with security headers", async () => {
    const refused = await getWithHost(`${web.base}/api/briefings`, "rebind.attacker.example");
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: "host-not-allowed" } });
    expect(refused.headers["x-content-type-options"]).toBe("nosniff");
    expect((await getWithHost(`${web.base}/`, "evil.example:80")).status).toBe(403);
    expect((await getWithHost(`${web.base}/`, `localhost:${new URL(web.base).port}`)).status).toBe(200);
  });

  it("answers malformed %-escapes with 400, 405s and 404s with the expected bodies and headers", async () => {
    for (const path of ["/api/briefings/%ff", "/b/%e0%a4%a", "/%"]) {
      const response = await fetch(`${web.base}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
    const put = await fetch(`${web.base}/api/briefings`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe("method-not-allowed");
    const favicon = await fetch(`${web.base}/favicon.ico`);
    expect(favicon.status).toBe(404);
    expect(favicon.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    // The 404 page is rendered per request, so each of its scripts carries this response's nonce.
    const missing = await fetch(`${web.base}/no/such/page`);
    const nonce = missing.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    const html = await missing.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("answers a server action posted from another origin with 403", async () => {
    const response = await fetch(`${web.base}/ingest`, {
      method: "POST",
      headers: { "next-action": "0123456789abcdef", origin: "http://rebind.attacker.example", "content-type": "text/plain" },
      body: "[]",
    });
    expect(response.status).toBe(403);
  });

  it("stops at once on SIGTERM while an article is being extracted, answering it 503", async () => {
    const server = await startWebServer(join(dataDir, "sigterm.db"), { BRIEFING_EXTRACT_TIME_MS: "120000" });
    const ingest = fetch(`${server.base}/api/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: QUOTES }),
    }).then(
      (response) => response.status,
      () => "cut off",
    );
    // A read answered means the server is up and the ingest was sent first.
    await (await fetch(`${server.base}/`)).text();
    expect(await server.stop()).toBe(0);
    // Its two-minute budget had not run out: the article was stopped by the shutdown, not finished.
    expect([503, "cut off"]).toContain(await ingest);
  }, 180_000);
});

describe("starting the web server", () => {
  for (const args of [
    ["-H", "0.0.0.0"],
    ["-H", "127.0.0.1", "-H", "0.0.0.0"],
    ["--hostname", "::"],
  ]) {
    it(`refuses to listen with ${args.join(" ")} without BRIEFING_TOKEN, and says what to set`, async () => {
      ensureWebBuild();
      const child = spawnWebServer([...args, "-p", String(await freePort())], {});
      let stderr = "";
      child.stderr?.on("data", (d) => {
        stderr += d;
      });
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code).toBe(2);
      expect(stderr).toMatch(/Refusing to start.*BRIEFING_TOKEN.*BRIEFING_WRITES=off/s);
    }, 60_000);
  }
});
