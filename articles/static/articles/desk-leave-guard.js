// Unsaved work is guarded: leaving a changed article form asks first. Submitting the form (Save
// or a workflow button) is not leaving. A file of our own, so the CSP needs no inline script.
(function () {
  "use strict";
  var form = document.getElementById("article_form");
  if (!form) { return; }
  var changed = false;
  function markChanged() { changed = true; }
  form.addEventListener("input", markChanged);
  form.addEventListener("change", markChanged);
  form.addEventListener("submit", function () { changed = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!changed) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
})();
