/** Builds the app into bench/.tmp/dist for the other benches (`npx tsx bench/build.ts`). */
import { runBenchBuild } from './support/benchBuild.ts';

const start = performance.now();
const built = await runBenchBuild();
console.log(`bench build: ${built.outDir} (${built.chunks.length} chunks) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
