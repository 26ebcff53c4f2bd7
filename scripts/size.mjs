// Prints the size of the built files (min and min+gzip) and fails when a budget is exceeded
// (issue 9: the whole library in the CDN file at most 40 KB min+gzip).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [{ file: 'dist/cdn/icr-elements.min.js', maxGzip: 40 * 1024, label: 'CDN file (every element, client, Lit)' }];
let over = false;
for (const { file, maxGzip, label } of budgets) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (run npm run build)`);
    over = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= maxGzip;
  over ||= !ok;
  console.log(`${label}: ${(raw.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB min+gzip (budget ${(maxGzip / 1024).toFixed(0)} KB) ${ok ? 'met' : 'EXCEEDED'}`);
}
// Budgets fail the run only with --strict (issue 9 switches CI to strict once they are met).
if (over) console.log(process.argv.includes('--strict') ? 'size: a budget is exceeded' : 'size: a budget is not met yet (not enforced without --strict)');
process.exit(over && process.argv.includes('--strict') ? 1 : 0);
