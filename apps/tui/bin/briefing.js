#!/usr/bin/env node
// The installed command: a launcher so the compiled CLI stays in dist/.
import "../dist/cli.js";
