// When search finds nothing or little, the search panel offers the symptom
// checker and the clinic's phone number instead of an empty list.
// Loaded by search-on-demand.js when the visitor first opens search. The
// wording and the number come from the page (overrides/partials/app-search-help.html,
// from data/clinic.yml); this module only shows or hides that block.
const FEW = 3; // fewer results than this still gets the offer, below them
const SITE_ROOT = new URL("../../", import.meta.url);
const watched = new WeakSet();

function materialText(key) {
  try {
    return JSON.parse(document.getElementById("__config").textContent).translations[key];
  } catch {
    return undefined;
  }
}

function helpBlock(result) {
  let block = result.querySelector(".app-search-help");
  if (block) return block;
  const template = document.getElementById("app-search-help");
  if (!(template instanceof HTMLTemplateElement)) return null;
  block = template.content.firstElementChild.cloneNode(true);
  const checker = block.querySelector("[data-app-search-help-checker]");
  if (checker) checker.href = new URL("symptom-checker/", SITE_ROOT).href;
  block.hidden = true;
  result.append(block);
  return block;
}

function update(result, input) {
  const block = helpBlock(result);
  if (!block) return;
  const meta = result.querySelector(".md-search-result__meta");
  const items = result.querySelectorAll(".md-search-result__item").length;
  const none = meta && meta.textContent.trim() === materialText("search.result.none");
  const hasQuery = input.value.trim() !== "";
  block.hidden = !(hasQuery && (none || (items > 0 && items < FEW)));
  block.classList.toggle("app-search-help--none", Boolean(none));
}

function watch() {
  const result = document.querySelector("[data-md-component=search-result]");
  const input = document.querySelector("[data-md-component=search-query]");
  if (!result || !input || watched.has(result)) return;
  watched.add(result);
  // Material rewrites the result header and list for every query.
  new MutationObserver(() => update(result, input))
    .observe(result, { childList: true, subtree: true, characterData: true });
  update(result, input);
}

watch();
// Instant navigation swaps pages without a reload: check the search panel again.
if (window.document$) window.document$.subscribe(watch);
