import { createServer, type Server } from "node:http";
import { CONTENT_TYPE } from "./registry";

/**
 * The /metrics listener, on its own port so that it is never reachable through
 * the public port (a reverse proxy forwards that one only).
 */
export function startMetricsServer(render: () => string, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = req.url?.split("?")[0];
    if (path !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: metrics are at /metrics.\n");
      return;
    }
    res.writeHead(200, { "content-type": CONTENT_TYPE, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : render());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
