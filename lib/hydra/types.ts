import type { components } from "./api";

type Schemas = components["schemas"];

export type OAuth2Client = Schemas["oAuth2Client"];
export type LoginRequest = Schemas["oAuth2LoginRequest"];
export type ConsentRequest = Schemas["oAuth2ConsentRequest"];
export type LogoutRequest = Schemas["oAuth2LogoutRequest"];
export type ConsentSession = Schemas["oAuth2ConsentSession"];
export type RedirectTo = Schemas["oAuth2RedirectTo"];
