import { config } from "@/lib/config";
import { appPath } from "./app-path";

/**
 * Where "the start page" links lead: the account's start page, or on a
 * staff-only instance (SELF_SERVICE=off), whose only pages are the admin area's,
 * the admin area.
 */
export function startPath(): string {
  return appPath(config().selfService ? "/" : "/admin");
}
