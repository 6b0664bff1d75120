/**
 * The readers' libraries (pdfjs-dist, linkedom, @mozilla/readability, fflate, saxes) stay out of the
 * bundles (scripts/build.mjs lists them as external) and are loaded here, by `require`, when a file of
 * their format is first read. `require` and not `import()`: the CLI's bundle runs as CommonJS through
 * `vm.Script` (see src/cli/load-main.ts), where `import()` is not available; Node 20.19+ requires the
 * ES modules among them (pdfjs-dist) as well.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function load<T>(name: string): T {
  return require(name) as T;
}
