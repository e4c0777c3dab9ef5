// Bundles the command line into a few files so it starts fast: Node resolving and reading hundreds of
// small modules (ink's dependencies, kysely) costs more than running them. Split at every dynamic
// import, so each command still loads only its own chunk and the reader's chunk carries Ink.
// The extractor stays outside (it is loaded lazily by the commands that extract), and so do native
// and optional modules.
import { rm } from "node:fs/promises";
import { build } from "rolldown";

const out = new URL("../dist/bundle/", import.meta.url).pathname;
await rm(out, { recursive: true, force: true });
await build({
  input: { briefing: new URL("../dist/cli.js", import.meta.url).pathname },
  platform: "node",
  external: [/^node:/, "better-sqlite3", "pg", "pg-native", "react-devtools-core", "ws", /^@briefing\/extract/],
  output: { dir: out, format: "esm", entryFileNames: "[name].mjs", chunkFileNames: "[name]-[hash].mjs", sourcemap: false },
  logLevel: "warn",
  // `process.env.NODE_ENV` decides React's production build; a CLI ships the production one.
  transform: { define: { "process.env.NODE_ENV": JSON.stringify("production") } },
});
