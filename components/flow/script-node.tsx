import type { ScriptNode } from "@/lib/kratos/nodes";

/** An external script Kratos asks for (webauthn.js); Kratos never sends inline script text here. */
export function ScriptNodeView({ node }: { node: ScriptNode }) {
  const { id, src, async, crossorigin, integrity, referrerpolicy, type } = node.attributes;
  return (
    <script
      id={id}
      src={src}
      async={async}
      crossOrigin={crossorigin === "use-credentials" ? "use-credentials" : "anonymous"}
      integrity={integrity || undefined}
      referrerPolicy={referrerpolicy as React.HTMLAttributeReferrerPolicy}
      type={type}
      data-testid={`node/script/${id}`}
    />
  );
}
