// node --test: the BUILT engine in plain Node, with no DOM and the network cut off.
// CHECKER_SITE names the built site folder (the Python test passes it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const site = process.env.CHECKER_SITE;
assert.ok(site, "set CHECKER_SITE to the built site folder");
const model = JSON.parse(readFileSync(join(site, "symptom-checker", "model.json"), "utf8"));

// Any network or storage use at import or call time fails loudly.
for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "localStorage", "sessionStorage"]) {
  Object.defineProperty(globalThis, name, { get() { throw new Error(`engine used ${name}`); }, configurable: true });
}
const { assess } = await import(pathToFileURL(join(site, "symptom-checker", "engine.js")).href);

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ["", "unknown", "__proto__", "constructor", "toString", null, 7, true, {}, []];

function randomAnswers(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const answers = {};
  for (const question of model.questions) {
    if (random() < 0.3) continue;
    if (question.kind === "number") {
      answers[question.id] = random() < 0.8 ? Math.floor(random() * 11) : pick([-1, 11, 4.5, "5", null, NaN]);
      continue;
    }
    const ids = question.options.map((o) => o.id).filter(() => random() < 0.3);
    if (random() < 0.2) ids.push(pick(JUNK));
    answers[question.id] = random() < 0.05 ? pick(JUNK) : ids;
  }
  if (random() < 0.2) answers[pick(["nonsense", "__proto__", "constructor"])] = [pick(JUNK)];
  return answers;
}

const SEED = Number(process.env.CHECKER_SEED || 20261127);
const RUNS = 5000;
const URGENT_FLAGS = ["cannot-weight-bear", "fall-or-impact", "fever-unwell", "saddle-bladder-bowel"];
// Triage rules version 2: with any of these, never "book" or "self-manage" (keep running).
const STOP_FLOORS = [
  ["red-flags", "walking-limp"], ["red-flags", "night-pain"], ["red-flags", "constant-pain"],
  ["red-flags", "numbness-weakness"], ["red-flags", "bone-risk"], ["red-flags", "hip-surgery"],
  ["age-group", "under-16"], ["run-pattern", "worsens"],
];
const TRAINING = ["load-increase", "few-rest-days", "high-volume"];
const TRIAGE_IDS = Object.keys(model.triage);
const CONDITION_IDS = new Set(model.conditions.map((c) => c.id));

test(`${RUNS} random answer sets (seed ${SEED}): never throws, valid and sorted results`, () => {
  const random = generator(SEED);
  for (let i = 0; i < RUNS; i++) {
    const answers = randomAnswers(random);
    const result = assess(model, answers);
    const where = `run ${i}: ${JSON.stringify(answers)}`;
    assert.ok(TRIAGE_IDS.includes(result.triage), where);
    const ids = result.conditions.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, where);
    for (const [k, c] of result.conditions.entries()) {
      assert.ok(CONDITION_IDS.has(c.id), where);
      assert.ok(c.score > 0 && c.reasons.length > 0, where);
      assert.ok(c.reasons.every((r) => typeof r === "string" && r.length > 0), where);
      if (k) assert.ok(result.conditions[k - 1].score >= c.score, `not sorted: ${where}`);
    }
  }
});

test("an urgent red flag gives urgent, whatever else is ticked", () => {
  const random = generator(SEED + 1);
  for (let i = 0; i < RUNS; i++) {
    const answers = randomAnswers(random);
    const flag = URGENT_FLAGS[i % URGENT_FLAGS.length];
    const flags = Array.isArray(answers["red-flags"]) ? answers["red-flags"] : [];
    answers["red-flags"] = [...flags, flag];
    assert.equal(assess(model, answers).triage, "urgent", JSON.stringify(answers));
  }
});

test("walking-limp, night-pain, constant-pain, numbness-weakness, bone-risk, hip-surgery, under-16 or worsens never give book or self-manage", () => {
  const random = generator(SEED + 2);
  for (let i = 0; i < RUNS; i++) {
    const answers = randomAnswers(random);
    const [question, option] = STOP_FLOORS[i % STOP_FLOORS.length];
    if (question === "red-flags") {
      const flags = Array.isArray(answers["red-flags"]) ? answers["red-flags"] : [];
      answers["red-flags"] = [...flags, option];
    } else {
      answers[question] = [option];
    }
    if (random() < 0.7) answers.training = TRAINING.filter(() => random() < 0.5);
    const { triage } = assess(model, answers);
    assert.ok(triage === "urgent" || triage === "stop-and-book", `${triage}: ${JSON.stringify(answers)}`);
  }
});

test("a limping child is urgent", () => {
  const random = generator(SEED + 3);
  for (let i = 0; i < 1000; i++) {
    const answers = randomAnswers(random);
    answers["age-group"] = ["under-16"];
    const flags = Array.isArray(answers["red-flags"]) ? answers["red-flags"] : [];
    answers["red-flags"] = [...flags, "walking-limp"];
    assert.equal(assess(model, answers).triage, "urgent", JSON.stringify(answers));
  }
});

test("empty and malformed answers give a valid result", () => {
  for (const answers of [{}, null, undefined, [], "location", 42, { location: "outside" }, { "pain-level": "9" }]) {
    const result = assess(model, answers);
    assert.ok(TRIAGE_IDS.includes(result.triage));
    assert.ok(Array.isArray(result.conditions));
  }
  assert.deepEqual(assess(model, {}), { triage: "book", conditions: [] });
});

test("the engine does not change the model or the answers", () => {
  const before = JSON.stringify(model);
  const answers = { location: ["outside"], "pain-level": 3 };
  assess(model, answers);
  assert.equal(JSON.stringify(model), before);
  assert.deepEqual(answers, { location: ["outside"], "pain-level": 3 });
});
