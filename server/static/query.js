// The query page: run the editor's query against the endpoint, show the answer as a table whose
// IRIs link to their pages, offer it as CSV or JSON, and point at the position of a syntax error.
// Plain DOM, no libraries: the page must work offline and under a CSP without inline scripts.
"use strict";

(function () {
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const picker = document.getElementById("example");
  const results = document.getElementById("results");
  const errorBox = document.getElementById("error");
  const status = document.getElementById("status");
  const csvButton = document.getElementById("download-csv");
  const jsonButton = document.getElementById("download-json");
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const endpoint = form.dataset.endpoint;
  const base = form.dataset.base;
  const publicUrl = form.dataset.public;
  const describeUrl = form.dataset.describe;
  let lastKind = null; // "solutions" or "graph"

  function href(iri) {
    if (iri.startsWith(base)) return publicUrl + iri.slice(base.length);
    if (/^https?:\/\//.test(iri)) return describeUrl + "?iri=" + encodeURIComponent(iri);
    return null;
  }

  function post(accept) {
    const body = new URLSearchParams({ query: editor.value });
    return fetch(endpoint, {
      method: "POST",
      headers: { Accept: accept, "Content-Type": "application/x-www-form-urlencoded" },
      body: body,
    });
  }

  function clear() {
    results.replaceChildren();
    errorBox.hidden = true;
    errorBox.textContent = "";
  }

  function showError(message) {
    errorBox.hidden = false;
    errorBox.textContent = message;
    const at = /line (\d+), column (\d+)/.exec(message);
    if (at) {
      // Put the caret where the parser stopped, so the mistake is in view.
      const lines = editor.value.split("\n");
      const line = Math.min(Number(at[1]), lines.length);
      let offset = 0;
      for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
      offset += Math.max(Number(at[2]) - 1, 0);
      editor.focus();
      editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
    }
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const target = href(term.value);
      if (target) {
        const a = document.createElement("a");
        a.href = target;
        a.textContent = term.value;
        td.appendChild(a);
      } else {
        td.textContent = term.value;
      }
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) {
        const tag = document.createElement("span");
        tag.className = "tag";
        tag.textContent = "@" + term["xml:lang"];
        td.appendChild(tag);
      }
    }
    return td;
  }

  function table(data) {
    if (typeof data.boolean === "boolean") {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = data.boolean ? "true" : "false";
      results.appendChild(p);
      return 1;
    }
    const vars = data.head.vars || [];
    const rows = data.results.bindings;
    const t = document.createElement("table");
    t.className = "results";
    const head = t.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = v;
      head.appendChild(th);
    }
    const body = t.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const v of vars) tr.appendChild(cell(row[v]));
    }
    results.appendChild(t);
    return rows.length;
  }

  async function run() {
    clear();
    status.textContent = "Running…";
    csvButton.disabled = jsonButton.disabled = true;
    const started = performance.now();
    let response;
    try {
      response = await post("application/sparql-results+json, text/turtle;q=0.9");
    } catch (err) {
      status.textContent = "";
      showError("The endpoint could not be reached: " + err.message);
      return;
    }
    const type = (response.headers.get("Content-Type") || "").split(";")[0];
    if (!response.ok) {
      status.textContent = "";
      let message = response.status + " " + response.statusText;
      try {
        const body = await response.json();
        message = body.error || message;
      } catch (ignored) {
        // Not JSON: keep the status line.
      }
      showError(message);
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    let count;
    if (type === "application/sparql-results+json") {
      lastKind = "solutions";
      count = table(await response.json());
      status.textContent = count + " row" + (count === 1 ? "" : "s") + " in " + seconds + " s";
    } else {
      lastKind = "graph";
      const pre = document.createElement("pre");
      pre.className = "rdf";
      pre.textContent = await response.text();
      results.appendChild(pre);
      status.textContent = "graph in " + seconds + " s";
    }
    csvButton.textContent = lastKind === "graph" ? "Download Turtle" : "Download CSV";
    jsonButton.textContent = lastKind === "graph" ? "Download JSON-LD" : "Download JSON";
    csvButton.disabled = jsonButton.disabled = false;
  }

  async function download(which) {
    const formats = {
      solutions: { csv: ["text/csv", "results.csv"], json: ["application/sparql-results+json", "results.json"] },
      graph: { csv: ["text/turtle", "results.ttl"], json: ["application/ld+json", "results.jsonld"] },
    };
    const [accept, name] = formats[lastKind || "solutions"][which];
    const response = await post(accept);
    if (!response.ok) {
      showError("The download failed: " + response.status);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  editor.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
    }
  });
  picker.addEventListener("change", function () {
    const chosen = examples.find(function (e) { return e.name === picker.value; });
    if (chosen) {
      editor.value = chosen.query;
      history.replaceState(null, "", "?example=" + encodeURIComponent(chosen.name));
      run();
    }
  });
  csvButton.addEventListener("click", function () { download("csv"); });
  jsonButton.addEventListener("click", function () { download("json"); });
  if (form.dataset.autorun) run();
})();
