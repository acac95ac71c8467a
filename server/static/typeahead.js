// Suggestions under a search box as one types, from /search.json (the server's label index).
// Arrow keys move through them, Enter opens the chosen one (or searches, if none is chosen),
// Escape closes them. Works on the header box and on any input[data-typeahead].
(function () {
  "use strict";
  var LIMIT = 8;
  var DELAY = 120; // ms of quiet before asking, so fast typing sends one request

  function attach(input, endpoint) {
    var form = input.form;
    var box = form || input.parentNode;
    box.classList.add("typeahead");
    var list = document.createElement("ul");
    var id = (input.id || "q") + "-suggestions";
    list.id = id;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var timer = null;
    var pending = null;
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function select(index) {
      items.forEach(function (li, i) {
        li.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(results) {
      close();
      results.forEach(function (hit, i) {
        var li = document.createElement("li");
        li.id = id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.href = hit.href;
        var name = document.createElement("span");
        name.textContent = hit.label;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = hit.kind;
        li.appendChild(name);
        li.appendChild(kind);
        li.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box until the page changes
          window.location.assign(hit.href);
        });
        list.appendChild(li);
        items.push(li);
      });
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function ask() {
      var text = input.value.trim();
      if (pending) pending.abort();
      if (!text) { close(); return; }
      pending = new AbortController();
      var url = endpoint + "?limit=" + LIMIT + "&q=" + encodeURIComponent(text);
      fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          if (input.value.trim() === text && document.activeElement === input) show(data.results);
        })
        .catch(function () { /* aborted by newer typing, or the server went away: no list */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        select((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        select(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].dataset.href);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  function endpointOf(input) {
    if (input.dataset.typeahead) return input.dataset.typeahead;
    var action = input.form && input.form.getAttribute("action");
    return action ? action.replace(/\/?$/, "") + ".json" : null;
  }

  var seen = [];
  document.querySelectorAll("header.site form.search input[name=q], input[data-typeahead]")
    .forEach(function (input) {
      var endpoint = endpointOf(input);
      if (endpoint && seen.indexOf(input) < 0) {
        seen.push(input);
        attach(input, endpoint);
      }
    });
})();
