/**
 * Loads the CLI proper (`dist/main.cjs`, one CommonJS bundle of src/cli/main.ts) with V8's code cache
 * (`dist/main.cjs.cache`): compiling the bundle and the functions a run calls is a third of a short
 * run's own time (the fixture to JSON: 122 → 103 ms against `node -e 0`'s 60 ms). Node 20 keeps no
 * cache for ES modules, so the bundle is CommonJS, compiled through `vm.Script` with its `cachedData`,
 * as Node's own loader wraps a CommonJS file.
 *
 * `npm run build` writes the cache by running the CLI on the bundled fixture with
 * REPORT_EXTRACT_CODE_CACHE=write: the cache then holds every function that run compiled. A cache that
 * is missing, or that V8 rejects (another Node version or other V8 flags), only means compiling as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Main = typeof import('./main.js');

export function loadMain(): Main {
  const file = fileURLToPath(new URL('./main.cjs', import.meta.url));
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // not built (yet): compile as usual
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as Main };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  if (process.env.REPORT_EXTRACT_CODE_CACHE === 'write') {
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  return module.exports;
}
