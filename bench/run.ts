// The entry of `npm run bench [name-filter]`: runs every bench/*.bench.ts in
// alphabetical order, each file's default export being an async function that
// prints its own figures. A filter keeps only files whose name contains it.
import {readdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter(name => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(filter ? `no bench/*.bench.ts file matches "${filter}"` : 'no bench/*.bench.ts files found');
  process.exitCode = 1;
}

// One failing benchmark is reported and the others still run; the exit code says something failed.
for (const name of files) {
  console.log(`\n== ${name} ==`);
  try {
    const module = (await import(pathToFileURL(`${dir}${name}`).href)) as {default?: unknown};
    if (typeof module.default !== 'function') {
      throw new Error(`${name} has no default export to run: export default async function () { ... }`);
    }
    await (module.default as () => Promise<void>)();
  } catch (error) {
    console.error(`${name} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
