import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The command line of a script that writes generated source files: `--write` writes them,
 * `--check` exits 1 when one is out of date (each with a unit test of its own as well).
 */
export function runGenerator(script: string, files: () => Array<[path: string, text: string]>): void {
  try {
    generate(script, files);
  } catch (err) {
    // A generator refusing its input says why in its message: no stack trace for that.
    process.stderr.write(`${script}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

function generate(script: string, files: () => Array<[path: string, text: string]>): void {
  if (process.argv.includes('--write')) {
    for (const [file, text] of files()) {
      writeFileSync(file, text);
      process.stderr.write(`wrote ${file}: ${text.length} characters\n`);
    }
  } else if (process.argv.includes('--check')) {
    for (const [file, text] of files()) {
      if (readFileSync(file, 'utf8') === text) continue;
      process.stderr.write(`${file} is out of date: run npx tsx scripts/${script}.ts --write\n`);
      process.exitCode = 1;
    }
  } else {
    process.stderr.write(`usage: npx tsx scripts/${script}.ts --write | --check\n`);
    process.exitCode = 2;
  }
}
