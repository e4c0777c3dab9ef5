// Run in a child process by process.test.ts (bundled first, since Node 20 cannot run TypeScript):
//   ingest <options-json> <count>  puts numbered briefings one by one, printing each id once stored
//   put-once <options-json> <gate> waits until the gate file exists, then puts one briefing
//   read <options-json> <query>    opens as the CLI does, lists, searches, then tries a put; prints JSON
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "./index.js";
import { ARTICLES, briefingFrom, numberedBriefing } from "./test-briefings.js";

const [mode, optionsJson, arg] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? "{}");

if (mode === "ingest") {
  const store = await openStore({ ...options, seedSample: false });
  for (let n = 0; n < Number(arg); n++) {
    const { id } = await store.putBriefing(numberedBriefing(n));
    process.stdout.write(`${n} ${id}\n`);
  }
  await store.close();
} else if (mode === "put-once") {
  const store = await openStore({ ...options, seedSample: false });
  while (!existsSync(arg!)) await sleep(2);
  const result = await store.putBriefing(briefingFrom(ARTICLES[0]!));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await store.close();
} else if (mode === "read") {
  const outcome = (e: unknown) => ({ code: (e as { code?: string }).code ?? null, message: String((e as Error).message ?? e) });
  try {
    const store = await openStore(options);
    const listed = (await store.listBriefings()).map((b) => b.id);
    const found = (await store.search(arg ?? "")).map((h) => h.briefing.id);
    const put = await store.putBriefing(briefingFrom(ARTICLES[2]!)).then((r) => ({ code: "stored", message: r.id }), outcome);
    await store.close();
    process.stdout.write(`${JSON.stringify({ listed, found, put })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ open: outcome(error) })}\n`);
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
