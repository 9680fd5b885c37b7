/* The programme as text in the address of My programme, after "#":
 *
 *   #p=single-leg-bridge:3x10,clamshell:2x15,side-plank:3x30s
 *
 * - "p=", then the exercises in the order of the programme, comma-separated.
 * - Each is an exercise id (its page is exercises/<id>/), then ":" and the
 *   dosage: <sets>x<reps>, or <sets>x<seconds>s for a hold.
 * - An id alone ("#p=squat,lunge") means the dosage on the exercise's page;
 *   the programme page fills it in.
 * Ids are lower-case letters, digits and hyphens, so ",", ":" and "x" never
 * clash with them and the link needs no percent-encoding. Malformed items and
 * repeats are dropped here; unknown ids and out-of-range numbers are dropped
 * or clamped by the programme page, which knows the exercises and limits.
 */
export const MAX_EXERCISES = 12;
const ITEM = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::(\d{1,3})x(\d{1,3})(s?))?$/;
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Items [{id, sets?, amount?, hold?}] from a location hash, or null when it holds no programme. */
export function parseProgramme(hash) {
  return parseProgrammeLink(hash)?.items ?? null;
}

/** {items, overLimit} from a location hash (null when it holds no programme): the first
 * MAX_EXERCISES distinct exercises, and how many more the link named (left out, and said so). */
export function parseProgrammeLink(hash) {
  const value = new URLSearchParams(String(hash).replace(/^#/, "")).get("p");
  if (value === null) return null;
  const items = [];
  const seen = new Set();
  let overLimit = 0;
  for (const part of value.split(",")) {
    const m = ITEM.exec(part.trim());
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    if (items.length === MAX_EXERCISES) {
      overLimit += 1;
      continue;
    }
    items.push(m[2] ? { id: m[1], sets: +m[2], amount: +m[3], hold: m[4] === "s" } : { id: m[1] });
  }
  return { items, overLimit };
}

/** The hash text (without "#") for items; "" for an empty programme. */
export function formatProgramme(items) {
  if (!items.length) return "";
  const parts = items.map((i) => (i.sets ? `${i.id}:${i.sets}x${i.amount}${i.hold ? "s" : ""}` : i.id));
  return `p=${parts.join(",")}`;
}
