#!/usr/bin/env node
// Gate: the first screen's JavaScript stays within 60 kB gzip (home needs neither Yjs nor pdf-lib).
import { firstScreenScripts } from './first-screen-js.mjs';

const BUDGET = 60 * 1024;
const scripts = firstScreenScripts();
const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
for (const s of scripts) console.log(`  ${s.src}: ${(s.gzip / 1024).toFixed(1)} kB gzip`);
console.log(`first screen JS: ${(total / 1024).toFixed(1)} kB gzip (budget ${BUDGET / 1024} kB)`);
if (total > BUDGET) {
  console.error('Over budget: load heavy libraries lazily.');
  process.exit(1);
}
