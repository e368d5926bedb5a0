/* The admin's autocomplete (Select2) draws its own search box, with no label: give each the label
   of the field it belongs to, so screen readers name it (and axe passes). A file, never inline
   script: the Content-Security-Policy allows none. */
(function () {
  "use strict";

  function fieldLabel(select) {
    var label = select.id ? document.querySelector('label[for="' + select.id + '"]') : null;
    return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function nameSearchBoxes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) {
        return;
      }
      var name = fieldLabel(select);
      container.querySelectorAll(".select2-search__field:not([aria-label])").forEach(function (input) {
        input.setAttribute("aria-label", name ? "Search " + name : "Search");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameSearchBoxes();
    // Select2 starts after this script and redraws its box on every choice.
    new MutationObserver(nameSearchBoxes).observe(document.body, { childList: true, subtree: true });
  });
})();
