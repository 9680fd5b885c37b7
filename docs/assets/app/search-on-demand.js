// Material fetches the whole search index as soon as any page loads, yet most
// visitors never search. This script holds back that one request until the
// visitor first opens or focuses the search box; then it goes out unchanged,
// so search works as before (same host, offline, under the strict CSP).
// It is a classic script loaded just before Material's bundle (overrides/main.html):
// a module would run after the bundle, too late to hold the request back.
(function () {
  "use strict";

  const HELP_MODULE = new URL("search-help.js", document.currentScript.src).href;
  const INDEX_PATH = /\/search\/search_index\.json$/;
  const indexRequests = new WeakSet();
  const held = [];
  // A link with ?q= (shared search) or ?h= (highlight) needs the index at once.
  let released = /[?&][qh]=/.test(location.search);

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (INDEX_PATH.test(new URL(String(url), location.href).pathname)) {
      indexRequests.add(this);
    }
    return open.call(this, method, url, ...rest);
  };

  XMLHttpRequest.prototype.send = function (...args) {
    if (!released && indexRequests.has(this)) {
      held.push(() => send.apply(this, args));
      return;
    }
    return send.apply(this, args);
  };

  function loadHelp() {
    import(HELP_MODULE); // the offer shown when search finds nothing or little
  }

  function release() {
    if (released) return;
    released = true;
    for (const go of held.splice(0)) go();
    loadHelp();
  }

  if (released) loadHelp();

  // Focus reaches the box by click, tap, Tab or Material's "/", "s" and "f" keys.
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) release();
  });
  // The header's search button (small screens) toggles this checkbox.
  document.addEventListener("change", (event) => {
    if (event.target instanceof Element && event.target.id === "__search") release();
  });
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("label[for=__search]")) release();
  });
})();
