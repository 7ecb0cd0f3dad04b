import type { components } from "./api";

type Schemas = components["schemas"];

export type LoginFlow = Schemas["loginFlow"];
export type RegistrationFlow = Schemas["registrationFlow"];
export type RecoveryFlow = Schemas["recoveryFlow"];
export type VerificationFlow = Schemas["verificationFlow"];
export type SettingsFlow = Schemas["settingsFlow"];
export type SelfServiceFlow = LoginFlow | RegistrationFlow | RecoveryFlow | VerificationFlow | SettingsFlow;
export type FlowError = Schemas["flowError"];
export type GenericError = Schemas["genericError"];
export type Session = Schemas["session"];
export type Identity = Schemas["identity"];
export type LogoutFlow = Schemas["logoutFlow"];
export type IdentitySchema = Schemas["identitySchema"];
export type CourierMessage = Schemas["message"];
export type SuccessfulNativeRegistration = Schemas["successfulNativeRegistration"];
export type SuccessfulNativeLogin = Schemas["successfulNativeLogin"];

export type UiContainer = Schemas["uiContainer"];
export type UiNode = Schemas["uiNode"];
export type UiNodeGroup = UiNode["group"];
export type UiText = Schemas["uiText"];
export type UiNodeInputAttributes = Schemas["uiNodeInputAttributes"];
export type UiNodeTextAttributes = Schemas["uiNodeTextAttributes"];
export type UiNodeImageAttributes = Schemas["uiNodeImageAttributes"];
export type UiNodeAnchorAttributes = Schemas["uiNodeAnchorAttributes"];
export type UiNodeScriptAttributes = Schemas["uiNodeScriptAttributes"];

export type FlowKind = "login" | "registration" | "recovery" | "verification" | "settings";
