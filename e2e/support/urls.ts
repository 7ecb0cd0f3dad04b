/**
 * Where the stack under test lives. The defaults are the project's fixed ports;
 * the variables let a developer point a run at a private stack on other ports
 * (e.g. while another run owns the shared Kratos configuration).
 */
export const UI_URL = process.env.E2E_UI_URL ?? "http://localhost:3000";
export const KRATOS_PUBLIC_URL = process.env.E2E_KRATOS_PUBLIC_URL ?? "http://localhost:4433";
export const KRATOS_ADMIN_URL = process.env.E2E_KRATOS_ADMIN_URL ?? "http://localhost:4434";
export const MAILDEV_URL = process.env.E2E_MAILDEV_URL ?? "http://localhost:1080";
/** The company's own app on another origin, allowed as a return address (kratos/kratos.yml). */
export const DEMO_APP_URL = process.env.E2E_DEMO_APP_URL ?? "http://localhost:4446";
