// Material starts its search worker (lunr and all) as each page loads. This
// small stand-in starts instead (overrides/main.html points Material's config
// at it) and loads Material's worker, named in ?worker=, only when the first
// message arrives: the search index, sent once the visitor opens search
// (assets/app/search-on-demand.js). It lives beside Material's worker so that
// worker finds its lunr files at the same relative paths.
"use strict";

self.addEventListener("message", function first(event) {
  self.removeEventListener("message", first);
  const name = new URL(self.location.href).searchParams.get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) {
    throw new Error(`app-search-worker: unexpected worker name '${name}'`);
  }
  importScripts(new URL(name, self.location.href).href);
  // Material's worker listens from now on: hand it the message that woke us.
  self.dispatchEvent(new MessageEvent("message", { data: event.data }));
});
