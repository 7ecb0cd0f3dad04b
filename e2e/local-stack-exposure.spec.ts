import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { KRATOS_ADMIN_URL, KRATOS_PUBLIC_URL } from "./support/urls";

/** Local addresses of the sockets listening on `port`, read from the kernel's tables. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      // State 0A is LISTEN.
      if (state === "0A" && local?.endsWith(`:${hexPort}`)) found.push(local.slice(0, -5));
    }
  }
  return found;
}

const LOOPBACK = new Set(["0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F"]);

test("the local Kratos listens on loopback only: its admin API has no authentication", () => {
  for (const url of [KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL]) {
    const addresses = listeners(Number(new URL(url).port));
    expect(addresses.length, url).toBeGreaterThan(0);
    for (const address of addresses) expect(LOOPBACK.has(address), `${url} listens on ${address}`).toBe(true);
  }
});
