#!/usr/bin/env node
// The installed command. It runs the bundle (fast to start); without one (a plain `tsc` build), the
// compiled modules.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/bundle/briefing.mjs", import.meta.url);
await import(existsSync(bundle) ? bundle.href : new URL("../dist/cli.js", import.meta.url).href);
