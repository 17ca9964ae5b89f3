// Progressive enhancement of the checkout form (it works without JavaScript: the "Show the wards"
// button re-renders it on the server).
// * Choosing a country or a province updates the wards, the address fields, the ways to pay and the
//   totals in place: the same server rendering, fetched and swapped, so focus and scroll stay put.
// * After a failed submit, focus moves to the error summary at the top.
// * What the buyer typed is kept in sessionStorage, so switching language does not lose it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-checkout]");
  if (!form) return;
  var STORE = "ocop-checkout-draft";
  var refreshButton = form.querySelector("[data-refresh]");
  if (refreshButton) refreshButton.hidden = true;

  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  function fieldsToKeep() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.name !== "checkout_key" && el.type !== "submit";
    });
  }

  function saveDraft() {
    var draft = {};
    fieldsToKeep().forEach(function (el) {
      if (el.type === "radio") { if (el.checked) draft[el.name] = el.value; }
      else if (el.type === "checkbox") draft[el.name] = el.checked;
      else draft[el.name] = el.value;
    });
    try { sessionStorage.setItem(STORE, JSON.stringify(draft)); } catch (e) { /* private mode */ }
  }

  function swap(doc, selector) {
    var fresh = doc.querySelector(selector);
    var current = form.ownerDocument.querySelector(selector);
    if (fresh && current) current.replaceWith(fresh);
  }

  function replaceOptions(doc, id) {
    var fresh = doc.getElementById(id);
    var current = document.getElementById(id);
    if (!fresh || !current) return;
    current.innerHTML = fresh.innerHTML;
    current.value = fresh.value;
  }

  var pending = null;
  function refresh() {
    var data = new FormData(form);
    data.set("refresh", "1");
    if (pending) pending.abort();
    pending = new AbortController();
    var summaryRegion = document.querySelector('[data-region="summary"]');
    if (summaryRegion) summaryRegion.setAttribute("aria-busy", "true");
    return fetch(form.action, {method: "POST", body: data, credentials: "same-origin", signal: pending.signal,
                               headers: {"X-Requested-With": "fetch"}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        replaceOptions(doc, "id_ward");
        ["province", "ward", "city", "postal_code"].forEach(function (name) {
          var fresh = doc.querySelector('[data-field="' + name + '"]');
          var current = form.querySelector('[data-field="' + name + '"]');
          if (fresh && current) current.hidden = fresh.hidden;
        });
        var checked = form.querySelector('input[name="payment_method"]:checked');
        swap(doc, '[data-region="payment"]');
        if (checked) {
          var again = form.querySelector('input[name="payment_method"][value="' + checked.value + '"]');
          if (again) again.checked = true;
        }
        swap(doc, '[data-region="blocked"]');
        swap(doc, '[data-region="summary"]');
        var hidden = form.querySelector("[data-refresh]");
        if (hidden) hidden.hidden = true;
        saveDraft();
      })
      .catch(function (error) {
        if (error.name !== "AbortError" && refreshButton) refreshButton.hidden = false;
      });
  }

  // Arrow keys on a select fire "change" at every key: wait until the buyer pauses on a value.
  var timer = null;
  form.addEventListener("change", function (event) {
    if (event.target.id === "id_country" || event.target.id === "id_province") {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    } else saveDraft();
  });
  form.addEventListener("input", saveDraft);

  // Restore what was typed before a language switch (only into empty fields, never over the server's).
  var draft = null;
  try { draft = JSON.parse(sessionStorage.getItem(STORE) || "null"); } catch (e) { draft = null; }
  if (draft && !summary) {
    var changedPlace = false;
    fieldsToKeep().forEach(function (el) {
      if (!(el.name in draft)) return;
      var value = draft[el.name];
      if (el.type === "radio") { if (el.value === value) el.checked = true; }
      else if (el.type === "checkbox") el.checked = !!value;
      else if (el.tagName === "SELECT") {
        if (el.value !== value && value !== "") { el.value = value; if (el.name !== "ward") changedPlace = true; }
      } else if (!el.value) el.value = value;
    });
    if (changedPlace) {
      var ward = draft.ward;
      refresh().then(function () {
        var select = document.getElementById("id_ward");
        if (select && ward) select.value = ward;
      });
    }
  }
  form.addEventListener("submit", saveDraft);
})();
