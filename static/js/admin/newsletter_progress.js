// The sending screen of an issue (templates/newsletter/admin/issue_sending.html) follows a send while it
// runs: every two seconds it reads the figures from the progress endpoint (admin_views.issue_progress) and
// writes them into the table. When the send stops (done, paused) the page is loaded again, for its buttons.
(() => {
  "use strict";

  const INTERVAL_MS = 2000;
  const table = document.querySelector("table[data-newsletter-progress]");
  if (!table || !table.hasAttribute("data-running")) return;

  function show(progress) {
    for (const cell of table.querySelectorAll("[data-count]")) {
      const [language, kind] = cell.dataset.count.split(" ");
      cell.textContent = String((progress.languages[language] || {})[kind] || 0);
    }
  }

  async function poll() {
    try {
      const response = await fetch(table.dataset.newsletterProgress, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.ok) {
        const progress = await response.json();
        show(progress);
        // The figures follow by themselves: the link to refresh them is for browsers without this script.
        const refresh = document.querySelector("[data-progress-refresh]");
        if (refresh) refresh.hidden = true;
        if (progress.status !== "sending") {
          window.location.reload();
          return;
        }
      }
    } catch (error) {
      // A lost connection: try again at the next tick.
    }
    window.setTimeout(poll, INTERVAL_MS);
  }

  window.setTimeout(poll, INTERVAL_MS);
})();
