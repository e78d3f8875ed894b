"use strict";
(function () {
  const tip = document.getElementById("tip");

  function show(el) {
    tip.textContent = el.dataset.tip;
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(0, window.scrollX + left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hide() {
    tip.hidden = true;
  }

  function clear(doc) {
    doc.querySelectorAll(".hl, .hl-via").forEach(function (el) {
      el.classList.remove("hl", "hl-via");
    });
    doc.querySelectorAll("button.source[aria-pressed='true']").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
    });
  }

  function ids(text) {
    return new Set(text.split(" ").filter(Boolean));
  }

  function choose(button) {
    const doc = button.closest(".document");
    const was = button.getAttribute("aria-pressed") === "true";
    clear(doc);
    if (was) {
      return;
    }
    button.setAttribute("aria-pressed", "true");
    const claims = ids(button.dataset.claims);
    const relayed = ids(button.dataset.relayed);
    doc.querySelectorAll("[data-c]").forEach(function (el) {
      const own = el.dataset.c.split(" ");
      if (own.some(function (id) { return claims.has(id); })) {
        el.classList.add("hl");
      } else if (own.some(function (id) { return relayed.has(id); })) {
        el.classList.add("hl-via");
      }
    });
    const first = doc.querySelector(".hl, .hl-via");
    if (first) {
      const box = first.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) {
        first.scrollIntoView({ block: "center" });
      }
    }
  }

  document.addEventListener("mouseover", function (event) {
    const el = event.target.closest("[data-tip]");
    if (el) {
      show(el);
    } else {
      hide();
    }
  });
  document.addEventListener("focusin", function (event) {
    const el = event.target.closest("[data-tip]");
    if (el) {
      show(el);
    } else {
      hide();
    }
  });
  document.addEventListener("click", function (event) {
    const button = event.target.closest("button.source");
    if (button) {
      choose(button);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll(".document").forEach(clear);
      hide();
    }
  });
})();
