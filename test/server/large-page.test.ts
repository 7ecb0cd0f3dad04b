import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../fixtures";
import type { RegistrationFlow } from "@/lib/kratos/types";
import { startServer, type ServerProcess } from "./support/server-process";
import { StandInKratos } from "./support/stand-in-kratos";

const kratos = new StandInKratos();
let server: ServerProcess | undefined;
const typed = "x".repeat(100_000);

/** The recorded sign-up flow as Kratos returns it after a submission, with what the person typed as the address. */
function registrationFlowTyped(address: string): RegistrationFlow {
  const flow = fixture("registration");
  const nodes = flow.ui.nodes.map((node) =>
    node.attributes.node_type === "input" && node.attributes.name === "traits.email"
      ? { ...node, attributes: { ...node.attributes, value: address } }
      : node,
  );
  return { ...flow, ui: { ...flow.ui, nodes } };
}

const flow = registrationFlowTyped(typed);

beforeAll(async () => {
  await kratos.start();
  kratos.answer("/self-service/registration/flows", flow);
  server = await startServer({ env: { KRATOS_PUBLIC_URL: kratos.url } });
});

afterAll(async () => {
  server?.kill();
  await kratos.stop();
});

// A page above a response's 64 KiB high-water mark: once stalled for ever, when
// the server held a page's writes back until its end.
describe.each(["identity", "gzip"])("the built server, with Accept-Encoding: %s", (encoding) => {
  it("sends a page that keeps a 100 kB value the person typed, whole", async () => {
    const page = await fetch(`${server?.url}/registration?flow=${flow.id}`, {
      headers: { "accept-encoding": encoding },
      signal: AbortSignal.timeout(20_000),
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`value="${typed}"`);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });
});
