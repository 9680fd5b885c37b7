// Runs the BUILT engine for the Python tests: one JSON answers object per stdin line,
// one JSON line back: {"result": ...} or {"error": "..."} if assess threw.
// Usage: node assess_lines.mjs <site>/symptom-checker/engine.js <site>/symptom-checker/model.json
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const [enginePath, modelPath] = process.argv.slice(2);
const { assess } = await import(pathToFileURL(enginePath).href);
const model = JSON.parse(readFileSync(modelPath, "utf8"));

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  let reply;
  try {
    reply = { result: assess(model, JSON.parse(line)) };
  } catch (error) {
    reply = { error: String(error && error.stack || error) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
