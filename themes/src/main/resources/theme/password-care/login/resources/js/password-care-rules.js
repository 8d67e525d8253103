// Marks the password rules of login-update-password.ftl as met while the user types. An external
// module (the login pages' CSP may forbid inline script); without JavaScript the list still shows
// every rule, and the server checks them all on submit. The counting mirrors Keycloak's policy
// providers (Character.isDigit / isUpperCase / isLowerCase, special = neither letter nor digit).
// Rules the browser cannot check (not username/email, history) are left for the server.

const COUNTS = {
  length: (value) => [...value].length,
  lowerCase: (value) => [...value].filter((c) => /\p{Ll}/u.test(c)).length,
  upperCase: (value) => [...value].filter((c) => /\p{Lu}/u.test(c)).length,
  digits: (value) => [...value].filter((c) => /\p{Nd}/u.test(c)).length,
  specialChars: (value) => [...value].filter((c) => !/[\p{L}\p{Nd}]/u.test(c)).length,
};

function isMet(rule, min, value) {
  if (rule === "maxLength") {
    return value.length > 0 && [...value].length <= min;
  }
  return COUNTS[rule](value) >= min;
}

function show(item, met, list) {
  item.classList.remove("pf-m-indeterminate", "pf-m-error", "password-care-rule-failed");
  item.classList.toggle("pf-m-success", met);
  item.classList.toggle("pf-m-indeterminate", !met);
  item.dataset.met = String(met);
  const icon = item.querySelector(".pf-v5-c-helper-text__item-icon i");
  icon.className = `fas fa-fw ${met ? "fa-check-circle" : "fa-minus"}`;
  const state = item.querySelector(".password-care-rule-state");
  state.className = "pf-v5-screen-reader password-care-rule-state";
  state.textContent = ` (${met ? list.dataset.met : list.dataset.notMet})`;
}

function start() {
  const list = document.getElementById("password-care-rules");
  const input = document.getElementById("password-new");
  if (!list || !input) {
    return;
  }
  input.setAttribute("aria-describedby", "password-care-rules");
  const checkable = [...list.querySelectorAll("li[data-rule]")].filter(
    (item) => item.dataset.rule in COUNTS || item.dataset.rule === "maxLength",
  );
  input.addEventListener("input", () => {
    for (const item of checkable) {
      show(item, isMet(item.dataset.rule, Number(item.dataset.min), input.value), list);
    }
  });

  // The stock page disables its button by an inline onsubmit handler; this does it from here.
  const form = document.getElementById("kc-passwd-update-form");
  form?.addEventListener("submit", () => {
    const submit = document.getElementById("kc-submit");
    if (submit) {
      submit.disabled = true;
    }
  });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
