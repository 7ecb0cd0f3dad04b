import { config } from "@/lib/config";
import { displayableLogo } from "@/lib/hydra/logo";

/**
 * The app's logo from its registration, beside its name (so the image itself is
 * decorative). Sent without a Referer: the logo's host learns nothing of the page.
 */
export function AppLogo({ client }: { client: { logo_uri?: string } | undefined }) {
  const src = displayableLogo(client?.logo_uri, config().logoOrigins);
  if (!src) return null;
  return (
    // The image optimizer is off (it would fetch any address): a plain img is the point.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt=""
      width={40}
      height={40}
      referrerPolicy="no-referrer"
      className="size-10 shrink-0 rounded-md object-contain"
      data-testid="oauth2-app-logo"
    />
  );
}
