// Time from process start to the first full frame of the list, in a real pseudo-terminal.
//
// Method: `script` (util-linux) gives the command a pty without a terminal emulator in the way; the
// clock starts just before spawning and stops when the pty output holds the list's last line (the
// key hints, drawn after every briefing row), i.e. the whole first frame. Then the reader is sent
// "q". Target: under 400 ms.
import { spawn } from "node:child_process";
import { BIN, nodeBaseline, printRow, summary, temporaryStore } from "./common.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const FULL_FRAME = /q quit/;

/** The harness floor: the same pty, shell and stty around a Node program that prints the last line at once. */
const FLOOR = `${process.execPath} -e 'process.stdin.setRawMode(true); process.stdout.write("q quit"); process.stdin.once("data", () => process.exit(0))'`;

function once(env, command = `${process.execPath} ${BIN}`) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec ${command}`, "/dev/null"], {
      env,
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    let elapsed = null;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no full frame after 20 s; output so far:\n${out}`));
    }, 20_000);
    child.stdout.on("data", (chunk) => {
      out += chunk.toString("utf8");
      if (elapsed === null && FULL_FRAME.test(out)) {
        elapsed = performance.now() - t0;
        child.stdin.write("q");
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      if (elapsed === null) reject(new Error(`the reader exited before drawing the list:\n${out}`));
      else resolve(elapsed);
    });
  });
}

const store = temporaryStore();
try {
  const ms = [];
  const floor = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const elapsed = await once(store.env);
    if (i >= 1) ms.push(elapsed); // one warm-up run fills the OS file cache
    floor.push(await once(store.env, FLOOR));
  }
  console.log("briefing (the reader): process start to the first full frame of the list, in a pty");
  printRow("  first full frame", summary(ms), 400);
  printRow("  harness floor (pty, sh, stty, bare node)", summary(floor.slice(1)));
  printRow("  node -e 0 (this machine's floor)", nodeBaseline(Math.min(RUNS, 10)));
} finally {
  store.cleanup();
}
