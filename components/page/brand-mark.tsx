import { config } from "@/lib/config";
import { productName } from "@/lib/brand/brand";
import { appPath } from "@/lib/http/app-path";
import { startPath } from "@/lib/http/start-path";

/**
 * The product's logo (one per theme when the brand has two; globals.css shows the
 * right one) and name, linking to the start page (startPath). The name is always written
 * out, so the logo itself is decorative.
 */
export function BrandMark() {
  const { logo } = config().brand;
  // A file in public/ is served under BASE_PATH like every other address of ours.
  const source = (address: string) => (address.startsWith("/") ? appPath(address) : address);
  return (
    <a
      href={startPath()}
      className="me-auto flex items-center gap-2 rounded text-lg font-semibold focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none"
      data-testid="brand"
    >
      {logo && (
        // Logos come from the deployment's configuration, not from users; the image optimizer is off.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={source(logo.light)} alt="" className={logo.dark ? "logo-for-light h-8 w-auto" : "h-8 w-auto"} data-testid="brand-logo" />
      )}
      {logo?.dark && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={source(logo.dark)} alt="" className="logo-for-dark h-8 w-auto" data-testid="brand-logo-dark" />
      )}
      {productName()}
    </a>
  );
}
