import "server-only";
import { kratos } from "./client";
import { NO_TRAIT_FIELDS, traitFieldsFromSchema, type TraitFields } from "./trait-fields";

/**
 * Hints for the profile form from the identity's JSON schema (Kratos's public
 * GET /schemas/{id}). Without a schema the form still works with Kratos's nodes.
 */
export async function fetchTraitFields(schemaId: string | undefined): Promise<TraitFields> {
  if (!schemaId) return NO_TRAIT_FIELDS;
  const { data } = await (await kratos()).GET("/schemas/{id}", { params: { path: { id: schemaId } } });
  return data ? traitFieldsFromSchema(data) : NO_TRAIT_FIELDS;
}
