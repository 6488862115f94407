/*
 * Efus – site behaviour. Vanilla JavaScript, no dependencies.
 * Loaded with `defer` from base.html; there are no inline scripts, so the
 * site works under a Content-Security-Policy without 'unsafe-inline'.
 *
 * 1. Marks the page as scripted: <html class="no-js"> becomes class="js".
 *
 * 2. Mobile menu. On narrow screens main.css hides `.site-header__menu`
 *    when <html> has the `js` class, unless the menu has the class `is-open`.
 *    This script:
 *      - removes the `hidden` attribute from `.site-header__toggle`
 *        (main.css hides the toggle again on wide screens);
 *      - on click, toggles `aria-expanded` on the toggle and `is-open` on
 *        the element named by its `aria-controls` (#site-menu);
 *      - closes the menu on Escape; if focus was inside the menu (or on the
 *        toggle) it goes back to the toggle;
 *      - closes the menu when the viewport becomes wide (56rem, the same
 *        breakpoint as main.css), so it is closed again on the way back.
 *
 * 3. Videos. For each `figure[data-video]`, a click on `.video-block__play`
 *    replaces the contents of `.video-block__frame` with an iframe
 *    (src = data-embed-url, title = data-title) and moves focus to it.
 *    Nothing is requested from the video host before that click. The figure
 *    gets the class `is-playing`. Modified clicks (new tab, etc.) and
 *    embed addresses that are not https are left to the normal link.
 *    The CSP must allow the hosts in frame-src:
 *    https://www.youtube-nocookie.com and https://player.vimeo.com.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var WIDE_QUERY = "(min-width: 56rem)";

  function initMenu() {
    var toggle = document.querySelector(".site-header__toggle");
    var menuId = toggle && toggle.getAttribute("aria-controls");
    var menu = menuId ? document.getElementById(menuId) : document.querySelector(".site-header__menu");

    if (!menu) {
      return;
    }
    if (!toggle) {
      // No toggle to open it with: keep the menu visible.
      menu.classList.add("is-open");
      return;
    }

    function isOpen() {
      return toggle.getAttribute("aria-expanded") === "true";
    }

    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("is-open", open);
    }

    setOpen(false);
    toggle.hidden = false;

    toggle.addEventListener("click", function () {
      setOpen(!isOpen());
    });

    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && isOpen()) {
        var active = document.activeElement;
        var focusWasInMenu = active === toggle || menu.contains(active);
        setOpen(false);
        if (focusWasInMenu) {
          toggle.focus();
        }
      }
    });

    if (window.matchMedia) {
      var wide = window.matchMedia(WIDE_QUERY);
      var onChange = function () {
        if (wide.matches) {
          setOpen(false);
        }
      };
      if (wide.addEventListener) {
        wide.addEventListener("change", onChange);
      } else if (wide.addListener) {
        wide.addListener(onChange); // Safari < 14
      }
    }
  }

  function isSafeEmbedUrl(value) {
    if (!value) {
      return false;
    }
    try {
      return new URL(value, window.location.href).protocol === "https:";
    } catch (error) {
      return false;
    }
  }

  function initVideos() {
    var figures = document.querySelectorAll("[data-video]");

    Array.prototype.forEach.call(figures, function (figure) {
      var play = figure.querySelector(".video-block__play");
      var frame = figure.querySelector(".video-block__frame");
      var embedUrl = figure.getAttribute("data-embed-url");

      if (!play || !frame || !isSafeEmbedUrl(embedUrl)) {
        return;
      }

      play.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();

        var iframe = document.createElement("iframe");
        iframe.src = embedUrl;
        iframe.title = figure.getAttribute("data-title") || play.textContent.trim();
        iframe.setAttribute("allow", "autoplay; fullscreen; picture-in-picture");
        iframe.setAttribute("allowfullscreen", "");
        iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");

        while (frame.firstChild) {
          frame.removeChild(frame.firstChild);
        }
        frame.appendChild(iframe);
        figure.classList.add("is-playing");
        iframe.focus();
      });
    });
  }

  /*
   * 4. Forms on cached pages. A page served from the page cache cannot carry a
   *    per-visitor CSRF token, so its forms render an empty
   *    `input[data-csrf-field]`; this fetches a token (and its cookie) from
   *    /csrf-token/ and fills it in. Without JavaScript the server answers the
   *    post with a page that keeps what was typed and asks to send it again.
   */
  function initCsrfFields() {
    var fields = document.querySelectorAll("input[data-csrf-field]");
    if (!fields.length || !window.fetch) {
      return;
    }
    fetch("/csrf-token/", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.token) {
          return;
        }
        Array.prototype.forEach.call(fields, function (field) { field.value = data.token; });
      })
      .catch(function () { /* the server-side fallback still keeps the visitor's input */ });
  }

  initMenu();
  initVideos();
  initCsrfFields();
})();
