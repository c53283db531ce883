/* The report's behaviour: the finding panel, hover, criterion evidence, sortable overview, and
   the #selftest check the browser test relies on. No library, no network: plain DOM. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mslint-data").textContent);
  var SEVERITY = {error: "\u2716", warning: "\u25B2", info: "\u25CF"};
  var panel = document.getElementById("panel");
  var panelBody = panel.querySelector(".panel-body");
  var opener = null;

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function ids(value) {
    return value ? value.split(" ") : [];
  }

  function marksOf(kind, id) {
    return Array.prototype.slice.call(document.querySelectorAll("mark[data-" + kind + '~="' + id + '"]'));
  }

  function setClass(nodes, name, on) {
    nodes.forEach(function (node) { node.classList.toggle(name, on); });
  }

  function position(item) {
    var from = "line " + item.line + ", column " + item.column;
    if (item.end_line === item.line) return from + "\u2013" + item.end_column;
    return from + " to line " + item.end_line + ", column " + item.end_column;
  }

  /* -- the finding panel ----------------------------------------------------------------- */

  function findingCard(id) {
    var finding = data.findings[id];
    var card = make("section", "card s-" + finding.severity);
    card.setAttribute("data-finding", id);
    var head = make("p", "card-head");
    var severity = make("span", "sev");
    severity.appendChild(make("span", "icon", SEVERITY[finding.severity])).setAttribute("aria-hidden", "true");
    severity.appendChild(document.createTextNode(" " + finding.severity));
    head.appendChild(severity);
    head.appendChild(make("code", null, finding.code));
    head.appendChild(make("span", "name", finding.name));
    card.appendChild(head);
    card.appendChild(make("p", "message", finding.message));
    card.appendChild(make("p", "at", position(finding)));
    if (finding.excerpt) card.appendChild(make("blockquote", "excerpt", finding.excerpt));
    if (finding.suggestion) {
      var suggestion = make("p", "suggestion");
      suggestion.appendChild(make("strong", null, "Suggestion: "));
      suggestion.appendChild(document.createTextNode(finding.suggestion));
      card.appendChild(suggestion);
    }
    var explain = data.explain[finding.code];
    if (explain) {
      var details = make("details", "explain");
      details.open = true;
      details.appendChild(make("summary", null, "About " + finding.code + " (mslint --explain " + finding.code + ")"));
      details.appendChild(make("pre", null, explain));
      card.appendChild(details);
    }
    return card;
  }

  function openPanel(findingIds, from) {
    panelBody.textContent = "";
    findingIds.forEach(function (id) { panelBody.appendChild(findingCard(id)); });
    panel.querySelector("#panel-title").textContent =
      findingIds.length === 1 ? "Finding" : findingIds.length + " findings here";
    setClass(Array.prototype.slice.call(document.querySelectorAll("mark.current")), "current", false);
    findingIds.forEach(function (id) { setClass(marksOf("f", id), "current", true); });
    panel.hidden = false;
    document.body.classList.add("panel-open");
    opener = from || null;
    panel.querySelector(".close").focus({preventScroll: true});
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    setClass(Array.prototype.slice.call(document.querySelectorAll("mark.current")), "current", false);
    if (opener && opener.focus) opener.focus({preventScroll: true});
    opener = null;
  }

  function reveal(node) {
    if (node && node.scrollIntoView) node.scrollIntoView({block: "center"});
  }

  /* -- criteria ---------------------------------------------------------------------------- */

  function toggleCriterion(item, on) {
    var article = item.closest("article");
    Array.prototype.slice.call(article.querySelectorAll(".crit.active")).forEach(function (other) {
      if (other === item) return;
      other.classList.remove("active");
      other.querySelector(".crit-toggle").setAttribute("aria-pressed", "false");
      ids(other.getAttribute("data-evidence")).forEach(function (id) { setClass(marksOf("e", id), "ev-on", false); });
    });
    item.classList.toggle("active", on);
    item.querySelector(".crit-toggle").setAttribute("aria-pressed", on ? "true" : "false");
    ids(item.getAttribute("data-evidence")).forEach(function (id) { setClass(marksOf("e", id), "ev-on", on); });
  }

  /* -- the sortable overview --------------------------------------------------------------- */

  function sortTable(button) {
    var header = button.closest("th");
    var table = button.closest("table");
    var column = Number(button.getAttribute("data-sort-column"));
    var numeric = button.getAttribute("data-type") === "number";
    /* Numbers sort largest first on the first click (most errors, best score); names A to Z. */
    var current = header.getAttribute("aria-sort");
    var ascending = current === "none" ? !numeric : current === "descending";
    Array.prototype.slice.call(table.querySelectorAll("th")).forEach(function (th) { th.setAttribute("aria-sort", "none"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  /* -- events ------------------------------------------------------------------------------ */

  document.addEventListener("click", function (event) {
    var target = event.target;
    var mark = target.closest("mark.hl");
    if (mark) {
      openPanel(ids(mark.getAttribute("data-f")), mark);
      return;
    }
    var link = target.closest("[data-goto-f]");
    if (link) {
      event.preventDefault();
      var id = link.getAttribute("data-goto-f");
      var first = marksOf("f", id)[0];
      reveal(first);
      openPanel([id], link);
      return;
    }
    var evidence = target.closest("[data-goto-e]");
    if (evidence) {
      event.preventDefault();
      var item = evidence.closest(".crit");
      toggleCriterion(item, true);
      reveal(marksOf("e", evidence.getAttribute("data-goto-e"))[0]);
      return;
    }
    var toggle = target.closest("button.crit-toggle");
    if (toggle) {
      var criterion = toggle.closest(".crit");
      toggleCriterion(criterion, !criterion.classList.contains("active"));
      return;
    }
    var sorter = target.closest("button[data-sort-column]");
    if (sorter) {
      sortTable(sorter);
      return;
    }
    if (target.closest(".panel .close")) closePanel();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closePanel();
      return;
    }
    var mark = event.target.closest && event.target.closest("mark.hl");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openPanel(ids(mark.getAttribute("data-f")), mark);
    }
  });

  /* Hovering one piece of a finding lights up all of its pieces (it may span lines or overlap). */
  function hover(event, on) {
    var mark = event.target.closest && event.target.closest("mark.hl");
    if (!mark) return;
    ids(mark.getAttribute("data-f")).forEach(function (id) { setClass(marksOf("f", id), "hover", on); });
  }
  document.addEventListener("mouseover", function (event) { hover(event, true); });
  document.addEventListener("mouseout", function (event) { hover(event, false); });

  /* -- #selftest: the page checks itself; the browser test reads the verdict --------------- */

  function codePoints(text) {
    return Array.from(text).length; /* mslint counts columns in characters, not UTF-16 units */
  }

  /* line:column just before `mark` and just after it, from the line element's text. */
  function positions(mark) {
    var line = mark.closest(".ln");
    var before = "";
    for (var node = line.firstChild; node && node !== mark; node = node.nextSibling) before += node.textContent;
    var n = Number(line.getAttribute("data-n"));
    var start = [n, codePoints(before) + 1];
    var text = before + mark.textContent;
    var end = text === line.textContent && /(\r\n|\r|\n)$/.test(text) ? [n + 1, 1] : [n, codePoints(text) + 1];
    return {start: start, end: end};
  }

  function checkPlaced(kind, table, failures) {
    var checked = 0;
    Object.keys(table).forEach(function (id) {
      var item = table[id];
      if (!item.placed) return;
      checked += 1;
      var name = (kind === "f" ? "finding " : "evidence ") + id + (item.code ? " (" + item.code + ")" : "");
      var marks = marksOf(kind, id);
      if (!marks.length) {
        failures.push(name + ": not marked in the text");
        return;
      }
      var text = marks.map(function (mark) { return mark.textContent; }).join("");
      if (text !== item.excerpt) failures.push(name + ": marked " + JSON.stringify(text) + ", expected " + JSON.stringify(item.excerpt));
      if (marks[0].closest("article").id !== item.article) failures.push(name + ": marked in the wrong article");
      var start = positions(marks[0]).start, end = positions(marks[marks.length - 1]).end;
      if (start[0] !== item.line || start[1] !== item.column || end[0] !== item.end_line || end[1] !== item.end_column) {
        failures.push(name + ": marked at " + start.join(":") + "-" + end.join(":") + ", expected " +
          item.line + ":" + item.column + "-" + item.end_line + ":" + item.end_column);
      }
    });
    return checked;
  }

  function checkBehaviour(failures) {
    var mark = document.querySelector("mark.hl");
    if (mark) {
      var id = ids(mark.getAttribute("data-f"))[0];
      var finding = data.findings[id];
      mark.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
      if (!marksOf("f", id).every(function (m) { return m.classList.contains("hover"); })) failures.push("hover does not light up every piece of finding " + id);
      mark.dispatchEvent(new MouseEvent("mouseout", {bubbles: true}));
      mark.click();
      var shown = panel.hidden ? "" : panelBody.textContent;
      if (panel.hidden) failures.push("clicking a marked passage does not open the panel");
      [finding.code, finding.message, finding.suggestion, data.explain[finding.code]].forEach(function (part) {
        if (part && shown.indexOf(part) < 0) failures.push("the panel lacks " + JSON.stringify(part.slice(0, 60)));
      });
      document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
      if (!panel.hidden) failures.push("Escape does not close the panel");
    }
    var toggle = document.querySelector(".crit[data-evidence]:not([data-evidence='']) button.crit-toggle");
    if (toggle) {
      var evidence = ids(toggle.closest(".crit").getAttribute("data-evidence"));
      toggle.click();
      if (!evidence.every(function (e) { return marksOf("e", e).every(function (m) { return m.classList.contains("ev-on"); }); })) {
        failures.push("clicking a criterion does not mark its evidence");
      }
      toggle.click();
      if (document.querySelector("mark.ev-on")) failures.push("clicking a criterion again does not unmark its evidence");
    }
    var sorter = document.querySelector("button[data-sort-column='2']");
    if (sorter) {
      var values = function () {
        return Array.prototype.map.call(sorter.closest("table").tBodies[0].rows, function (row) { return Number(row.cells[2].getAttribute("data-sort")); });
      };
      sorter.click();
      var down = values();
      sorter.click();
      var up = values();
      var sorted = function (list, sign) { return list.every(function (v, i) { return !i || sign * (v - list[i - 1]) >= 0; }); };
      if (!sorted(down, -1) || !sorted(up, 1)) failures.push("sorting by errors gives " + down + " then " + up);
    }
  }

  function selfTest() {
    var failures = [];
    var checked = checkPlaced("f", data.findings, failures) + checkPlaced("e", data.evidence, failures);
    try {
      checkBehaviour(failures);
    } catch (error) {
      failures.push("behaviour check crashed: " + error);
    }
    /* Reported a turn later, so errors raised by the handlers above are counted too. */
    setTimeout(function () {
      var verdict = {checked: checked, failures: failures, errors: window.__mslintErrors || ["errors.js did not run"]};
      verdict.ok = !failures.length && !verdict.errors.length;
      var out = make("pre", null, JSON.stringify(verdict));
      out.id = "mslint-selftest";
      out.hidden = true;
      document.body.appendChild(out);
    }, 0);
  }

  if (location.hash === "#selftest") {
    if (document.readyState === "complete") selfTest();
    else window.addEventListener("load", selfTest);
  }
})();
