/**
 * The small "enter API token" form shown where the server answered 401 (a server
 * started with `--api-token` guards user data). The token is kept in sessionStorage
 * for this tab only; saving it makes every guarded panel and the stream retry.
 */
import { setApiToken } from "./api.js";
import { h } from "./format.js";

let forms = 0;

/** A form that stores the token; `message` says why it is asked for. */
export function tokenForm(message = "Enter the API token to see user-level data.") {
  const id = `api-token-${++forms}`;
  const input = h("input", {
    id,
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
    "data-testid": "token-input",
  });
  return h(
    "form",
    {
      class: "token-form",
      "data-testid": "token-form",
      onsubmit: (e) => {
        e.preventDefault();
        const token = input.value.trim();
        if (token) setApiToken(token);
      },
    },
    h("p", {}, message),
    h("label", { for: id }, "API token"),
    h("div", { class: "token-row" }, input, h("button", { type: "submit" }, "Use token")),
    h("p", { class: "muted" }, "Kept for this browser tab only (sessionStorage)."),
  );
}
