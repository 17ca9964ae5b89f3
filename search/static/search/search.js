/* Search page: filters, sorting, chips and pagination update the results without a full reload.
   Without JavaScript the same links and forms work as plain GET requests. */
(function () {
    "use strict";
    var container = document.getElementById("search-results");
    if (!container || !window.fetch || !window.history || !window.URLSearchParams) { return; }
    var controller = null;

    function load(url, push) {
        var fragmentUrl = new URL(url, window.location.href);
        fragmentUrl.searchParams.set("fragment", "results");
        if (controller) { controller.abort(); }
        controller = window.AbortController ? new AbortController() : null;
        container.setAttribute("aria-busy", "true");
        fetch(fragmentUrl.toString(), { headers: { Accept: "text/html" }, signal: controller ? controller.signal : undefined })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                container.innerHTML = html;
                container.removeAttribute("aria-busy");
                var clean = new URL(url, window.location.href);
                clean.searchParams.delete("fragment");
                if (push) { window.history.pushState({ search: true }, "", clean.toString()); }
                var heading = document.getElementById("results-heading");
                if (heading) { heading.setAttribute("tabindex", "-1"); }
            })
            .catch(function (error) {
                if (error && error.name === "AbortError") { return; }
                window.location.href = url;  // fall back to a normal page load
            });
    }

    function formUrl(form) {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, key) {
            if (value !== "" && key !== "page") { params.append(key, value); }
        });
        var query = params.toString();
        return form.getAttribute("action") + (query ? "?" + query : "");
    }

    container.addEventListener("change", function (event) {
        var form = event.target.form;
        if (!form || !form.hasAttribute("data-search-filters")) { return; }
        if (event.target.type === "number") { return; }  // prices apply on submit
        load(formUrl(form), true);
    });
    container.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.hasAttribute("data-search-filters")) { return; }
        event.preventDefault();
        load(formUrl(form), true);
    });
    container.addEventListener("click", function (event) {
        var link = event.target.closest("a");
        if (!link || !container.contains(link) || event.metaKey || event.ctrlKey || event.shiftKey) { return; }
        var target = new URL(link.href, window.location.href);
        if (target.pathname !== window.location.pathname) { return; }
        event.preventDefault();
        load(target.toString(), true);
    });
    window.addEventListener("popstate", function () { load(window.location.href, false); });
})();
