// PostgreSQL refuses to run as root. When the stack runs as root (CI, containers),
// initdb and postgres run as an unprivileged account instead: `postgres` (created by
// Debian's postgresql package) or else `nobody`, through setpriv, which execs the
// program in place: the pid and process group stay the service's, so stopping
// the stack still reaches it (runuser would fork and start a new session).
import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { fail } from "../prerequisites";

export type Account = { name: string; uid: number; gid: number };

const PREFERRED = ["postgres", "nobody"] as const;

async function account(): Promise<Account | undefined> {
  const passwd = await readFile("/etc/passwd", "utf8").catch(() => "");
  const entries = passwd.split("\n").map((line) => line.split(":"));
  for (const name of PREFERRED) {
    const entry = entries.find((fields) => fields[0] === name);
    if (entry) return { name, uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  return undefined;
}

export type RunAs = { account: Account | undefined; wrap(command: string, args: readonly string[]): { command: string; args: string[] } };

export async function unprivilegedRunner(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return { account: undefined, wrap: (command, args) => ({ command, args: [...args] }) };
  const user = await account();
  if (!user)
    fail(
      "Running as root, and neither a `postgres` nor a `nobody` account exists for PostgreSQL to run as. Create one (useradd --system postgres).",
    );
  const setpriv = "/usr/bin/setpriv";
  const usable = await access(setpriv, constants.X_OK).then(
    () => true,
    () => false,
  );
  if (!usable)
    fail("Running as root, PostgreSQL must run as another account, which needs /usr/bin/setpriv (Debian: apt-get install util-linux).");
  return {
    account: user,
    wrap: (command, args) => ({
      command: setpriv,
      args: [`--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--", command, ...args],
    }),
  };
}
