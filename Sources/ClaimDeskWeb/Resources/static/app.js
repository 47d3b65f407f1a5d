// ClaimDesk workbench: keyboard shortcuts, the help overlay, announcements and selection-to-claim.
// Every action also works without this script (plain links and forms); it only saves keystrokes.
(function () {
  "use strict";
  var storageKey = "claimdesk.keysOff";
  var help = document.getElementById("help");
  var live = document.getElementById("live");

  function keysOff() {
    try { return window.localStorage.getItem(storageKey) === "1"; } catch (e) { return false; }
  }

  function announce(text) {
    if (!live || !text) { return; }
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function toggleHelp(show) {
    if (!help) { return; }
    help.hidden = !show;
    if (show) { document.getElementById("help-close").focus(); }
  }

  // j/k: move through the claims of a list, or go to the next/previous claim from a claim panel.
  function move(step) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".claim-item"));
    if (items.length === 0) {
      var link = document.getElementById(step > 0 ? "next-claim" : "prev-claim");
      if (link) { window.location.href = link.href; }
      return;
    }
    var index = items.findIndex(function (item) { return item.classList.contains("current"); });
    index = Math.min(items.length - 1, Math.max(0, index + step));
    items.forEach(function (item) { item.classList.remove("current"); });
    var item = items[index];
    item.classList.add("current");
    var anchor = item.querySelector("a");
    if (anchor) { anchor.focus(); }
    highlight(item.getAttribute("data-claim"));
  }

  function highlight(claimId) {
    document.querySelectorAll(".hl.current").forEach(function (mark) { mark.classList.remove("current"); });
    if (!claimId) { return; }
    var first = null;
    document.querySelectorAll(".hl").forEach(function (mark) {
      if ((mark.getAttribute("data-claims") || "").split(" ").indexOf(claimId) >= 0) {
        mark.classList.add("current");
        if (!first) { first = mark; }
      }
    });
    if (first) { first.scrollIntoView({ block: "center" }); }
  }

  // v/d/f/x: set the status on a claim panel (the server applies the guardrail and explains a refusal).
  function setStatus(status) {
    var form = document.getElementById("status-form");
    if (!form) { return; }
    form.querySelector("select[name=status]").value = status;
    var note = form.querySelector("textarea[name=note]");
    if (status === "dismissed" && note && note.value.trim() === "") {
      note.focus();
      announce("Dismissing needs a note: write why, then press Set status.");
      return;
    }
    announce("Setting status to " + status.replace("_", " ") + "…");
    form.submit();
  }

  function focusField(id) {
    var field = document.getElementById(id);
    if (field) { field.focus(); if (field.scrollIntoView) { field.scrollIntoView({ block: "center" }); } }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (help && !help.hidden) { toggleHelp(false); event.preventDefault(); return; }
      if (typing(event.target)) { event.target.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    if (event.key === "?") { toggleHelp(help && help.hidden); event.preventDefault(); return; }
    if (keysOff()) { return; }
    var actions = {
      j: function () { move(1); },
      k: function () { move(-1); },
      v: function () { setStatus("verified"); },
      d: function () { setStatus("disputed"); },
      f: function () { setStatus("false"); },
      x: function () { setStatus("dismissed"); },
      s: function () { focusField("source-url"); },
      e: function () { focusField("edit-text"); },
      "/": function () { focusField("q"); }
    };
    var action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  // A selection in the article fills the add-claim form with its text and UTF-16 offsets; the server converts
  // them to the stored scalar offsets. Every segment of the article carries its start in data-o.
  function offsetOf(node, offset) {
    var element = node.nodeType === 3 ? node.parentElement : null;
    var segment = element ? element.closest("[data-o]") : null;
    return segment ? parseInt(segment.getAttribute("data-o"), 10) + offset : null;
  }

  function captureSelection() {
    var selection = window.getSelection();
    var quote = document.getElementById("quote");
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !quote) { return; }
    var range = selection.getRangeAt(0);
    var article = document.getElementById("article");
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) { return; }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    quote.value = selection.toString();
    document.getElementById("start16").value = start === null || end === null ? "" : String(start);
    document.getElementById("end16").value = start === null || end === null ? "" : String(end);
    announce("Selection copied to the Add claim form.");
  }

  // Live updates: the server says when the workspace's history moves (another reviewer, the CLI); the page is
  // fetched again and only the parts marked data-live are swapped. Forms are never among them, so nothing being
  // typed is lost; a part holding the focus or the reader's selection waits for the next change.
  function follow() {
    var head = document.body.getAttribute("data-head");
    if (head === null || !window.EventSource || !window.fetch || !window.DOMParser) { return; }
    var source = new EventSource("/live?since=" + encodeURIComponent(head));
    source.addEventListener("change", function (event) {
      source.close();
      refresh(event.data);
    });
  }

  function holdsReader(element) {
    if (element.contains(document.activeElement) && document.activeElement !== document.body) { return true; }
    var selection = window.getSelection();
    return selection && !selection.isCollapsed && selection.rangeCount > 0 &&
      element.contains(selection.getRangeAt(0).commonAncestorContainer);
  }

  function refresh(head) {
    window.fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var changed = false;
        document.querySelectorAll("[data-live][id]").forEach(function (element) {
          var replacement = fresh.getElementById(element.id);
          if (!replacement || holdsReader(element) || replacement.innerHTML === element.innerHTML) { return; }
          element.replaceWith(document.importNode(replacement, true));
          changed = true;
        });
        document.body.setAttribute("data-head", fresh.body.getAttribute("data-head") || head);
        if (changed) { announce("Updated: this page shows a change made elsewhere."); }
        follow();
      })
      .catch(function () { window.setTimeout(follow, 5000); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("help-button");
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () { toggleHelp(true); });
    }
    var close = document.getElementById("help-close");
    if (close) { close.addEventListener("click", function () { toggleHelp(false); }); }
    var off = document.getElementById("keys-off");
    if (off) {
      off.checked = keysOff();
      off.addEventListener("change", function () {
        try { window.localStorage.setItem(storageKey, off.checked ? "1" : "0"); } catch (e) { /* private mode */ }
      });
    }
    // Delegated, so that the article still answers after a live update replaced it.
    ["mouseup", "keyup"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (event.target && event.target.closest && event.target.closest("#article")) { captureSelection(); }
      });
    });
    follow();
    var quote = document.getElementById("quote");
    if (quote) {
      quote.addEventListener("input", function () {
        document.getElementById("start16").value = "";
        document.getElementById("end16").value = "";
      });
    }
    if (window.location.hash.indexOf("#occ-") === 0) {
      var target = document.getElementById(window.location.hash.slice(1));
      var next = target ? target.nextElementSibling : null;
      if (next && next.classList.contains("hl")) { highlight((next.getAttribute("data-claims") || "").split(" ")[0]); }
    }
    if (live && live.getAttribute("data-announce")) { announce(live.getAttribute("data-announce")); }
    var error = document.querySelector(".error[role=alert]");
    if (error) {
      var field = error.closest("form") && error.closest("form").querySelector("textarea, input:not([type=hidden])");
      if (field) { field.focus(); }
    }
  });

  // A form that takes a while (checking sources fetches every URL) says so while the server works.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-busy]"), function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      var text = form.getAttribute("data-busy");
      if (button) { button.disabled = true; button.textContent = text; }
      announce(text);
    });
  });
})();
