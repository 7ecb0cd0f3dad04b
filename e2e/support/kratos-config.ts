import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { KRATOS_ADMIN_URL } from "./kratos-admin";

// The stack starts Kratos with this file layered over kratos/kratos.yml. Tests run
// against the test stack; E2E_STACK_MODE=dev points them at `npm run dev` instead.
const stackMode = process.env.E2E_STACK_MODE === "dev" ? "dev" : "test";
const overridesFile =
  process.env.E2E_KRATOS_OVERRIDES ?? path.resolve(import.meta.dirname, `../../.data/${stackMode}/kratos.overrides.yml`);

async function configHash(): Promise<string> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/health/config`);
  return response.text();
}

/**
 * Layers `overrides` over kratos/kratos.yml (objects merge key by key, lists are
 * replaced) and waits until Kratos has hot-reloaded it. JSON is valid YAML.
 */
export async function setKratosConfig(overrides: Record<string, unknown>): Promise<void> {
  const content = `${JSON.stringify(overrides, null, 2)}\n`;
  if ((await readFile(overridesFile, "utf8").catch(() => "")) === content) return;
  const before = await configHash();
  const temporary = `${overridesFile}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, overridesFile);
  await expect
    .poll(configHash, { message: "Kratos did not reload its configuration (is the override valid?)", timeout: 15_000 })
    .not.toBe(before);
}

/** Back to kratos/kratos.yml alone. */
export async function resetKratosConfig(): Promise<void> {
  await setKratosConfig({});
}
