// Loaded into the CLI under test with `node --import` (see faultEnv in cli.ts): file operations
// under one directory fail with one errno code, as a full, read-only or locked-down disk makes
// them fail. AIKG_TEST_FAULT is JSON: { code, under, afterBytes? }. ENOSPC, EDQUOT and EFBIG hit
// writes (after `afterBytes` bytes); the other codes hit opening, creating and reading files.
// SIGKILL is a crash: the process is killed in the middle of such a write.
import fs from "node:fs";
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { resolve } from "node:path";

const fault = JSON.parse(process.env.AIKG_TEST_FAULT ?? "null");
if (fault) {
  const under = resolve(fault.under);
  const hits = (path) => typeof path === "string" && resolve(path).startsWith(under);
  const ON_WRITE = new Set(["ENOSPC", "EDQUOT", "EFBIG", "SIGKILL"]);
  const error = (syscall, path) => {
    if (fault.code === "SIGKILL") process.kill(process.pid, "SIGKILL");
    return Object.assign(new Error(`${fault.code}: injected by the test, ${syscall} '${path}'`), { code: fault.code, syscall, ...(path ? { path } : {}) });
  };
  let written = 0;
  const faulty = new WeakSet();

  if (ON_WRITE.has(fault.code)) {
    const probe = await fsp.open(process.execPath, "r");
    const FileHandle = Object.getPrototypeOf(probe);
    await probe.close();
    const write = FileHandle.write;
    FileHandle.write = async function (buffer, ...rest) {
      if (faulty.has(this)) {
        written += buffer.length ?? 0;
        if (written > (fault.afterBytes ?? 0)) throw error("write");
      }
      return write.call(this, buffer, ...rest);
    };
    const open = fsp.open;
    fsp.open = async (path, flags, ...rest) => {
      const handle = await open(path, flags, ...rest);
      if (hits(path) && /[wa]/.test(String(flags ?? "r"))) faulty.add(handle);
      return handle;
    };
    const writeSync = fs.writeSync;
    const faultyFds = new Set();
    const openSync = fs.openSync;
    fs.openSync = (path, flags, ...rest) => {
      const fd = openSync(path, flags, ...rest);
      if (hits(path) && /[wa]/.test(String(flags ?? "r"))) faultyFds.add(fd);
      return fd;
    };
    fs.writeSync = (fd, buffer, ...rest) => {
      if (faultyFds.has(fd)) {
        written += buffer.length ?? 0;
        if (written > (fault.afterBytes ?? 0)) throw error("write");
      }
      return writeSync(fd, buffer, ...rest);
    };
  } else {
    const wrapAsync = (object, name, when = () => true) => {
      const original = object[name];
      object[name] = async (path, ...rest) => {
        if (hits(path) && when(path, ...rest)) throw error(name, path);
        return original(path, ...rest);
      };
    };
    const wrapSync = (object, name, when = () => true) => {
      const original = object[name];
      object[name] = (path, ...rest) => {
        if (hits(path) && when(path, ...rest)) throw error(name, path);
        return original(path, ...rest);
      };
    };
    const writing = (_path, flags) => /[wa]/.test(String(flags ?? "r"));
    const missing = (path) => !fs.existsSync(path);
    // Read-only and permission faults refuse writes; too many open files refuses every open.
    const opens = fault.code === "EMFILE" || fault.code === "ENFILE" ? () => true : writing;
    wrapAsync(fsp, "open", opens);
    wrapSync(fs, "openSync", opens);
    wrapAsync(fsp, "mkdir", missing);
    wrapSync(fs, "mkdirSync", missing);
    if (fault.code === "EACCES" || fault.code === "EMFILE") {
      wrapAsync(fsp, "readFile");
      wrapSync(fs, "readFileSync");
    }
  }
  syncBuiltinESMExports();
}
