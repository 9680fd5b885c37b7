#!/usr/bin/env node
// Writes YAML exactly as the browser editor (Decap CMS) does, so a file saved
// by hand and a file saved in the editor are byte for byte the same.
//
// fromFile and toFile are copied from decap-cms-core/src/formats/yaml.ts, and
// `yaml` is the very copy decap-cms-core depends on (the version Decap's bundle
// carries). Input on stdin: {"files": [{"path", "text", "sortedKeys"}]}; output
// on stdout: {"<path>": {"text": "..."} or {"error": "..."}}.
"use strict";
const { createRequire } = require("module");

const decapCore = createRequire(require.resolve("decap-cms-core/package.json", { paths: [process.cwd()] }));
const yaml = decapCore("yaml");

// --- decap-cms-core/src/formats/helpers.ts
function sortKeys(sortedKeys, selector = (a) => a) {
  return (a, b) => {
    const idxA = sortedKeys.indexOf(selector(a));
    const idxB = sortedKeys.indexOf(selector(b));
    if (idxA === -1 || idxB === -1) return 0;
    if (idxA > idxB) return 1;
    if (idxA < idxB) return -1;
    return 0;
  };
}

// --- decap-cms-core/src/formats/yaml.ts
const timestampTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "!timestamp",
  test: RegExp("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\\.[0-9]+)?)Z$"),
  resolve: (str) => new Date(str),
  stringify: (value) => value.toISOString(),
};

function fromFile(content) {
  if (content && content.trim().endsWith("---")) {
    content = content.trim().slice(0, -3);
  }
  const doc = yaml.parseDocument(content, { customTags: [timestampTag], prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new Error(doc.errors.map((e) => e.message).join("\n"));
  }
  return doc.toJSON();
}

function toFile(data, sortedKeys = []) {
  const contents = yaml.createNode(data);
  contents.items.sort(sortKeys(sortedKeys, (item) => item.key && item.key.toString()));
  const doc = new yaml.Document();
  doc.contents = contents;
  return doc.toString();
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = {};
  for (const file of JSON.parse(input).files) {
    try {
      // Decap keeps an entry's data as an Immutable map; this round trip is what it writes back.
      out[file.path] = { text: toFile(JSON.parse(JSON.stringify(fromFile(file.text))), file.sortedKeys) };
    } catch (error) {
      out[file.path] = { error: String(error.message || error).split("\n")[0] };
    }
  }
  process.stdout.write(JSON.stringify(out));
});
