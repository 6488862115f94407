// The preview panel follows the language being edited (efus_site/core/preview.py): showing a
// language's fields with the "View / edit fields for" buttons, or typing in one of its fields,
// picks that language in the panel's "Preview mode" menu, which then shows the preview in it.
(() => {
  "use strict";

  // Translated fields are named after their language: title_fr, body_de-0-value...
  const FIELD_LANGUAGE = /_([a-z]{2})(?:-|$)/;

  function previewIn(language) {
    const menu = document.querySelector("select[data-w-preview-target='mode']");
    if (!menu || menu.value === language) return;
    if (!Array.from(menu.options).some((option) => option.value === language)) return;
    menu.value = language;
    // Wagtail's preview controller listens for the change and reloads the preview.
    menu.dispatchEvent(new Event("change", { bubbles: true }));
  }

  document.addEventListener("click", (event) => {
    const toggle = event.target.closest("button.locale-toggle");
    if (toggle && toggle.classList.contains("showing-locale")) previewIn(toggle.textContent.trim());
  });

  document.addEventListener("focusin", (event) => {
    if (event.target.closest(".w-preview")) return;
    const wrapper = event.target.closest("[data-field-wrapper]");
    const named = event.target.name ? event.target : wrapper && wrapper.querySelector("[name]");
    const found = named && FIELD_LANGUAGE.exec(named.name);
    if (found) previewIn(found[1]);
  });
})();
