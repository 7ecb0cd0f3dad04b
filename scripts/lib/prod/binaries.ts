// The nginx and PostgreSQL programs the production-like stack runs. Debian puts
// them outside a normal user's PATH (/usr/sbin, /usr/lib/postgresql/<v>/bin).
import { constants } from "node:fs";
import { access, readdir } from "node:fs/promises";
import path from "node:path";
import { fail } from "../prerequisites";

export type ProdBinaries = { nginx: string; pgBin: string };

const INSTALL = "Debian/Ubuntu: apt-get install --no-install-recommends nginx-light postgresql";

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function firstExecutable(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) if (await executable(candidate)) return candidate;
  return undefined;
}

function pathDirs(): string[] {
  return (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
}

async function findNginx(): Promise<string> {
  const explicit = process.env.NGINX_BIN?.trim();
  const found = explicit
    ? await firstExecutable([explicit])
    : await firstExecutable([...pathDirs().map((dir) => path.join(dir, "nginx")), "/usr/sbin/nginx"]);
  if (found) return found;
  return fail(explicit ? `NGINX_BIN=${explicit} is not an executable file.` : `nginx not found. Install it (${INSTALL}) or set NGINX_BIN.`);
}

/** Newest major version first, so /usr/lib/postgresql/16 wins over 15. */
async function debianPgBins(): Promise<string[]> {
  const root = "/usr/lib/postgresql";
  const versions = await readdir(root).catch((): string[] => []);
  return versions
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

async function findPgBin(): Promise<string> {
  const explicit = process.env.PG_BIN?.trim();
  const dirs = explicit ? [explicit] : [...(await debianPgBins()), ...pathDirs()];
  for (const dir of dirs) {
    if ((await executable(path.join(dir, "initdb"))) && (await executable(path.join(dir, "postgres")))) return dir;
  }
  return fail(
    explicit
      ? `PG_BIN=${explicit} has no initdb and postgres programs.`
      : `PostgreSQL's initdb and postgres not found. Install them (${INSTALL}) or set PG_BIN to their directory.`,
  );
}

export async function findProdBinaries(): Promise<ProdBinaries> {
  return { nginx: await findNginx(), pgBin: await findPgBin() };
}
