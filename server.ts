import { createServer } from "node:http";
import next from "next";
import { ConfigError, readConfig } from "./lib/env";
import { runWithRequestState } from "./lib/http/response-status";

const dev = process.argv.includes("--dev");

try {
  readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();

await app.prepare();

createServer((req, res) => {
  runWithRequestState((state) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    res.writeHead = ((statusCode: number, ...rest: unknown[]) =>
      writeHead(state.status ?? statusCode, ...rest)) as typeof res.writeHead;
    void handle(req, res);
  });
}).listen(port, "localhost", () => {
  console.log(`UI ready on http://localhost:${port}`);
});
