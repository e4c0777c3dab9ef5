// The web app in a real browser, against the production build: read the sample briefing, follow a
// figure to its highlighted evidence, ingest a pasted article, search, and show hostile markup as
// text. Screenshots of every page land in test/artifacts/ (desktop and phone, light and dark).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Briefing, composeBriefing } from "@briefing/core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startWebServer, type WebServer } from "./support/web-server.js";

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

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

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
