// The hip symptom checker's engine: answers + model.json -> triage and ranked causes.
// No DOM, no network, no state: the same file runs in browsers and in Node 20.
// Triage, most urgent first (version 2 of the rules): "urgent" for any URGENT_FLAGS sign or a limp in a
// child; "stop-and-book" for any STOP_FLAGS sign, a child, stress fracture ranked first or signs of bone
// stress; "book" for pain of 5 or more, having to stop, a sudden start, clicking, locking, giving way or
// pain lasting hours; "self-manage" only for pain of 4 or less that settles within 24 hours; else "book".
// The question, option and triage ids are fixed: data/, model.json and the tests use them by name.
// Every weight and every word comes from model.json, built from data/.

const URGENT_FLAGS = ["cannot-weight-bear", "fall-or-impact", "fever-unwell", "saddle-bladder-bowel"];
const STOP_FLAGS = ["constant-pain", "night-pain", "walking-limp", "numbness-weakness", "bone-risk", "hip-surgery"];
const CHILD = ["age-group", "under-16"];
const LIMP = ["red-flags", "walking-limp"];
const BOOK_MECHANICAL = ["clicking", "locking", "giving-way"];
const STOP_IF_FIRST = "stress-fracture";
const BOOK_FROM_PAIN = 5;
const SELF_MANAGE_UP_TO_PAIN = 4;

const own = (obj, key) => obj !== null && typeof obj === "object" && Object.prototype.hasOwnProperty.call(obj, key);

/** Only what the model knows: question id -> Set of option ids, and the pain score (or null). */
function readAnswers(model, answers) {
  const ticked = new Map();
  let pain = null;
  for (const question of model.questions) {
    if (!own(answers, question.id)) continue;
    const given = answers[question.id];
    if (question.kind === "number") {
      const low = question.min ?? 0;
      const high = question.max ?? 10;
      if (Number.isInteger(given) && given >= low && given <= high) pain = given;
      continue;
    }
    const known = new Set(question.options.map((o) => o.id));
    const list = Array.isArray(given) ? given : [given];
    const picked = new Set(list.filter((id) => typeof id === "string" && known.has(id)));
    if (picked.size) ticked.set(question.id, picked);
  }
  return { ticked, pain };
}

/** Each condition's score, with the answers that pointed to it (strongest first). */
function rank(model, ticked) {
  const order = new Map(model.questions.map((q, i) => [q.id, i]));
  const reasonOf = new Map();
  for (const q of model.questions) for (const o of q.options) reasonOf.set(`${q.id}\u0000${o.id}`, o.reason);

  const scored = [];
  model.conditions.forEach((condition, position) => {
    let score = 0;
    const pointers = [];
    for (const [questionId, options] of ticked) {
      const weights = own(condition.weights, questionId) ? condition.weights[questionId] : null;
      if (!weights) continue;
      for (const optionId of options) {
        if (!own(weights, optionId)) continue;
        const weight = weights[optionId];
        if (typeof weight !== "number" || !Number.isFinite(weight)) continue;
        score += weight;
        if (weight > 0) pointers.push({ weight, at: order.get(questionId), reason: reasonOf.get(`${questionId}\u0000${optionId}`) });
      }
    }
    // Left out: conditions no answer points to, and those the answers argue against overall.
    if (score <= 0 || pointers.length === 0) return;
    pointers.sort((a, b) => b.weight - a.weight || a.at - b.at);
    scored.push({ id: condition.id, score, reasons: pointers.map((p) => p.reason), position, top: pointers[0].weight });
  });
  // Best first; on a tie the one with the strongest single sign, then the model's order.
  scored.sort((a, b) => b.score - a.score || b.top - a.top || a.position - b.position);
  return scored.map(({ id, score, reasons }) => ({ id, score, reasons }));
}

/**
 * The contract's triage rules, most urgent first; the first that matches wins.
 * Returns the triage with the answers that decided it ([question id, option id] pairs,
 * or ["pain-level", n]), whether a bone stress injury is the reason to stop, and, for a
 * result that only fell through to "book", why it could not be self-care.
 */
function triageOf(ticked, pain, conditions) {
  const has = (questionId, optionId) => ticked.get(questionId)?.has(optionId) ?? false;
  const tickedOf = (questionId, ids) => ids.filter((id) => has(questionId, id)).map((id) => [questionId, id]);
  const result = (triage, decidedBy, extra = {}) => ({ triage, decidedBy, boneStress: false, byRanking: false, fallThrough: [], ...extra });

  // 1. urgent
  const urgentFlags = tickedOf("red-flags", URGENT_FLAGS);
  const child = has(...CHILD);
  const limp = has(...LIMP);
  if (child && limp) urgentFlags.push(LIMP, CHILD);
  if (urgentFlags.length) return result("urgent", urgentFlags);

  // 2. stop-and-book
  const stop = tickedOf("red-flags", STOP_FLAGS);
  if (child) stop.push(CHILD);
  const worsens = has("run-pattern", "worsens");
  const stoppedNotSudden = has("run-pattern", "had-to-stop") && !has("onset", "sudden");
  const boneFirst = conditions[0]?.id === STOP_IF_FIRST;
  if (worsens) stop.push(["run-pattern", "worsens"]);
  if (stoppedNotSudden) stop.push(["run-pattern", "had-to-stop"]);
  if (stop.length || boneFirst) {
    // byRanking: only the ranking decided it; the page then gives the stress fracture's own reasons.
    return result("stop-and-book", stop, { boneStress: worsens || stoppedNotSudden || limp || boneFirst, byRanking: !stop.length });
  }

  // 3. book
  const book = [];
  if (pain !== null && pain >= BOOK_FROM_PAIN) book.push(["pain-level", pain]);
  book.push(...tickedOf("run-pattern", ["had-to-stop"]), ...tickedOf("onset", ["sudden"]),
    ...tickedOf("mechanical", BOOK_MECHANICAL));
  if (has("after-run", "lasts-hours") && !has("after-run", "baseline-24h")) book.push(["after-run", "lasts-hours"]);
  if (book.length) return result("book", book);

  // 4. self-manage: mild, and back to normal within a day
  const settled = tickedOf("after-run", ["baseline-24h"]);
  if (has("after-run", "settles-quickly") && !has("after-run", "worse-next-morning")) settled.push(["after-run", "settles-quickly"]);
  const mild = pain !== null && pain <= SELF_MANAGE_UP_TO_PAIN;
  if (mild && settled.length) return result("self-manage", [["pain-level", pain], ...settled]);

  // Anything else is "book": say what was missing for self-care.
  const fallThrough = [];
  if (pain === null) fallThrough.push("no-pain-score");
  if (!settled.length) fallThrough.push("not-settling");
  return result("book", [], { fallThrough });
}

/**
 * Assess a runner's answers, with what the page needs to explain the result.
 * @returns {{triage: string, conditions: object[], decidedBy: Array<[string, string|number]>, boneStress: boolean, byRanking: boolean, fallThrough: string[]}}
 */
export function explain(model, answers) {
  const { ticked, pain } = readAnswers(model, answers);
  const conditions = rank(model, ticked);
  return { conditions, ...triageOf(ticked, pain, conditions) };
}

/**
 * Assess a runner's answers.
 * @param {object} model - model.json as built from data/.
 * @param {object} answers - question id -> list of option ids; "pain-level" -> integer 0-10. Anything unknown is ignored.
 * @returns {{triage: string, conditions: {id: string, score: number, reasons: string[]}[]}}
 */
export function assess(model, answers) {
  const { triage, conditions } = explain(model, answers);
  return { triage, conditions };
}
