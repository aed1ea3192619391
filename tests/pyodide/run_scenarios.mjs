// Runs tests/scenario_runner.py on the scenario files under Pyodide in Node, with the screener
// installed from the same wheel the website serves. Prints the results JSON on stdout.
// Usage: node run_scenarios.mjs <wheel> <scenario_runner.py> <scenario.toml>...
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadPyodide } from "pyodide";

const [wheelPath, runnerPath, ...scenarioPaths] = process.argv.slice(2);
const pyodide = await loadPyodide();
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
// unpackArchive wants a plain Uint8Array (a Node Buffer is refused).
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir: sitePackages });

pyodide.FS.mkdirTree("/scenarios");
const inFs = scenarioPaths.map((path) => {
  const target = "/scenarios/" + basename(path);
  pyodide.FS.writeFile(target, readFileSync(path));
  return target;
});
pyodide.FS.writeFile(sitePackages + "/scenario_runner.py", readFileSync(runnerPath));
pyodide.globals.set("paths", pyodide.toPy(inFs));
process.stdout.write(pyodide.runPython("import scenario_runner; scenario_runner.results_json(paths)"));
