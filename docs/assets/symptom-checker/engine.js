// The hip symptom checker's engine: answers + model.json -> triage and ranked causes.
// No DOM, no network, no state: the same file runs in browsers and in Node 20.
// Triage rules and their ids are the clinical contract (shared/symptom-checker/SPEC.md);
// every weight and every word comes from model.json, built from data/.

const URGENT_FLAGS = ["cannot-weight-bear", "fall-or-impact", "fever-unwell", "numbness-weakness"];
const STOP_FLAGS = ["constant-pain", "night-pain"];
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

/** The contract's triage rules, most urgent first; the first that matches wins. */
function triageOf(ticked, pain, conditions) {
  const has = (questionId, optionId) => ticked.get(questionId)?.has(optionId) ?? false;
  const flags = (ids) => ids.some((id) => has("red-flags", id));

  if (flags(URGENT_FLAGS)) return "urgent";
  if (flags(STOP_FLAGS) || conditions[0]?.id === STOP_IF_FIRST) return "stop-and-book";
  const notSettling = has("after-run", "lasts-hours") && !has("after-run", "baseline-24h");
  if ((pain !== null && pain >= BOOK_FROM_PAIN) || has("run-pattern", "had-to-stop") || has("onset", "sudden")
      || BOOK_MECHANICAL.some((id) => has("mechanical", id)) || notSettling) return "book";
  const settles = has("after-run", "baseline-24h") || has("after-run", "settles-quickly");
  if (pain !== null && pain <= SELF_MANAGE_UP_TO_PAIN && settles) return "self-manage";
  return "book";
}

/**
 * Assess a runner's answers.
 * @param {object} model - model.json as built from data/.
 * @param {object} answers - question id -> list of option ids; "pain-level" -> integer 0-10. Anything unknown is ignored.
 * @returns {{triage: string, conditions: {id: string, score: number, reasons: string[]}[]}}
 */
export function assess(model, answers) {
  const { ticked, pain } = readAnswers(model, answers);
  const conditions = rank(model, ticked);
  return { triage: triageOf(ticked, pain, conditions), conditions };
}
