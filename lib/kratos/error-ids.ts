/** HTTP status Kratos uses for each error id (text/message_error.go and the spec). */
export const ERROR_STATUS: Record<string, number> = {
  self_service_flow_expired: 410,
  self_service_flow_replaced: 410,
  self_service_flow_disabled: 400,
  self_service_flow_return_to_forbidden: 400,
  browser_location_change_required: 422,
  session_already_available: 400,
  session_verified_address_required: 400,
  session_aal_already_fulfilled: 401,
  session_aal1_required: 401,
  session_aal2_required: 403,
  session_refresh_required: 403,
  session_inactive: 401,
  security_identity_mismatch: 403,
  security_csrf_violation: 403,
  cookies_required: 403,
};

export function statusForErrorId(id: string): number {
  // Own keys only: "__proto__" or "constructor" must not find Object's members.
  return Object.hasOwn(ERROR_STATUS, id) ? (ERROR_STATUS[id] ?? 400) : 400;
}
