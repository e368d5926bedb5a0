// Tags typed as comma-separated names: the existing tags matching the name being typed (the
// part after the last comma) are offered in the field's <datalist>, each completing that name.
// Anything else typed is a new tag, created when the article is saved.
(function () {
  "use strict";
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
    if (!typed.term || typed.term === asked) { return; }
    asked = typed.term;
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
