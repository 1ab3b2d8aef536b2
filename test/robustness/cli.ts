// Runs the real CLI (bin/aikg.js) as a child process and checks its stderr is clean.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/aikg.js", import.meta.url));
export const SAMPLES = fileURLToPath(new URL("../../data/samples/", import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const FAULT_PRELOAD = fileURLToPath(new URL("./fault-preload.mjs", import.meta.url));

/** Environment for a CLI run where file operations under `under` fail with `code` (see fault-preload.mjs). */
export const faultEnv = (code: string, under: string, afterBytes = 0): NodeJS.ProcessEnv => ({
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(FAULT_PRELOAD).href}`.trim(),
  AIKG_TEST_FAULT: JSON.stringify({ code, under, afterBytes }),
});

/** Runs `node bin/aikg.js ...args` in `cwd`; AIKG_DEBUG is cleared so stack traces would be a bug. */
export function runCli(args: readonly string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, AIKG_DEBUG: "", FORCE_COLOR: "0", ...extraEnv };
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Lines that only a leaked exception prints: a stack frame or node's "SomeError:" prefix. */
export function leakedTrace(stderr: string): string[] {
  return stderr.split(/\r?\n/).filter((line) => /^\s+at\s/.test(line) || /^\w*Error(\s\[\w+\])?:/.test(line) || line.includes("node:internal"));
}
