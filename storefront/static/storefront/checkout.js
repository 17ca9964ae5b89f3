// Progressive enhancement of the checkout form: choosing a province (or country) reloads the
// form with that province's wards and the right shipping fee, as the "Show the wards" button
// does without JavaScript.
(function () {
  "use strict";
  var form = document.querySelector("form.checkout-form");
  if (!form) return;
  var refresh = form.querySelector('button[name="refresh"]');
  ["id_province", "id_country"].forEach(function (id) {
    var select = document.getElementById(id);
    if (!select || !refresh) return;
    select.addEventListener("change", function () {
      refresh.click();
    });
  });
})();
