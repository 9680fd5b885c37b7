// Times assess() from a built site: node scripts/bench_checker.mjs <site folder> [calls]
// Prints one JSON line: microseconds per call over several rounds (fastest and median).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const [site, callsArg] = process.argv.slice(2);
const calls = Number(callsArg || 200000);
const model = JSON.parse(readFileSync(join(site, "symptom-checker", "model.json"), "utf8"));
const { assess } = await import(pathToFileURL(join(site, "symptom-checker", "engine.js")).href);

// A fixed mix of answer sets: every answer of every question ticked with probability 0.3 (seeded).
let seed = 12345;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const sets = Array.from({ length: 1000 }, () => {
  const answers = {};
  for (const q of model.questions) {
    if (q.kind === "number") { if (random() < 0.7) answers[q.id] = Math.floor(random() * 11); continue; }
    const picked = q.options.filter(() => random() < 0.3).map((o) => o.id);
    if (picked.length) answers[q.id] = q.kind === "one" ? picked.slice(0, 1) : picked;
  }
  return answers;
});
const ticks = sets.reduce((n, a) => n + Object.values(a).flat().length, 0) / sets.length;

let sink = 0;
for (let i = 0; i < 20000; i++) sink += assess(model, sets[i % sets.length]).conditions.length; // warm up the JIT
const rounds = [];
for (let r = 0; r < 7; r++) {
  const start = performance.now();
  for (let i = 0; i < calls / 7; i++) sink += assess(model, sets[i % sets.length]).conditions.length;
  rounds.push(((performance.now() - start) * 1000) / (calls / 7));
}
rounds.sort((a, b) => a - b);
const cold = performance.now();
assess(JSON.parse(JSON.stringify(model)), sets[0]);
const coldUs = (performance.now() - cold) * 1000;
console.log(JSON.stringify({ calls, answers_per_set: Number(ticks.toFixed(1)), us_fastest: rounds[0], us_median: rounds[3],
  us_first_call_fresh_model: coldUs, node: process.version, sink: sink > 0 }));
