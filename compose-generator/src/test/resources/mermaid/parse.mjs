// Parses Mermaid files with the real mermaid parser in a jsdom window; prints one line per file: "ok <type> <file>"
// or "error <file>: <message>", and exits 1 when any file fails. Used by MermaidOracleTest.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log('ok ' + result.diagramType + ' ' + file);
  } catch (e) {
    failed++;
    console.log('error ' + file + ': ' + String(e.message || e).split('\n').join(' | '));
  }
}
process.exit(failed ? 1 : 0);
