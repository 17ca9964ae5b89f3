/* OCOP Quảng Ninh – progressive enhancement only: every feature works without this file. */
(function () {
    "use strict";
    var root = document.documentElement;
    root.classList.add("js");

    function ready(fn) {
        if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
    }

    /* Mobile menu: the menu is visible without JS; with JS it folds behind a toggle on small screens. */
    function initNav() {
        var toggle = document.querySelector("[data-nav-toggle]");
        var menu = document.querySelector("[data-site-menu]");
        if (!toggle || !menu) { return; }
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            menu.classList.toggle("is-open", !open);
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && menu.classList.contains("is-open")) {
                menu.classList.remove("is-open");
                toggle.setAttribute("aria-expanded", "false");
                toggle.focus();
            }
        });
    }

    /* Product gallery: thumbnails are links to the large image; with JS they swap the main picture. */
    function initGallery() {
        document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
            var main = gallery.querySelector("[data-gallery-main]");
            if (!main) { return; }
            gallery.querySelectorAll("[data-gallery-thumb]").forEach(function (thumb) {
                thumb.addEventListener("click", function (event) {
                    event.preventDefault();
                    var img = main.querySelector("img");
                    main.querySelectorAll("source").forEach(function (s) { s.remove(); });
                    img.removeAttribute("srcset");
                    img.removeAttribute("sizes");
                    img.src = thumb.getAttribute("href");
                    img.alt = thumb.getAttribute("data-alt") || "";
                    gallery.querySelectorAll("[data-gallery-thumb]").forEach(function (t) { t.removeAttribute("aria-current"); });
                    thumb.setAttribute("aria-current", "true");
                });
            });
        });
    }

    /* Search suggestions: the form still submits normally; this adds a short list under the box. */
    function initSuggest() {
        var input = document.querySelector("input[data-suggest-url]");
        if (!input || !window.fetch) { return; }
        var form = input.form;
        var list = document.createElement("ul");
        var timer = null;
        var controller = null;
        list.className = "suggest-list";
        list.id = "site-search-suggestions";
        list.hidden = true;
        list.setAttribute("role", "listbox");
        form.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");

        function close() {
            list.hidden = true; list.innerHTML = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function render(items) {
            list.innerHTML = "";
            items.slice(0, 8).forEach(function (item) {
                var title = item.title || item.name || item.text;
                if (!title) { return; }
                var li = document.createElement("li");
                var a = document.createElement("a");
                li.setAttribute("role", "option");
                li.id = "site-search-option-" + list.children.length;
                a.textContent = title;
                a.href = item.url || (form.action + "?q=" + encodeURIComponent(title));
                li.appendChild(a);
                list.appendChild(li);
            });
            list.hidden = !list.children.length;
            input.setAttribute("aria-expanded", String(!list.hidden));
        }

        input.addEventListener("input", function () {
            var q = input.value.trim();
            clearTimeout(timer);
            if (q.length < 2) { close(); return; }
            timer = setTimeout(function () {
                if (controller) { controller.abort(); }
                controller = window.AbortController ? new AbortController() : null;
                var url = input.getAttribute("data-suggest-url");
                url += (url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(q);
                fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
                    .then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (data) {
                        if (!data) { close(); return; }
                        render(Array.isArray(data) ? data : (data.suggestions || data.results || []));
                    })
                    .catch(function () { /* suggestions are optional */ });
            }, 180);
        });
        input.addEventListener("keydown", function (event) {
            var links = list.querySelectorAll("a");
            if (list.hidden || !links.length) { return; }
            var current = list.querySelector("a.is-active");
            var index = Array.prototype.indexOf.call(links, current);
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                if (current) { current.classList.remove("is-active"); }
                index = event.key === "ArrowDown" ? (index + 1) % links.length : (index <= 0 ? links.length - 1 : index - 1);
                links[index].classList.add("is-active");
                input.setAttribute("aria-activedescendant", links[index].parentNode.id);
            } else if (event.key === "Enter" && current) {
                event.preventDefault();
                window.location.href = current.href;
            } else if (event.key === "Escape") {
                close();
            }
        });
        document.addEventListener("click", function (event) { if (!form.contains(event.target)) { close(); } });
    }

    /* Filters: selects submit the form on change when JS is on (the button stays for everyone else). */
    function initAutoSubmit() {
        document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
            function dropEmpty() {
                /* Leave unused filters out of the address: shorter, shareable links. */
                form.querySelectorAll("select, input").forEach(function (field) {
                    if (field.name && field.value === "" && field.type !== "checkbox") { field.disabled = true; }
                });
            }
            form.addEventListener("submit", dropEmpty);
            form.addEventListener("change", function (event) {
                if (event.target.matches("select, input[type=checkbox]")) {
                    var page = form.querySelector("input[name=page]");
                    if (page) { page.remove(); }
                    dropEmpty();
                    form.submit();
                }
            });
            window.addEventListener("pageshow", function () {
                form.querySelectorAll("[disabled]").forEach(function (field) { field.disabled = false; });
            });
        });
    }

    /* Filter panels are <details>, closed on phones; from 900 px CSS shows them (::details-content).
       Browsers without that get them opened here, again after the search page swaps its results. */
    function initFilterPanels() {
        var wide = window.matchMedia ? window.matchMedia("(min-width: 900px)") : null;
        if (!wide) { return; }
        function openWide() {
            if (!wide.matches) { return; }
            document.querySelectorAll("details[data-filter-panel]:not([open])").forEach(function (panel) { panel.open = true; });
        }
        openWide();
        var results = document.getElementById("search-results");
        if (results && window.MutationObserver) { new MutationObserver(openWide).observe(results, { childList: true }); }
    }

    /* The language switcher keeps the listing's filters: the server writes them into its links; after
       the search page updates its results (and the address) in place, the links follow the address. */
    function initLanguageSwitch() {
        document.querySelectorAll(".lang-switch a[data-keep-params]").forEach(function (link) {
            link.addEventListener("click", function () {
                var keep = link.getAttribute("data-keep-params").split(" ");
                var current = new URLSearchParams(window.location.search);
                var params = new URLSearchParams();
                current.forEach(function (value, key) { if (keep.indexOf(key) !== -1 && value !== "") { params.append(key, value); } });
                var target = new URL(link.href, window.location.href);
                if (target.origin !== window.location.origin) { return; }
                var query = params.toString();
                link.href = target.pathname + (query ? "?" + query : "");
            });
        });
    }

    ready(function () { initNav(); initGallery(); initSuggest(); initAutoSubmit(); initFilterPanels(); initLanguageSwitch(); });
})();
