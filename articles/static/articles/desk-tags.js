// Tags typed as comma-separated names: the existing tags matching the name being typed (the
// part after the last comma) are offered in the field's <datalist>, each completing that name.
// Anything else typed is a new tag, created when the article is saved.
// Also: the search box the admin's multiple autocompletes put inside the field gets the
// field's label, so a screen reader names it (select2 leaves it unlabelled).
(function () {
  "use strict";

  function labelAutocompleteSearches() {
    document.querySelectorAll("select.admin-autocomplete[multiple]").forEach(function (select) {
      var container = select.nextElementSibling;
      var search = container && container.querySelector(".select2-search__field");
      var label = document.querySelector('label[for="' + select.id + '"]');
      if (search && label && !search.getAttribute("aria-label")) {
        search.setAttribute("aria-label", label.textContent.replace(/:\s*$/, "").trim());
      }
    });
  }
  labelAutocompleteSearches();
  // select2 draws its boxes when jQuery is ready, and redraws them on every choice.
  new MutationObserver(labelAutocompleteSearches).observe(document.body, { childList: true, subtree: true });

  var input = document.querySelector("input.tag-names[data-suggest-url]");
  var list = document.getElementById("tag-suggestions");
  if (!input || !list) { return; }
  var timer = null;
  var asked = "";

  function parts() {
    var value = input.value;
    var cut = value.lastIndexOf(",");
    return { before: cut < 0 ? "" : value.slice(0, cut + 1) + " ", term: value.slice(cut + 1).trim() };
  }

  function suggest() {
    var typed = parts();
    if (!typed.term || typed.before + typed.term === asked) { return; }
    asked = typed.before + typed.term;
    var url = input.dataset.suggestUrl + "&term=" + encodeURIComponent(typed.term);
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) {
        list.replaceChildren();
        (data.results || []).forEach(function (result) {
          var option = document.createElement("option");
          option.value = typed.before + result.text;
          option.label = result.text;
          list.appendChild(option);
        });
      })
      .catch(function () { asked = ""; });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 200);
  });
}());
