/**
 * Where the request context's store lives on globalThis (see request-context.ts).
 * Its own module so code that may also run in the browser can look without
 * importing node:async_hooks.
 */
export const REQUEST_CONTEXT_KEY = Symbol.for("kratos-account-ui.request-context");
