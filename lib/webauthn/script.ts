import type { WebAuthnTrigger } from "@/lib/kratos/nodes/webauthn-triggers";

/** Browser-only: loads Kratos's webauthn.js once per document and calls the functions it defines. */

export type WebAuthnScript = { id: string; src: string; referrerPolicy: ReferrerPolicy };

type Loading = { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };

let loading: Loading | undefined;
let inserted = false;
const loadTriggersStarted = new Set<string>();

// Buttons ask before the script node (rendered after the forms) has started the load.
function currentLoad(): Loading {
  if (!loading) {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Only the person's click reports a failure; an unheard rejection must not become an uncaught error.
    promise.catch(() => undefined);
    loading = { promise, resolve, reject };
  }
  return loading;
}

/**
 * Adds the script element from the client rather than the server's HTML, so its
 * load and error events are always heard (an async script in the HTML may finish
 * before React hydrates). It carries no `crossorigin`/`integrity`: Kratos sends
 * no CORS headers for webauthn.js, and a CORS-mode request would be blocked. The
 * CSP admits scripts from Kratos's exact origin only.
 */
export function loadWebAuthnScript({ id, src, referrerPolicy }: WebAuthnScript): void {
  const load = currentLoad();
  if (inserted) return;
  inserted = true;
  if (triggerFunction("oryWebAuthnLogin")) {
    load.resolve();
    return;
  }
  const script = document.createElement("script");
  script.id = id;
  script.src = src;
  script.async = true;
  script.referrerPolicy = referrerPolicy;
  script.dataset.testid = `node/script/${id}`;
  script.addEventListener("load", () => load.resolve(), { once: true });
  script.addEventListener("error", () => load.reject(new Error(`Could not load ${src}`)), { once: true });
  document.head.append(script);
}

function triggerFunction(trigger: WebAuthnTrigger): (() => unknown) | undefined {
  const candidate = (window as unknown as Partial<Record<WebAuthnTrigger, unknown>>)[trigger];
  return typeof candidate === "function" ? (candidate as () => unknown) : undefined;
}

/** Waits for webauthn.js, then calls one of its functions; rejects when the script is unavailable. */
export async function runWebAuthnTrigger(trigger: WebAuthnTrigger): Promise<void> {
  await currentLoad().promise;
  const run = triggerFunction(trigger);
  if (!run) throw new Error(`webauthn.js defined no ${trigger}`);
  await run();
}

/**
 * Runs an on-load trigger once per page: Kratos puts it on two nodes, and React's
 * development mode mounts every component twice. Two pending passkey autofill
 * requests would make the browser refuse the person's own passkey click.
 */
export async function runWebAuthnLoadTrigger(trigger: WebAuthnTrigger): Promise<void> {
  const key = `${trigger} ${window.location.href}`;
  if (loadTriggersStarted.has(key)) return;
  loadTriggersStarted.add(key);
  await runWebAuthnTrigger(trigger);
}

/** Whether this browser offers WebAuthn at all; webauthn.js does nothing without it. */
export function browserSupportsWebAuthn(): boolean {
  return typeof window.PublicKeyCredential === "function";
}
