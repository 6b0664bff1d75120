// Bundles a harness that imports the project's TypeScript sources (not the built dist/, which exports
// only the public API) into one ES module that plain `node` runs: for bench/stages.mjs and
// scripts/fit-confidence.mjs, which reach inside the stages.
import { build } from 'esbuild';

/** Writes `contents` (ES module source, imports relative to the project's root) bundled to `outfile`. */
export async function bundleHarness(contents, outfile, sourcefile) {
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js', sourcefile },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // (a CommonJS dependency bundled into an ES module calls require)
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
}
