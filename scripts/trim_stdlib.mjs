// Build a python_stdlib.zip holding only what Pyodide and the screener import, and prove that
// the screener gives the same answers with it. Run at build time by scripts/mkdocs_hooks.py:
//   node scripts/trim_stdlib.mjs <pyodide dir> <screener wheel> <output zip> <catalog zip>...
// Prints one JSON line: {"kept": n, "of": n, "bytes": n, "full_bytes": n}.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath, outPath, ...catalogs] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const ZIP = "/lib/python314.zip/";

// What the page's worker does, and more: every language, bad input, and a Python error
// formatted as the worker formats it. Returns the results, to compare full and trimmed.
const EXERCISE = `
import json, sysconfig, screener
sysconfig.get_path("purelib")
out = []
for lang in screener.LANGUAGES:
    out.append(screener.questions(lang))
    for answers in ({}, {"how_in_japan": "landed_legally", "stay_status": "expired", "wants_to_leave": "yes",
                         "investigation": "yes", "investigation_start": "caught", "finding_notified": "no",
                         "sentence": "served", "offence": "drug", "sentence_length": "exactly_1y",
                         "children": "japanese", "child_school": "long"}):
        out.append(json.loads(screener.evaluate_json(json.dumps({"answers": answers, "lang": lang}))))
for bad in ("{", "[]", '{"answers": {"x": 1}}', '{"answers": {}, "lang": "xx"}'):
    try:
        screener.evaluate_json(bad)
    except screener.InputError as exc:
        out.append(str(exc))
json.dumps(out, sort_keys=True)
`;

async function run(options) {
  const py = await loadPyodide(options);
  const sitePackages = py.runPython("import sysconfig; sysconfig.get_path('purelib')");
  py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir: sitePackages });
  for (const path of catalogs) { // the wheel has no catalogs: added as the page's worker adds them
    py.unpackArchive(new Uint8Array(readFileSync(path)), "zip", { extractDir: sitePackages });
  }
  const result = py.runPython(EXERCISE);
  try {
    py.runPython("raise ValueError('formatting a traceback imports modules too')");
  } catch (err) {
    if (!String(err.message).includes("ValueError")) throw err;
  }
  const files = py.runPython(
    "import sys; [m.__file__ for m in list(sys.modules.values()) if (getattr(m, '__file__', None) or '').startswith('" + ZIP + "')]",
  ).toJs();
  return { py, result, files };
}

const full = await run({ indexURL: pyodideDir + "/" });
const wanted = new Set(full.files.map((f) => f.slice(ZIP.length)));

// Copy the wanted members of the zip as they are (local headers, data, central directory).
const zip = readFileSync(join(pyodideDir, "python_stdlib.zip"));
const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
const count = zip.readUInt16LE(end + 10);
let offset = zip.readUInt32LE(end + 16);
const locals = [], centrals = [];
let written = 0;
for (let i = 0; i < count; i++) {
  const nameLength = zip.readUInt16LE(offset + 28);
  const extraLength = zip.readUInt16LE(offset + 30);
  const commentLength = zip.readUInt16LE(offset + 32);
  const central = zip.subarray(offset, offset + 46 + nameLength + extraLength + commentLength);
  const name = central.subarray(46, 46 + nameLength).toString("utf8");
  offset += central.length;
  if (!wanted.has(name)) continue;
  const local = central.readUInt32LE(42);
  const size = central.readUInt32LE(20);
  const localLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28) + size;
  const copy = Buffer.from(central);
  copy.writeUInt32LE(written, 42);
  locals.push(zip.subarray(local, local + localLength));
  centrals.push(copy);
  written += localLength;
}
const directory = Buffer.concat(centrals);
const tail = Buffer.alloc(22);
tail.writeUInt32LE(0x06054b50, 0);
tail.writeUInt16LE(centrals.length, 8);
tail.writeUInt16LE(centrals.length, 10);
tail.writeUInt32LE(directory.length, 12);
tail.writeUInt32LE(written, 16);
writeFileSync(outPath, Buffer.concat([...locals, directory, tail]));

// The proof: the same answers from the trimmed library.
const trimmed = await run({ indexURL: pyodideDir + "/", stdLibURL: outPath });
if (trimmed.result !== full.result) {
  console.error("the trimmed standard library changes the screener's results");
  process.exit(1);
}
console.log(JSON.stringify({ kept: centrals.length, of: count, bytes: statSync(outPath).size,
  full_bytes: zip.length }));
