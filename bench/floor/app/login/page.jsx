import http from "node:http";
import { connection } from "next/server";
import { headers } from "next/headers";

// The least any page of this UI's shape can do: ask Kratos for the flow with the
// person's cookie (over a kept-alive connection, the cheapest way Node has) and
// render its inputs in a form. Its cost over the floor's "hello" is the part of
// goal 2's budget that no page can spend on anything else.
const kratos = new URL(process.env.KRATOS_PUBLIC_URL ?? "http://localhost:4433");
const agent = new http.Agent({ keepAlive: true });

function loginFlow(id, cookie) {
  return new Promise((resolve, reject) => {
    const url = new URL(`/self-service/login/flows?id=${encodeURIComponent(id)}`, kratos);
    const request = http.get(url, { agent, headers: { accept: "application/json", cookie } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.once("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      response.once("error", reject);
    });
    request.once("error", reject);
  });
}

export default async function Login({ searchParams }) {
  await connection();
  const [{ flow: id }, incoming] = await Promise.all([searchParams, headers()]);
  const flow = await loginFlow(String(id), incoming.get("cookie") ?? "");
  return (
    <form action={flow.ui.action} method={flow.ui.method}>
      {flow.ui.nodes.map((node) =>
        node.attributes.type === "hidden" || node.attributes.type === "submit" ? (
          <input
            key={node.attributes.name + node.group}
            type={node.attributes.type}
            name={node.attributes.name}
            defaultValue={node.attributes.value}
          />
        ) : (
          <label key={node.attributes.name + node.group}>
            {node.meta.label?.text}
            <input type={node.attributes.type} name={node.attributes.name} />
          </label>
        ),
      )}
    </form>
  );
}
