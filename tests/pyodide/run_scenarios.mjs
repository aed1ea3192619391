// Runs tests/scenario_runner.py on the scenario files under Pyodide in Node, with the screener
// installed from the same wheel and message catalogs (locales/*.zip beside the wheel), and the
// same trimmed standard library, the website serves.
// Prints the results JSON on stdout.
// Usage: node run_scenarios.mjs <wheel> <python_stdlib.zip> <scenario_runner.py> <scenario.toml>...
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { loadPyodide } from "pyodide";

const [wheelPath, stdLibURL, runnerPath, ...scenarioPaths] = process.argv.slice(2);

// Pyodide with its full standard library reads the TOML files (tomllib); the screener then runs
// in a second Pyodide with the trimmed library the site serves, so a module missing from it
// fails here.
async function start(options, withScreener) {
  const pyodide = await loadPyodide(options);
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  if (withScreener) {
    // unpackArchive wants a plain Uint8Array (a Node Buffer is refused).
    pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir: sitePackages });
    const catalogs = join(dirname(wheelPath), "locales");
    for (const name of readdirSync(catalogs)) {
      pyodide.unpackArchive(new Uint8Array(readFileSync(join(catalogs, name))), "zip", { extractDir: sitePackages });
    }
  }
  pyodide.FS.writeFile(sitePackages + "/scenario_runner.py", readFileSync(runnerPath));
  return pyodide;
}

const reader = await start({}, false);
reader.FS.mkdirTree("/scenarios");
const inFs = scenarioPaths.map((path) => {
  const target = "/scenarios/" + basename(path);
  reader.FS.writeFile(target, readFileSync(path));
  return target;
});
reader.globals.set("paths", reader.toPy(inFs));
const cases = reader.runPython("import json, scenario_runner; json.dumps(scenario_runner.load_cases(paths))");

const runner = await start({ stdLibURL }, true);
runner.globals.set("cases", cases);
process.stdout.write(runner.runPython("import json, scenario_runner; scenario_runner.results_json(json.loads(cases))"));
