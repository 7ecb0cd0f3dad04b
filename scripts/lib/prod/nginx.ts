// nginx in front of the UI instances, with its own configuration and folders
// under .data/prod/nginx (never the system's /etc/nginx or /var/log/nginx).
import { lookup } from "node:dns/promises";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../kratos-module";
import { printTail, runLines } from "../run";
import { startService } from "../process-groups";
import { PROD_PORTS, UI_INSTANCE_PORTS, prodDataDir } from "./config";
import { failAndStop, stopWhenExits } from "./lifecycle";
import { nginxConf } from "./nginx-conf";

/** The address a server bound to "localhost" listens on (Node takes the first one the resolver gives). */
async function loopbackAddress(port: number): Promise<string> {
  const { address, family } = await lookup("localhost");
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

export async function startNginx(nginx: string): Promise<void> {
  const dir = path.join(prodDataDir, "nginx");
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "tmp"), { recursive: true });
  const upstreams = await Promise.all(UI_INSTANCE_PORTS.map(loopbackAddress));
  const conf = path.join(dir, "nginx.conf");
  await writeFile(conf, nginxConf({ dir, listen: `localhost:${PROD_PORTS.nginx.port}`, upstreams }));
  // -e: nginx opens its compiled-in error log (/var/log/nginx) before reading the configuration.
  const args = ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")];

  const check = await runLines(nginx, [...args, "-t", "-q"], { cwd: dir });
  if (check.code !== 0) {
    printTail("[nginx]", check.output);
    await failAndStop(`nginx refused ${path.relative(repoRoot, conf)} (output above).`);
  }
  const service = startService({
    name: "nginx",
    command: nginx,
    args: [...args, "-g", "daemon off;"],
    cwd: dir,
    env: process.env,
    onLine: (line) => console.log(`[nginx] ${line}`),
  });
  stopWhenExits(service, "[nginx]", `Its log: ${path.relative(repoRoot, path.join(dir, "error.log"))}`);
}
