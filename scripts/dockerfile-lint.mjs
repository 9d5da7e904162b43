// Prints the problems that dockerfile-utils (the linter behind VS Code's Docker extension) finds in each
// Dockerfile given, one per line as FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE, with every check set to warn.
//
// Usage: node scripts/dockerfile-lint.mjs [--prefix DIR] FILE...
//   DIR is the npm prefix dockerfile-utils is installed under
//   (default: compose-generator/target/dockerfile-lint, made by
//   npm install --prefix compose-generator/target/dockerfile-lint dockerfile-utils@0.16.3).
// Exit status: 0 when no file has a problem, 1 when some file has one, 2 when the linter is missing or a file
// cannot be read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
let prefix = join(dirname(fileURLToPath(import.meta.url)), '..', 'compose-generator', 'target', 'dockerfile-lint');
if (args[0] === '--prefix') {
  prefix = args[1];
  args.splice(0, 2);
}

let utils;
try {
  utils = createRequire(join(resolve(prefix), 'package.json'))('dockerfile-utils');
} catch (e) {
  console.error(`dockerfile-utils is not installed under ${resolve(prefix)}: ${e.message}`);
  process.exit(2);
}

const WARN = utils.ValidationSeverity.WARNING;
const settings = {
  deprecatedMaintainer: WARN,
  directiveCasing: WARN,
  emptyContinuationLine: WARN,
  instructionCasing: WARN,
  instructionCmdMultiple: WARN,
  instructionEntrypointMultiple: WARN,
  instructionHealthcheckMultiple: WARN,
  instructionJSONInSingleQuotes: WARN,
  instructionWorkdirRelative: WARN,
};
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

let found = 0;
for (const file of args) {
  let content;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  for (const d of utils.validate(content, settings)) {
    found++;
    const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    console.log(`${where}: ${SEVERITY[d.severity] ?? d.severity} ${d.code ?? ''}: ${d.message}`);
  }
}
process.exit(found > 0 ? 1 : 0);
