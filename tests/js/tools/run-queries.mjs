// Runs queries with the real search.js over a built index on disk and prints one JSON object per query.
// Usage: node run-queries.mjs <siteRoot> <queries.json> [--format json|script] [--limit N] [--results N]
// queries.json: [{ "locale": "de-de", "query": "Passwort vergessen", ... }]
// Output line: { ...query, "urls": [result urls best first], "bytes": bytes read, "gzip": their gzip size, "files": [names] }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const search = require('../../../themes/default/assets/search.js');

const [siteRoot, queriesPath, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : fallback;
};
const format = option('--format', 'json');
const limit = Number(option('--limit', '10'));
const textResults = Number(option('--results', '0'));

/** A loader that reads index files from disk (hashed names from the manifest), as .json or by running the .js twin against a fake window. */
export function diskLoader(root, locale, fmt, log) {
  return async (name, file) => {
    const folder = join(root, locale, 'search');
    const base = file || name;
    if (fmt === 'script') {
      const code = readFileSync(join(folder, base + '.js'), 'utf8');
      log.push({ name: name + '.js', bytes: Buffer.byteLength(code), gzip: gzipSync(code).length });
      let registered;
      const window = { HelpGenSearch: { register: (l, n, data) => { if (l === locale && n === name) { registered = data; } } } };
      vm.runInNewContext(code, { window });
      if (!registered) { throw new Error(`${name}.js did not register ${locale}/${name}`); }
      return registered;
    }
    const text = readFileSync(join(folder, base + '.json'), 'utf8');
    log.push({ name: name + '.json', bytes: Buffer.byteLength(text), gzip: gzipSync(text).length });
    return JSON.parse(text);
  };
}

const queries = JSON.parse(readFileSync(queriesPath, 'utf8'));
for (const q of queries) {
  const log = [];
  const engine = search.createEngine(diskLoader(siteRoot, q.locale, format, log), { folder: '' });
  const answer = await engine.query(q.query, { prefix: false, limit, text: false });
  if (textResults > 0) {
    await engine.query(q.query, { prefix: false, limit: textResults, text: true });
  }
  const urls = answer.results.map((r) => r.url);
  const hrefs = answer.results.map((r) => r.href);
  const bytes = log.reduce((sum, f) => sum + f.bytes, 0);
  const gzip = log.reduce((sum, f) => sum + f.gzip, 0);
  process.stdout.write(JSON.stringify({ ...q, total: answer.total, urls, hrefs, bytes, gzip, files: log.map((f) => f.name) }) + '\n');
}
