import { kratosText, t } from "@/lib/i18n/catalogue";
import type { ImageNode } from "@/lib/kratos/nodes/nodes";

/** Image nodes carry data: URIs (the TOTP QR code), so next/image adds nothing here. */
export function ImageNodeView({ node }: { node: ImageNode }) {
  const { id, src, width, height } = node.attributes;
  const label = node.meta.label ? kratosText(node.meta.label) : "";
  // Kratos labels the QR code only by what it is; people need to know what it does and what to do.
  const qr = id === "totp_qr";
  const alt = qr ? t("totp.qrAlt") : label;
  const caption = qr ? t("totp.qrHint") : label;
  return (
    <figure className="space-y-2">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} width={width} height={height} alt={alt} data-testid={`node/image/${id}`} className="rounded bg-qr-backdrop p-2" />
      {caption && <figcaption className="text-sm text-text-muted">{caption}</figcaption>}
    </figure>
  );
}
