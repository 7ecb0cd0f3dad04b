import { AsyncLocalStorage } from "node:async_hooks";

/**
 * App Router pages cannot set their HTTP status (only 404 and redirects exist).
 * server.ts opens one of these stores per request; a page records the status it
 * wants and the server applies it before the headers are written. The store lives
 * on globalThis because the server and the compiled app hold separate copies of
 * this module.
 */
type RequestState = { status?: number; headers: Record<string, string> };

const key = Symbol.for("kratos-account-ui.request-state");
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestState> };
const storage: AsyncLocalStorage<RequestState> = (holder[key] ??= new AsyncLocalStorage<RequestState>());

export function runWithRequestState<T>(callback: (state: RequestState) => T): T {
  const state: RequestState = { headers: {} };
  return storage.run(state, () => callback(state));
}

/** Asks for this response's HTTP status; a no-op outside server.ts (e.g. in unit tests). */
export function setResponseStatus(status: number): void {
  const state = storage.getStore();
  if (state) state.status = status;
}
