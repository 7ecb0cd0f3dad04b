"use client";

import { createContext, useContext, type ReactNode } from "react";
import { enClient } from "@/lib/i18n/locales/en-client";

export type ClientMessageKey = keyof typeof enClient;
export type ClientTexts = Readonly<Record<ClientMessageKey, string>>;

const Texts = createContext<ClientTexts>(enClient);

/** Hands client components their few texts in the page's language (the layout picks them on the server). */
export function ClientTextsProvider({ texts, children }: { texts: ClientTexts; children: ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

/** The texts a client component shows, in the page's language. */
export function useClientTexts(): ClientTexts {
  return useContext(Texts);
}
