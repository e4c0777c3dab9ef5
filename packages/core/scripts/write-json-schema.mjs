// Writes briefing.schema.json from the built zod schemas; a test fails when the committed copy is stale.
import { writeFileSync } from "node:fs";
import { briefingJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../briefing.schema.json", import.meta.url), `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`);
