// The query page: a SPARQL editor (CodeMirror 5, vendored) that completes prefixes and ontology
// terms, lints unknown hkg: terms and folds the PREFIX lines; one run at a time, cancellable;
// results as a paged, sortable, filterable table whose IRIs show their labels and CURIEs and
// link to their pages; the query kept in the URL after each run and in the browser's storage
// across reloads. Everything comes from this server: the CSP allows no inline script and no eval.
"use strict";

(function () {
  const PAGE_SIZE = 100;
  // Labels are asked for in batches of IRIs bound with VALUES; past the cap only the IRIs of the
  // page on screen are asked for, so a huge result does not send huge label queries.
  const LABEL_BATCH = 500;
  const LABEL_CAP = 5000;
  // A longer query is not put in the address bar: browsers and proxies cut long URLs.
  const URL_LIMIT = 6000;
  const DRAFT_KEY = "hsct-kg:query-draft";
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  const SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
  const NUMERIC = new Set(
    [
      "integer", "decimal", "double", "float", "int", "long", "short", "byte",
      "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
      "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    ].map(function (name) { return XSD + name; })
  );
  // Namespaces whose every term the loaded ontology declares: an unknown name there is a slip.
  const CLOSED = new Set(["https://w3id.org/hsct-kg/ontology#"]);
  const KEYWORDS = [
    "SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "VALUES", "UNION", "MINUS", "BIND",
    "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "ASK", "CONSTRUCT", "DESCRIBE",
    "PREFIX", "COUNT", "SAMPLE", "GROUP_CONCAT", "EXISTS", "NOT EXISTS", "LANG", "STR", "REGEX",
    "CONTAINS", "STRSTARTS", "LCASE", "UCASE", "DESC", "ASC",
  ];
  // Every bare word SPARQL 1.1 (and 1.2's triple terms) allows: anything else is a slip.
  const WORDS = new Set(
    (
      "a base prefix select distinct reduced construct describe ask from named where order by " +
      "limit offset filter optional graph asc desc as having undef values group minus in not " +
      "service silent using insert delete union true false with data copy to move add create " +
      "drop clear load into default all separator bind exists version " +
      "str lang langmatches datatype bound sameterm isiri isuri iri uri bnode count sum min " +
      "max avg sample group_concat rand abs ceil floor round concat substr strlen replace " +
      "ucase lcase encode_for_uri contains strstarts strends strbefore strafter year month day " +
      "hours minutes seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 " +
      "coalesce if strlang strdt isnumeric regex isblank isliteral triple subject predicate " +
      "object istriple langdir strlangdir haslang haslangdir adjust"
    ).split(" ")
  );
  const IRI_CHARS = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|^`\\]*$/;
  // Comments, strings, IRIs, variables and blank nodes are skipped; PREFIX declarations and
  // prefixed names are what the lint reads.
  const TOKENS = new RegExp(
    [
      "#[^\\n]*",
      '"""[\\s\\S]*?"""', "'''[\\s\\S]*?'''",
      '"(?:[^"\\\\\\n]|\\\\.)*"', "'(?:[^'\\\\\\n]|\\\\.)*'",
      "<[^<>\"{}|^`\\\\\\s]*>",
      "[?$][\\w]+", "_:[\\w.-]*",
      "\\b(PREFIX)\\s+([A-Za-z][\\w.-]*)?:\\s*<([^>\\s]*)>",
      "([A-Za-z][\\w.-]*)?:((?:[\\w-]|\\.(?=[\\w-])|%[0-9A-Fa-f]{2})*)",
      "@[A-Za-z]+(?:-[A-Za-z0-9]+)*",
      "\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?",
      "([A-Za-z_]\\w*)",
      "([(){}\\[\\]])",
      "([\"'])",
    ].join("|"),
    "gi"
  );

  const form = document.getElementById("query-form");
  const textarea = document.getElementById("query");
  const picker = document.getElementById("example");
  const loadButton = document.getElementById("load-example");
  const runButton = document.getElementById("run");
  const cancelButton = document.getElementById("cancel");
  const results = document.getElementById("results");
  const tools = document.getElementById("results-tools");
  const filterBox = document.getElementById("filter");
  const shown = document.getElementById("shown");
  const pagers = [document.getElementById("pager-top"), document.getElementById("pager-bottom")];
  const problems = document.getElementById("problems");
  const errorBox = document.getElementById("error");
  const status = document.getElementById("status");
  const csvButton = document.getElementById("download-csv");
  const turtleButton = document.getElementById("as-turtle");
  const urlNote = document.getElementById("url-note");
  const jsonButton = document.getElementById("download-json");
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const endpoint = form.dataset.endpoint;
  const base = form.dataset.base;
  const publicUrl = form.dataset.public;
  const describeUrl = form.dataset.describe;

  let prefixes = {};
  let terms = [];
  let known = new Set();
  const labels = new Map(); // IRI -> label, or "" when it has none

  // ------------------------------------------------------------------ editor

  function isPrefixLine(cm, line) {
    return /^\s*(PREFIX|BASE)\b/i.test(cm.getLine(line) || "");
  }

  // The run of PREFIX (and BASE) lines that starts at `start`: folded as one.
  function prefixRange(cm, start) {
    const first = start.line;
    if (!isPrefixLine(cm, first) || (first > 0 && isPrefixLine(cm, first - 1))) return null;
    let last = first;
    while (last + 1 < cm.lineCount() && isPrefixLine(cm, last + 1)) last++;
    if (last === first) return null;
    return { from: CodeMirror.Pos(first, 0), to: CodeMirror.Pos(last, cm.getLine(last).length) };
  }

  function foldWidget(from, to) {
    const mark = document.createElement("span");
    mark.className = "CodeMirror-foldmarker prefix-fold";
    mark.title = "Click to show the PREFIX lines";
    mark.textContent = "PREFIX … (" + (to.line - from.line + 1) + " lines)";
    return mark;
  }

  function foldPrefixes() {
    for (let line = 0; line < cm.lineCount(); line++) {
      if (prefixRange(cm, CodeMirror.Pos(line, 0))) {
        cm.foldCode(CodeMirror.Pos(line, 0), { rangeFinder: prefixRange, widget: foldWidget }, "fold");
      }
    }
  }

  function scan(text) {
    const declared = {};
    const names = [];
    const words = [];
    const brackets = []; // unmatched ones, at the end
    const quotes = [];
    let previous = null;
    TOKENS.lastIndex = 0;
    let m;
    while ((m = TOKENS.exec(text)) !== null) {
      if (m[1]) {
        declared[m[2] || ""] = m[3];
      } else if (m[6]) {
        if (!WORDS.has(m[6].toLowerCase())) {
          // "hkg: Claim": a prefixed name cut in two by a space.
          const split = previous && previous.local === "" && previous.at + previous.length < m.index &&
            /^\s+$/.test(text.slice(previous.at + previous.length, m.index)) ? previous : null;
          words.push({ word: m[6], at: m.index, after: split });
        }
      } else if (m[7]) {
        const open = "({[".indexOf(m[7]);
        if (open >= 0) brackets.push({ ch: m[7], at: m.index });
        else {
          const want = "({["[")}]".indexOf(m[7])];
          const top = brackets[brackets.length - 1];
          if (top && top.ch === want && !top.stray) brackets.pop();
          else brackets.push({ ch: m[7], at: m.index, stray: true });
        }
      } else if (m[8]) {
        quotes.push(m.index);
      } else if (m[0].indexOf(":") > 0 || m[0][0] === ":") {
        if (m[0][0] === "<" || m[0][0] === "_" || m[0][0] === "#" || /^["'?$]/.test(m[0])) continue;
        names.push({ prefix: m[4] || "", local: m[5] || "", at: m.index, length: m[0].length });
        previous = names[names.length - 1];
        continue;
      }
    }
    return { declared: declared, names: names, words: words, brackets: brackets, quotes: quotes };
  }

  // Damerau-Levenshtein (optimal string alignment): a swapped pair of letters counts as one slip.
  function distance(a, b) {
    const d = [];
    for (let i = 0; i <= a.length; i++) d.push([i]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  function nearest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(word.length / 3));
    return candidates
      .map(function (c) { return { c: c, d: distance(lower, c.toLowerCase()) }; })
      .filter(function (x) { return x.d <= limit; })
      .sort(function (x, y) { return x.d - y.d || x.c.length - y.c.length; })
      .slice(0, 3)
      .map(function (x) { return x.c; });
  }

  function lint(text, options, editor) {
    const found = [];
    const scanned = scan(text);
    const namespaces = Object.assign({}, prefixes, scanned.declared);
    const builtinNames = Object.keys(prefixes);
    for (const name of scanned.names) {
      const from = editor.posFromIndex(name.at);
      const to = editor.posFromIndex(name.at + name.length);
      const ns = namespaces[name.prefix];
      if (ns === undefined) {
        if (!builtinNames.length) continue; // the prefix list has not arrived yet
        const near = nearest(name.prefix, builtinNames);
        found.push({
          from: from, to: to, severity: "error",
          message: "undeclared prefix '" + name.prefix + ":'" +
            (near.length ? "; did you mean " + near[0] + ":?" : "; declare it with PREFIX"),
        });
      } else if (CLOSED.has(ns) && name.local && known.size && !known.has(ns + name.local)) {
        const localNames = terms
          .filter(function (t) { return t.iri.startsWith(ns); })
          .map(function (t) { return t.iri.slice(ns.length); });
        const near = nearest(name.local, localNames).map(function (l) { return name.prefix + ":" + l; });
        found.push({
          from: from, to: to, severity: "warning",
          message: name.prefix + ":" + name.local + " is not a term of the ontology" +
            (near.length ? "; did you mean " + near.join(" or ") + "?" : ""),
        });
      }
    }
    const keywords = Array.from(WORDS).filter(function (w) { return w.length > 2; });
    for (const w of scanned.words) {
      const near = nearest(w.word, keywords).map(function (k) { return k.toUpperCase(); });
      let message = w.word + " is not a SPARQL keyword" +
        (near.length ? "; did you mean " + near[0] + "?" : "; a variable starts with ?");
      if (w.after) {
        message = "a space cuts the prefixed name in two: write " + w.after.prefix + ":" + w.word;
      }
      found.push({
        from: editor.posFromIndex(w.at),
        to: editor.posFromIndex(w.at + w.word.length),
        severity: "error",
        message: message,
      });
    }
    for (const b of scanned.brackets) {
      found.push({
        from: editor.posFromIndex(b.at),
        to: editor.posFromIndex(b.at + 1),
        severity: "error",
        message: b.stray
          ? "this " + b.ch + " closes nothing that is open"
          : "this " + b.ch + " is never closed (a " + ")}]"["({[".indexOf(b.ch)] + " is missing)",
      });
    }
    for (const at of scanned.quotes) {
      found.push({
        from: editor.posFromIndex(at),
        to: editor.posFromIndex(at + 1),
        severity: "error",
        message: "this string is never closed on its line",
      });
    }
    found.sort(function (x, y) { return x.from.line - y.from.line || x.from.ch - y.from.ch; });
    return found;
  }

  // The lint's findings as text under the editor too: readable without a mouse over the marks.
  function listProblems(found) {
    const items = found.map(function (a) {
      const li = document.createElement("li");
      li.className = a.severity;
      li.textContent = "line " + (a.from.line + 1) + ": " + a.message;
      return li;
    });
    problems.replaceChildren.apply(problems, items);
    problems.hidden = !items.length;
  }

  function hintItem(text, detail) {
    return {
      text: text,
      render: function (element) {
        const name = document.createElement("span");
        name.className = "hint-name";
        name.textContent = text;
        element.appendChild(name);
        if (detail) {
          const more = document.createElement("span");
          more.className = "hint-detail";
          more.textContent = detail;
          element.appendChild(more);
        }
      },
    };
  }

  function hint(editor) {
    const cursor = editor.getCursor();
    const before = editor.getLine(cursor.line).slice(0, cursor.ch);
    const pname = /(?:^|[^\w?$:.-])([A-Za-z][\w.-]*)?:([\w.-]*)$/.exec(before);
    if (pname) {
      const prefix = pname[1] || "";
      const local = pname[2].toLowerCase();
      const ns = Object.assign({}, prefixes, scan(editor.getValue()).declared)[prefix];
      if (ns === undefined) return null;
      const starts = [];
      const inside = [];
      for (const t of terms) {
        if (!t.iri.startsWith(ns)) continue;
        const name = t.iri.slice(ns.length);
        const lower = name.toLowerCase();
        const item = hintItem(prefix + ":" + name, [t.label, t.kind].filter(Boolean).join(" · "));
        if (lower.startsWith(local)) starts.push(item);
        else if (local && (lower.includes(local) || t.label.toLowerCase().includes(local))) inside.push(item);
      }
      const list = starts.concat(inside).slice(0, 60);
      if (!list.length) return null;
      const start = cursor.ch - prefix.length - 1 - pname[2].length;
      return { list: list, from: CodeMirror.Pos(cursor.line, start), to: cursor };
    }
    const word = /[A-Za-z_]\w*$/.exec(before);
    const typed = word ? word[0] : "";
    const lower = typed.toLowerCase();
    const list = Object.keys(prefixes)
      .filter(function (p) { return p.toLowerCase().startsWith(lower); })
      .map(function (p) { return hintItem(p + ":", prefixes[p]); })
      .concat(
        KEYWORDS.filter(function (k) { return typed && k.toLowerCase().startsWith(lower); })
          .map(function (k) { return hintItem(k, "keyword"); })
      );
    if (!list.length) return null;
    return { list: list, from: CodeMirror.Pos(cursor.line, cursor.ch - typed.length), to: cursor };
  }

  const cm = CodeMirror.fromTextArea(textarea, {
    mode: "sparql",
    inputStyle: "contenteditable",
    screenReaderLabel: "SPARQL query",
    spellcheck: false,
    lineNumbers: true,
    lineWrapping: true,
    indentUnit: 2,
    matchBrackets: true,
    autoCloseBrackets: true,
    styleActiveLine: true,
    viewportMargin: Infinity,
    gutters: ["CodeMirror-lint-markers", "CodeMirror-linenumbers", "CodeMirror-foldgutter"],
    foldGutter: { rangeFinder: prefixRange },
    foldOptions: { rangeFinder: prefixRange, widget: foldWidget },
    lint: { getAnnotations: lint, delay: 250, onUpdateLinting: listProblems },
    hintOptions: { hint: hint, completeSingle: false },
    extraKeys: {
      "Ctrl-Enter": function () { run(); },
      "Cmd-Enter": function () { run(); },
      "Ctrl-Space": "autocomplete",
      "Ctrl-Q": function (editor) { editor.foldCode(editor.getCursor()); },
      // Tab leaves the editor, so a keyboard user is never trapped in it.
      Tab: false,
      "Shift-Tab": false,
    },
  });
  // The label names the textarea CodeMirror hides; a click on it goes to the editor instead.
  document.getElementById("query-label").addEventListener("click", function (event) {
    event.preventDefault();
    cm.focus();
  });

  cm.on("inputRead", function (editor, change) {
    if (editor.state.completionActive) return;
    const typed = change.text.join("");
    if (!/^[\w:.-]$/.test(typed)) return;
    const cursor = editor.getCursor();
    // Not inside a comment or a string, nor in an IRI (after "<" or "/"): there "word:" is text.
    if (/comment|string/.test(editor.getTokenTypeAt(cursor) || "")) return;
    const before = editor.getLine(cursor.line).slice(0, cursor.ch);
    if (/(?:^|[^\w?$:.<\/-])[A-Za-z][\w.-]*:[\w.-]*$/.test(before)) editor.showHint();
  });

  // ------------------------------------------------------------------ text: URL, storage, examples

  const serverText = cm.getValue();
  let baseline = serverText; // the text last put in by the page; anything else was typed
  let example = examples.find(function (e) { return e.name === picker.value; }) || null;

  function edited() {
    return cm.getValue() !== baseline;
  }

  // A long query shared after "#" (see followUrl).
  const hashed = location.hash.startsWith("#query=")
    ? (function () {
        try {
          return decodeURIComponent(location.hash.slice("#query=".length));
        } catch (malformed) {
          return null;
        }
      })()
    : null;

  (function restoreDraft() {
    const params = new URLSearchParams(location.search);
    // A query POSTed to this page is in the server's text, not in the address.
    const explicit = params.has("query") || params.has("example") || hashed !== null || form.dataset.given === "1";
    const navigation = performance.getEntriesByType("navigation")[0];
    const reloaded = navigation && navigation.type === "reload";
    let draft = null;
    try {
      // A reload keeps what this tab had on screen; a fresh visit takes the URL's query, or the
      // last text typed on this browser when the URL names none.
      if (reloaded) draft = sessionStorage.getItem(DRAFT_KEY);
      else if (!explicit) draft = localStorage.getItem(DRAFT_KEY);
    } catch (ignored) {
      // Storage disabled: the server's text stays.
    }
    if (draft === null && hashed !== null) draft = hashed;
    if (draft !== null && draft !== serverText) {
      cm.setValue(draft);
      cm.clearHistory();
    }
  })();
  foldPrefixes();

  cm.on("changes", function () {
    const text = cm.getValue();
    try {
      sessionStorage.setItem(DRAFT_KEY, text);
      localStorage.setItem(DRAFT_KEY, text);
    } catch (ignored) {
      // Full or disabled storage: the text is only lost on reload.
    }
  });

  // The server declares the built-in prefixes itself: a shared link leaves their PREFIX lines
  // out, unless the query gives a name another namespace.
  function withoutBuiltinPrefixes(text) {
    return text
      .replace(/^[ \t]*PREFIX[ \t]+([A-Za-z][\w.-]*)?:[ \t]*<([^>]*)>[ \t]*\r?\n/gim, function (line, name, iri) {
        return prefixes[name || ""] === iri ? "" : line;
      })
      .replace(/^\s*\n/, "");
  }

  // A query too long for the address is put after "#" instead: browsers keep that part, and
  // never send it to a server, so no server or proxy cuts it. The page says so, and how the
  // server can be given it: POSTed as a form, as /sparql takes a query.
  function followUrl(text) {
    let search = "";
    let long = false;
    if (example && text === example.query) {
      search = "?example=" + encodeURIComponent(example.name);
    } else {
      const encoded = encodeURIComponent(withoutBuiltinPrefixes(text));
      if (encoded.length <= URL_LIMIT) search = "?query=" + encoded;
      else {
        search = "#query=" + encoded;
        long = true;
      }
    }
    history.replaceState(null, "", location.pathname + search);
    urlNote.hidden = !long;
    urlNote.textContent = long
      ? "This query is too long for the address's query string (" +
        text.length.toLocaleString("en") + " characters), so the address keeps it after \u201c#\u201d: " +
        "a copy of the address opens it here, in this or another browser, but the server never " +
        "sees that part (links to /sparql?query= cannot carry it). A page or a tool can open it " +
        "here by POSTing it as the form field \u201cquery\u201d to " + form.getAttribute("action") +
        " (application/x-www-form-urlencoded, as the SPARQL protocol POSTs a query); this page\u2019s " +
        "own form does so when scripts are off. This browser also keeps the text across reloads."
      : "";
  }

  function loadExample(chosen) {
    // One undoable change: Ctrl+Z in the editor brings back what was there.
    cm.operation(function () {
      cm.setValue(chosen.query);
      foldPrefixes();
    });
    baseline = chosen.query;
    example = chosen;
    run();
  }

  function chosenExample() {
    return examples.find(function (e) { return e.name === picker.value; }) || null;
  }

  picker.addEventListener("change", function () {
    const chosen = chosenExample();
    loadButton.disabled = !chosen;
    if (!chosen) return;
    if (!edited()) {
      loadExample(chosen);
    } else {
      // Never replace typed text on a mere change of selection (ArrowDown changes it too).
      status.textContent = "Your edited query is kept: press Load to replace it with this example.";
    }
  });
  loadButton.addEventListener("click", function () {
    const chosen = chosenExample();
    if (!chosen) return;
    if (edited() && !window.confirm(
      "Replace your edited query with the example \u201c" + chosen.title + "\u201d?" +
      " (Ctrl+Z in the editor brings your text back.)"
    )) return;
    loadExample(chosen);
  });
  loadButton.disabled = !chosenExample();
  loadButton.hidden = false;

  // ------------------------------------------------------------------ terms, IRIs and cells

  function curie(iri) {
    let best = null;
    for (const name in prefixes) {
      const ns = prefixes[name];
      if (iri.startsWith(ns) && (!best || ns.length > prefixes[best].length)) {
        const local = iri.slice(ns.length);
        if (/^[\w-]*(?:\.[\w-]+)*$/.test(local)) best = name;
      }
    }
    return best === null ? null : best + ":" + iri.slice(prefixes[best].length);
  }

  function href(iri) {
    if (iri.startsWith(base)) return publicUrl + iri.slice(base.length);
    if (/^https?:\/\//.test(iri)) return describeUrl + "?iri=" + encodeURIComponent(iri);
    return null;
  }

  function isNumber(term) {
    return term && term.type === "literal" && NUMERIC.has(term.datatype) && !isNaN(Number(term.value));
  }

  function iriNode(iri) {
    const target = href(iri);
    const node = document.createElement(target ? "a" : "span");
    if (target) node.href = target;
    node.className = "iri";
    node.title = iri;
    node.dataset.iri = iri;
    const short = curie(iri);
    const label = labels.get(iri);
    if (label) {
      const l = document.createElement("span");
      l.className = "label";
      l.textContent = label;
      node.appendChild(l);
      node.appendChild(document.createTextNode(" "));
    }
    const c = document.createElement("span");
    c.className = short ? "curie" : "full";
    c.textContent = short || "<" + iri + ">";
    node.appendChild(c);
    return node;
  }

  function mark(className, text, title) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    if (title) span.title = title;
    return span;
  }

  // `shared`: the datatype the column header already names, left off the cell.
  function termNode(term, shared) {
    if (term.type === "uri") return iriNode(term.value);
    if (term.type === "bnode") return mark("bnode", "_:" + term.value);
    if (term.type === "triple") {
      const t = term.value;
      const span = document.createElement("span");
      span.className = "triple";
      span.appendChild(document.createTextNode("<< "));
      for (const part of [t.subject, t.predicate, t.object]) {
        span.appendChild(termNode(part));
        span.appendChild(document.createTextNode(" "));
      }
      span.appendChild(document.createTextNode(">>"));
      return span;
    }
    const span = document.createElement("span");
    span.className = "literal";
    span.appendChild(document.createTextNode(term.value));
    if (term["xml:lang"]) span.appendChild(mark("lang", "@" + term["xml:lang"], "language tag"));
    else if (term.datatype && term.datatype !== shared) {
      span.appendChild(mark("datatype", curie(term.datatype) || "<" + term.datatype + ">", term.datatype));
    }
    return span;
  }

  // What a reader sees of a term, for the filter and for sorting.
  function termText(term) {
    if (!term) return "";
    if (term.type === "uri") {
      return (labels.get(term.value) || "") + " " + (curie(term.value) || term.value);
    }
    if (term.type === "triple") {
      const t = term.value;
      return [t.subject, t.predicate, t.object].map(termText).join(" ");
    }
    if (term.type === "bnode") return "_:" + term.value;
    return term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : "");
  }

  function sortText(term) {
    if (!term) return "";
    if (term.type === "uri") return labels.get(term.value) || curie(term.value) || term.value;
    return termText(term);
  }

  function collectIris(term, into) {
    if (!term) return;
    if (term.type === "uri") into.add(term.value);
    else if (term.type === "triple") {
      collectIris(term.value.subject, into);
      collectIris(term.value.predicate, into);
      collectIris(term.value.object, into);
    }
  }

  // ------------------------------------------------------------------ the results table

  let view = null;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function showTable(data) {
    const vars = data.head.vars || [];
    const rows = data.results.bindings;
    const numeric = vars.map(function (v) {
      let any = false;
      for (const row of rows) {
        if (!row[v]) continue;
        if (!isNumber(row[v])) return false;
        any = true;
      }
      return any;
    });
    // A column whose literals all have one datatype names it once, in its header.
    const shared = vars.map(function (v) {
      let type = null;
      for (const row of rows) {
        const term = row[v];
        if (!term) continue;
        if (term.type !== "literal" || !term.datatype || (type && term.datatype !== type)) return null;
        type = term.datatype;
      }
      return type;
    });
    view = {
      vars: vars, rows: rows, numeric: numeric, shared: shared, order: rows,
      sortBy: null, descending: false, page: 0,
    };
    const table = document.createElement("table");
    table.className = "results";
    const head = table.createTHead().insertRow();
    vars.forEach(function (v, i) {
      const th = document.createElement("th");
      th.scope = "col";
      th.setAttribute("aria-sort", "none");
      if (numeric[i]) th.className = "num";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = v;
      button.title = "Sort by " + v;
      button.addEventListener("click", function () { sortBy(i); });
      th.appendChild(button);
      if (shared[i]) th.appendChild(mark("datatype", curie(shared[i]) || "<" + shared[i] + ">", shared[i]));
      head.appendChild(th);
    });
    table.createTBody();
    results.replaceChildren(table);
    filterBox.value = "";
    tools.hidden = false;
    applyFilter();
    fetchLabels(rows);
  }

  function applyFilter() {
    const needle = filterBox.value.trim().toLowerCase();
    const sorted = sortedRows();
    view.order = needle
      ? sorted.filter(function (row) {
          return view.vars.some(function (v) { return termText(row[v]).toLowerCase().includes(needle); });
        })
      : sorted;
    view.page = 0;
    renderPage();
  }

  function sortedRows() {
    if (view.sortBy === null) return view.rows;
    const v = view.vars[view.sortBy];
    const numeric = view.numeric[view.sortBy];
    const sign = view.descending ? -1 : 1;
    return view.rows.slice().sort(function (a, b) {
      const x = a[v];
      const y = b[v];
      if (!x || !y) return x ? -1 : y ? 1 : 0; // unbound last, either way
      if (numeric) return sign * (Number(x.value) - Number(y.value));
      return sign * collator.compare(sortText(x), sortText(y));
    });
  }

  function sortBy(index) {
    view.descending = view.sortBy === index ? !view.descending : false;
    view.sortBy = index;
    const ths = results.querySelectorAll("thead th");
    ths.forEach(function (th, i) {
      th.setAttribute("aria-sort", i === index ? (view.descending ? "descending" : "ascending") : "none");
    });
    applyFilter();
  }

  function renderPage() {
    const table = results.querySelector("table.results");
    const body = table.tBodies[0];
    const start = view.page * PAGE_SIZE;
    const slice = view.order.slice(start, start + PAGE_SIZE);
    const rows = slice.map(function (row) {
      const tr = document.createElement("tr");
      view.vars.forEach(function (v, i) {
        const td = document.createElement("td");
        const term = row[v];
        if (term) {
          td.appendChild(termNode(term, view.shared[i]));
          if (isNumber(term)) td.className = "num";
        }
        tr.appendChild(td);
      });
      return tr;
    });
    body.replaceChildren.apply(body, rows);
    const total = view.order.length;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    shown.textContent = total
      ? "rows " + (start + 1).toLocaleString("en") + "–" + (start + slice.length).toLocaleString("en") +
        " of " + total.toLocaleString("en") +
        (total !== view.rows.length ? " (filtered from " + view.rows.length.toLocaleString("en") + ")" : "")
      : "no row matches";
    renderPager(pages);
    labelPage(slice);
  }

  function pageButton(pager, text, label, page, disabled, className) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.textContent = text;
    button.setAttribute("aria-label", label);
    button.disabled = disabled;
    button.addEventListener("click", function () {
      view.page = page;
      renderPage();
      // Keep the keyboard where it was: the same control after the page changes.
      const again = pager.querySelector("button." + className);
      if (again && !again.disabled) again.focus();
      else pager.querySelector(".page-of").focus();
    });
    return button;
  }

  function renderPager(pages) {
    for (const pager of pagers) {
      if (pages <= 1) {
        pager.hidden = true;
        pager.replaceChildren();
        continue;
      }
      const p = view.page;
      const of = document.createElement("span");
      of.className = "page-of";
      of.tabIndex = -1;
      of.textContent = "page " + (p + 1) + " of " + pages;
      pager.replaceChildren(
        pageButton(pager, "« First", "First page", 0, p === 0, "page-first"),
        pageButton(pager, "‹ Previous", "Previous page", p - 1, p === 0, "page-prev"),
        of,
        pageButton(pager, "Next ›", "Next page", p + 1, p >= pages - 1, "page-next"),
        pageButton(pager, "Last »", "Last page", pages - 1, p >= pages - 1, "page-last")
      );
      pager.hidden = false;
    }
  }

  filterBox.addEventListener("input", function () { if (view) applyFilter(); });

  // ------------------------------------------------------------------ labels

  let labelController = new AbortController(); // aborted when the results it labels go
  const pending = new Set();

  function labelQuery(iris) {
    // Only IRIs that are valid IRIREFs are written into the query; anything else is left
    // unlabelled rather than escaped into a string the parser would read otherwise.
    const refs = iris.filter(function (i) { return IRI_CHARS.test(i); })
      .map(function (i) { return "<" + i + ">"; });
    if (!refs.length) return null;
    return (
      "SELECT ?i ?p ?l WHERE {\n  VALUES ?i { " + refs.join(" ") + " }\n" +
      "  VALUES ?p { <" + RDFS_LABEL + "> <" + SKOS_PREF_LABEL + "> }\n" +
      "  ?i ?p ?l FILTER (isLiteral(?l) && (lang(?l) = \"\" || langMatches(lang(?l), \"en\")))\n}"
    );
  }

  function unlabelled(rows) {
    const found = new Set();
    for (const row of rows) for (const v in row) collectIris(row[v], found);
    return Array.from(found).filter(function (i) { return !labels.has(i) && !pending.has(i); });
  }

  // Labels are a help, not the answer: a label query that fails leaves the CURIEs as they are.
  async function askLabels(iris) {
    const signal = labelController.signal;
    const text = labelQuery(iris);
    for (const iri of iris) pending.add(iri);
    try {
      const data = text ? await post(text, "application/sparql-results+json", signal)
        .then(function (response) { return response.ok ? response.json() : null; }) : null;
      const rank = new Map();
      for (const row of data ? data.results.bindings : []) {
        const iri = row.i.value;
        const r = row.p.value === RDFS_LABEL ? 1 : 2;
        if (!rank.has(iri) || r < rank.get(iri)) {
          rank.set(iri, r);
          labels.set(iri, row.l.value);
        }
      }
      if (data || !text) for (const iri of iris) if (!labels.has(iri)) labels.set(iri, "");
    } catch (ignored) {
      // Aborted by a new run, or the endpoint is gone: the run itself reports that.
    } finally {
      for (const iri of iris) pending.delete(iri);
    }
    if (!signal.aborted) relabel();
  }

  // The page on screen is asked for as it is shown (labelPage); the rest of the result follows
  // in batches, up to the cap, so sorting and filtering by label work across pages.
  async function fetchLabels(rows) {
    const signal = labelController.signal;
    const wanted = unlabelled(rows).slice(0, LABEL_CAP);
    for (let i = 0; i < wanted.length && !signal.aborted; i += LABEL_BATCH) {
      await askLabels(wanted.slice(i, i + LABEL_BATCH));
    }
  }

  function labelPage(slice) {
    const ask = unlabelled(slice);
    if (ask.length) askLabels(ask);
  }

  function relabel() {
    results.querySelectorAll(".iri").forEach(function (node) {
      const label = labels.get(node.dataset.iri);
      if (label && !node.querySelector(".label")) {
        const l = document.createElement("span");
        l.className = "label";
        l.textContent = label;
        node.prepend(l, document.createTextNode(" "));
      }
    });
  }

  // ------------------------------------------------------------------ graphs

  // N-Triples, as the endpoint writes a graph, read into rows of SPARQL JSON terms (subject,
  // predicate, object), so a graph is shown in the table a SELECT's answer is shown in. A line
  // this reader does not follow is kept whole, as text in the subject column.
  const NT_ESCAPES = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };
  const NT_LITERAL = /"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?/y;
  const NT_BNODE = /_:([^\s<>"]+?)(?=[\s)]|\.?\s*$|\.\s)/y;

  function ntUnescape(text) {
    return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, function (m, u, U, c) {
      if (u || U) return String.fromCodePoint(parseInt(u || U, 16));
      return NT_ESCAPES[c] !== undefined ? NT_ESCAPES[c] : c;
    });
  }

  function ntTerm(line, at) {
    while (line[at] === " " || line[at] === "\t") at++;
    if (line.startsWith("<<(", at)) {
      const s = ntTerm(line, at + 3);
      const p = ntTerm(line, s[1]);
      const o = ntTerm(line, p[1]);
      let end = o[1];
      while (line[end] === " " || line[end] === "\t") end++;
      if (!line.startsWith(")>>", end)) throw new Error("triple term");
      return [{ type: "triple", value: { subject: s[0], predicate: p[0], object: o[0] } }, end + 3];
    }
    if (line[at] === "<") {
      const end = line.indexOf(">", at);
      if (end < 0) throw new Error("IRI");
      return [{ type: "uri", value: ntUnescape(line.slice(at + 1, end)) }, end + 1];
    }
    if (line.startsWith("_:", at)) {
      NT_BNODE.lastIndex = at;
      const m = NT_BNODE.exec(line);
      if (!m) throw new Error("blank node");
      return [{ type: "bnode", value: m[1] }, NT_BNODE.lastIndex];
    }
    NT_LITERAL.lastIndex = at;
    const m = NT_LITERAL.exec(line);
    if (!m) throw new Error("term");
    const term = { type: "literal", value: ntUnescape(m[1]) };
    if (m[2]) term.datatype = m[2];
    if (m[3]) term["xml:lang"] = m[3];
    return [term, NT_LITERAL.lastIndex];
  }

  function parseNTriples(body) {
    const rows = [];
    for (const raw of body.split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("#")) continue;
      try {
        const s = ntTerm(line, 0);
        const p = ntTerm(line, s[1]);
        const o = ntTerm(line, p[1]);
        rows.push({ subject: s[0], predicate: p[0], object: o[0] });
      } catch (notRead) {
        rows.push({ subject: { type: "literal", value: line } });
      }
    }
    return rows;
  }

  function showText(body) {
    const pre = document.createElement("pre");
    pre.className = "rdf";
    pre.textContent = body;
    results.replaceChildren(pre);
    tools.hidden = true;
    for (const pager of pagers) pager.hidden = true;
  }

  let graphTable = null; // the triples of the graph on screen, to go back from Turtle
  turtleButton.addEventListener("click", async function () {
    if (!graphTable || lastText === null) return;
    if (turtleButton.textContent === "Show as table") {
      showTable({ head: { vars: ["subject", "predicate", "object"] }, results: { bindings: graphTable } });
      turtleButton.textContent = "Show as Turtle";
      return;
    }
    const response = await post(lastText, "text/turtle");
    if (!response.ok) {
      showError("The Turtle could not be fetched: " + response.status, null);
      return;
    }
    showText(await response.text());
    turtleButton.textContent = "Show as table";
  });

  // ------------------------------------------------------------------ running

  let current = null; // the run in flight: { controller, timer, started }
  let generation = 0;
  let lastText = null;
  let lastKind = null; // "solutions" or "graph"
  let errorMark = null;

  function post(text, accept, signal) {
    return fetch(endpoint, {
      method: "POST",
      headers: { Accept: accept, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: text }),
      signal: signal,
    });
  }

  function seconds(started) {
    return ((performance.now() - started) / 1000).toFixed(1) + " s";
  }

  function clear() {
    results.replaceChildren();
    tools.hidden = true;
    turtleButton.hidden = true;
    graphTable = null;
    for (const pager of pagers) {
      pager.hidden = true;
      pager.replaceChildren();
    }
    view = null;
    labelController.abort();
    labelController = new AbortController();
    errorBox.hidden = true;
    errorBox.textContent = "";
    if (errorMark) errorMark.clear();
    errorMark = null;
  }

  function showError(message, text) {
    errorBox.hidden = false;
    errorBox.textContent = message;
    const at = /line (\d+), column (\d+)/.exec(message);
    if (!at || text !== cm.getValue()) return;
    const line = Math.min(Number(at[1]), cm.lineCount()) - 1;
    const ch = Math.max(Number(at[2]) - 1, 0);
    // The parser names what it expected; the lint often knows the slip itself (LIMT for LIMIT,
    // an undeclared prefix), so its findings up to that line are given with the message.
    const slips = lint(text, {}, cm).filter(function (a) {
      // A word the server's message already names as no keyword is not said twice.
      const word = a.message.split(" ")[0];
      const named = / is not a SPARQL keyword/.test(a.message) && message.includes(" " + word + " at line ");
      return a.severity === "error" && a.from.line <= line && !named;
    });
    if (slips.length) {
      errorBox.textContent = message + "\n\nLikely cause:\n" + slips.map(function (a) {
        return "line " + (a.from.line + 1) + ", column " + (a.from.ch + 1) + ": " + a.message;
      }).join("\n");
    }
    const length = cm.getLine(line).length;
    const pos = CodeMirror.Pos(line, ch);
    if (length) {
      // At the end of a line the parser stopped after its last character: mark that one.
      const from = Math.min(ch, length - 1);
      errorMark = cm.markText(CodeMirror.Pos(line, from), CodeMirror.Pos(line, from + 1), {
        className: "query-error-at",
      });
    }
    cm.focus();
    cm.setCursor(pos);
    cm.scrollIntoView(pos, 40);
  }

  function finish(run) {
    clearInterval(run.timer);
    if (current === run) {
      current = null;
      runButton.disabled = false;
      cancelButton.disabled = true;
    }
  }

  async function run() {
    // A new run replaces the one in flight: its answer would otherwise land on top of this one.
    if (current) current.controller.abort();
    const mine = ++generation;
    const text = cm.getValue();
    clear();
    followUrl(text);
    csvButton.disabled = jsonButton.disabled = true;
    const me = { controller: new AbortController(), started: performance.now(), timer: null };
    current = me;
    runButton.disabled = true;
    cancelButton.disabled = false;
    status.textContent = "Running…";
    me.timer = setInterval(function () {
      status.textContent = "Running… " + seconds(me.started);
    }, 100);
    try {
      const response = await post(text, "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8", me.controller.signal);
      const type = (response.headers.get("Content-Type") || "").split(";")[0];
      if (!response.ok) {
        let message = response.status + " " + response.statusText;
        try {
          const body = await response.json();
          message = body.error || message;
        } catch (ignored) {
          // Not JSON: the status line says what there is to say.
        }
        if (mine !== generation) return;
        finish(me);
        status.textContent = "";
        showError(message, text);
        return;
      }
      const took = ((performance.now() - me.started) / 1000).toFixed(2);
      if (type === "application/sparql-results+json") {
        const data = await response.json();
        await vocabularyReady;
        if (mine !== generation) return;
        finish(me);
        lastKind = "solutions";
        if (typeof data.boolean === "boolean") {
          const p = document.createElement("p");
          p.className = "boolean";
          p.textContent = data.boolean ? "true" : "false";
          results.replaceChildren(p);
          status.textContent = "answer in " + took + " s";
        } else {
          const count = data.results.bindings.length;
          status.textContent = count.toLocaleString("en") + " row" + (count === 1 ? "" : "s") + " in " + took + " s";
          showTable(data);
        }
      } else {
        // A graph (CONSTRUCT, DESCRIBE) comes as N-Triples and is shown in the same table, a
        // triple a row; "Show as Turtle" asks for it again as Turtle text.
        const body = await response.text();
        await vocabularyReady;
        if (mine !== generation) return;
        finish(me);
        lastKind = "graph";
        const triples = type === "application/n-triples" ? parseNTriples(body) : null;
        if (triples) {
          const count = triples.length;
          status.textContent = "graph of " + count.toLocaleString("en") + " triple" + (count === 1 ? "" : "s") + " in " + took + " s";
          showTable({ head: { vars: ["subject", "predicate", "object"] }, results: { bindings: triples } });
          graphTable = triples;
          turtleButton.textContent = "Show as Turtle";
          turtleButton.hidden = false;
        } else {
          showText(body);
          status.textContent = "graph in " + took + " s";
        }
      }
      lastText = text;
      csvButton.textContent = lastKind === "graph" ? "Download Turtle" : "Download CSV";
      jsonButton.textContent = lastKind === "graph" ? "Download JSON-LD" : "Download JSON";
      csvButton.disabled = jsonButton.disabled = false;
    } catch (err) {
      if (mine !== generation) return;
      finish(me);
      if (err.name === "AbortError") {
        status.textContent = "Cancelled after " + seconds(me.started);
      } else {
        status.textContent = "";
        showError("The endpoint could not be reached: " + err.message, text);
      }
    } finally {
      clearInterval(me.timer);
    }
  }

  async function download(which) {
    const formats = {
      solutions: { csv: ["text/csv", "results.csv"], json: ["application/sparql-results+json", "results.json"] },
      graph: { csv: ["text/turtle", "results.ttl"], json: ["application/ld+json", "results.jsonld"] },
    };
    const [accept, name] = formats[lastKind || "solutions"][which];
    // The query that made the table on screen, not what the editor holds now.
    const response = await post(lastText, accept);
    if (!response.ok) {
      showError("The download failed: " + response.status, null);
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
  cancelButton.addEventListener("click", function () {
    if (current) current.controller.abort();
  });
  csvButton.addEventListener("click", function () { download("csv"); });
  jsonButton.addEventListener("click", function () { download("json"); });

  // Results wait for it (it is small and asked for first), so a table is drawn once, with its
  // CURIEs, rather than redrawn under the reader when the prefixes arrive.
  const vocabularyReady = fetch(form.dataset.vocabulary)
    .then(function (response) { return response.json(); })
    .then(function (vocabulary) {
      prefixes = vocabulary.prefixes;
      terms = vocabulary.terms;
      known = new Set(terms.map(function (t) { return t.iri; }));
      cm.performLint();
    })
    .catch(function () {
      // Without the list the editor still highlights and runs; it only cannot complete or lint
      // terms.
    });

  if (form.dataset.autorun) run();
})();
