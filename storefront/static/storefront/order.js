// Order page: copy buttons for the transfer details, and the checkout's saved draft is forgotten
// once an order exists (checkout.js keeps it only to survive a language switch).
(function () {
  "use strict";
  try { sessionStorage.removeItem("ocop-checkout-draft"); } catch (e) { /* private mode */ }
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = button.parentElement.querySelector("[data-copy-value]");
    if (!source) return;
    var label = button.textContent;
    button.hidden = false;
    button.setAttribute("aria-label", label + ": " + source.textContent.trim());
    button.addEventListener("click", function () {
      var text = source.getAttribute("data-copy-text") || source.textContent.trim();
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = button.getAttribute("data-copied") || "✓";
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
})();
