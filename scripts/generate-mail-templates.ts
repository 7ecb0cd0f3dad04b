// Writes Kratos's courier templates (kratos/courier/ by default, or --out DIR)
// from the catalogues in lib/i18n/locales, with the brand's name (BRAND_NAME)
// and the default language (DEFAULT_LANGUAGE) from the environment, validated
// as the UI validates them. With --check it only says whether kratos/courier/
// matches the catalogues (with no brand and the default language).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, readConfig } from "../lib/env";
import { repoRoot } from "./lib/go-programs";
import { mailTemplates, type MailSettings } from "./lib/mail-templates";

const COURIER_DIR = path.join(repoRoot, "kratos", "courier");

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  let settings: MailSettings;
  try {
    const config = readConfig();
    settings = { brand: config.brand.name, fallback: config.languages.fallback };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const out = path.resolve(option("--out") ?? COURIER_DIR);
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [file, text] of mailTemplates(settings)) {
    const target = path.join(out, file);
    if (check) {
      if ((await readFile(target, "utf8").catch(() => "")) !== text) {
        console.error(`${path.relative(repoRoot, target)} is stale.`);
        stale++;
      }
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  if (check && stale) {
    console.error("Run `npm run mail-templates` and commit the result.");
    process.exit(1);
  }
  console.log(
    check
      ? `The mail templates in ${path.relative(repoRoot, out)}/ match the catalogues.`
      : `Wrote the mail templates to ${out} (brand: ${settings.brand ?? "none"}, default language: ${settings.fallback}).`,
  );
}

await main();
