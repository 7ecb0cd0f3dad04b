import { kratosText } from "@/lib/i18n/catalogue";
import type { ImageNode } from "@/lib/kratos/nodes";

/** Image nodes carry data: URIs (the TOTP QR code), so next/image adds nothing here. */
export function ImageNodeView({ node }: { node: ImageNode }) {
  const { id, src, width, height } = node.attributes;
  const label = node.meta.label ? kratosText(node.meta.label) : "";
  return (
    <figure className="space-y-2">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} width={width} height={height} alt={label} data-testid={`node/image/${id}`} className="rounded bg-white p-2" />
      {label && <figcaption className="text-sm text-text-muted">{label}</figcaption>}
    </figure>
  );
}
