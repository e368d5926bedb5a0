// Autosave: what an editor types in an article form is copied to the server every few seconds
// while it changes, and offered back ("Restore my unsaved changes") if the tab is closed or the
// browser crashes. Restoring never overwrites a newer save: it brings back the version the
// typing started from, so the optimistic lock refuses a save over someone else's.
(function () {
  "use strict";
  var form = document.getElementById("article_form");
  var target = document.getElementById("autosave");
  if (!form || !target) { return; }
  var FIELDS = ["headline", "deck", "body", "section", "tag_names"];
  var INTERVAL_MS = 5000;
  var dirty = false;

  function field(name) { return form.elements.namedItem(name); }

  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("change", function () { dirty = true; });  // the section select
  form.addEventListener("submit", function () { dirty = false; });

  function send() {
    if (!dirty) { return; }
    dirty = false;
    var data = new FormData();
    data.append("csrfmiddlewaretoken", field("csrfmiddlewaretoken").value);
    data.append("expected_version", field("expected_version").value);
    FIELDS.forEach(function (name) { if (field(name)) { data.append(name, field(name).value); } });
    fetch(target.dataset.url, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { dirty = true; } })
      .catch(function () { dirty = true; });
  }
  window.setInterval(send, INTERVAL_MS);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") { send(); } });

  var button = document.getElementById("autosave-restore");
  var saved = document.getElementById("autosaved-fields");
  if (button && saved) {
    button.addEventListener("click", function () {
      var fields = JSON.parse(saved.textContent);
      Object.keys(fields).forEach(function (name) {
        if (field(name)) {
          field(name).value = fields[name];
          field(name).dispatchEvent(new Event("input", { bubbles: true }));
        }
      });
      field("expected_version").value = button.closest(".autosave-notice").dataset.version;
      button.closest(".autosave-notice").querySelector("p").textContent = "Your unsaved changes are back in the form. Save to keep them.";
      button.remove();
    });
  }
})();
