import type { ReactNode } from "react";
import { AdminShell } from "@/components/admin/admin-shell";
import { AddressList, credentialName, credentialTypes, SessionFacts, StateText } from "@/components/admin/identity-facts";
import { RecoveryForm } from "@/components/admin/recovery-form";
import { TraitsForm } from "@/components/admin/traits-form";
import { Alert, type Tone } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { RecoveryState, TraitsState } from "@/app/admin/identities/[id]/actions";
import { identifierOf } from "@/lib/admin/access";
import { t } from "@/lib/i18n/catalogue";
import { formatList } from "@/lib/i18n/format-list";
import type { UiMessageKey } from "@/lib/i18n/locales/en";
import { formatTime } from "@/lib/i18n/format-time";
import type { Identity, Session } from "@/lib/kratos/types";
import { cn } from "@/lib/cn";
import { setUpSecondFactors } from "@/lib/kratos/second-factors";
import { focusRing } from "@/components/ui/focus";

type FormAction = (formData: FormData) => Promise<void>;

export type IdentityActions = {
  saveTraits: (state: TraitsState, formData: FormData) => Promise<TraitsState>;
  setState: FormAction;
  removeSecondFactor: FormAction;
  saveMetadata: FormAction;
  revokeSession: FormAction;
  revokeAllSessions: FormAction;
  createRecoveryCode: (state: RecoveryState, formData: FormData) => Promise<RecoveryState>;
  deleteIdentity: FormAction;
};

type Props = {
  admin: string;
  identity: Identity;
  traits: TraitsState;
  sessions: readonly Session[];
  notice?: { key: UiMessageKey; tone: Tone };
  actions: IdentityActions;
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 border-t border-border pt-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The hidden field every form on this page sends: which identity it acts on (looked up again by the action). */
function IdentityField({ id }: { id: string }) {
  return <input type="hidden" name="identity_id" value={id} />;
}

function json(value: unknown): string {
  return value === undefined || value === null ? "" : JSON.stringify(value, null, 2);
}

/** One identity as support staff need it, each change its own form and server action. */
export function IdentityView({ admin, identity, traits, sessions, notice, actions }: Props) {
  const identifier = identifierOf(identity);
  const active = sessions.filter((session) => session.active);
  const secondFactors: readonly string[] = setUpSecondFactors(identity.credentials);
  return (
    <AdminShell title={identifier} admin={admin}>
      <div className="space-y-8">
        {notice && (
          <Alert tone={notice.tone} data-testid="admin-notice">
            {t(notice.key)}
          </Alert>
        )}
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-text-muted">{t("admin.identity.id")}</dt>
          <dd className="font-mono break-all">{identity.id}</dd>
          <dt className="font-medium text-text-muted">{t("admin.identities.col.schema")}</dt>
          <dd>{identity.schema_id}</dd>
          <dt className="font-medium text-text-muted">{t("admin.identities.col.state")}</dt>
          <dd data-testid="admin-identity-state">
            <StateText state={identity.state} />
          </dd>
          <dt className="font-medium text-text-muted">{t("admin.identities.col.created")}</dt>
          <dd>{identity.created_at && formatTime(identity.created_at)}</dd>
        </dl>

        <Section id="identity-traits" title={t("admin.identity.traits")}>
          <TraitsForm identityId={identity.id} initial={traits} action={actions.saveTraits} />
        </Section>

        <Section id="identity-state" title={t("admin.identity.state")}>
          <p className="text-sm text-text-muted">
            {t(identity.state === "inactive" ? "admin.identity.inactiveAbout" : "admin.identity.activeAbout")}
          </p>
          <form action={actions.setState}>
            <IdentityField id={identity.id} />
            <input type="hidden" name="state" value={identity.state === "inactive" ? "active" : "inactive"} />
            <Button type="submit" variant={identity.state === "inactive" ? "primary" : "danger"} className="sm:w-auto">
              {t(identity.state === "inactive" ? "admin.identity.activate" : "admin.identity.deactivate")}
            </Button>
          </form>
        </Section>

        <Section id="identity-addresses" title={t("admin.identity.addresses")}>
          <h3 className="text-sm font-medium">{t("admin.identity.verifiable")}</h3>
          <AddressList identity={identity} />
          <h3 className="text-sm font-medium">{t("admin.identity.recovery")}</h3>
          <ul className="text-sm">
            {(identity.recovery_addresses ?? []).map((address) => (
              <li key={address.id} className="break-all">
                {address.value}
              </li>
            ))}
          </ul>
        </Section>

        <Section id="identity-credentials" title={t("admin.identity.credentials")}>
          {credentialTypes(identity).length === 0 ? (
            <p className="text-sm text-text-muted">{t("admin.none")}</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {credentialTypes(identity).map((type) => (
                <li key={type} className="flex flex-wrap items-center justify-between gap-3" data-testid={`admin-credential-${type}`}>
                  <span>
                    <span className="font-medium">{credentialName(type)}</span>
                    {identity.credentials?.[type]?.identifiers?.length ? (
                      <span className="text-text-muted"> ({formatList(identity.credentials[type].identifiers)})</span>
                    ) : null}
                  </span>
                  {secondFactors.includes(type) && (
                    <form action={actions.removeSecondFactor}>
                      <IdentityField id={identity.id} />
                      <input type="hidden" name="type" value={type} />
                      <Button type="submit" variant="secondary" className="sm:w-auto">
                        {t("admin.identity.removeSecondFactor", { method: credentialName(type) })}
                      </Button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="identity-metadata" title={t("admin.identity.metadata")}>
          <form action={actions.saveMetadata} className="space-y-4">
            <IdentityField id={identity.id} />
            <MetadataField name="metadata_public" label={t("admin.identity.metadataPublic")} value={json(identity.metadata_public)} />
            <MetadataField name="metadata_admin" label={t("admin.identity.metadataAdmin")} value={json(identity.metadata_admin)} />
            <Button type="submit" className="sm:w-auto">
              {t("admin.identity.saveMetadata")}
            </Button>
          </form>
        </Section>

        <Section id="identity-sessions" title={t("admin.identity.sessions")}>
          {active.length === 0 ? (
            <p className="text-sm text-text-muted">{t("admin.identity.noSessions")}</p>
          ) : (
            <>
              <ul className="space-y-2 text-sm" data-testid="admin-sessions">
                {active.map((session) => (
                  <li key={session.id} className="flex flex-wrap items-center justify-between gap-3">
                    <SessionFacts session={session} />
                    <form action={actions.revokeSession}>
                      <IdentityField id={identity.id} />
                      <input type="hidden" name="session_id" value={session.id} />
                      <Button type="submit" variant="secondary" className="sm:w-auto">
                        {t("admin.identity.revoke")}
                      </Button>
                    </form>
                  </li>
                ))}
              </ul>
              <form action={actions.revokeAllSessions}>
                <IdentityField id={identity.id} />
                <Button type="submit" variant="danger" className="sm:w-auto">
                  {t("admin.identity.revokeAll")}
                </Button>
              </form>
            </>
          )}
        </Section>

        <Section id="identity-recovery" title={t("admin.recovery.title")}>
          <p className="text-sm text-text-muted">{t("admin.recovery.about")}</p>
          <RecoveryForm
            identityId={identity.id}
            action={actions.createRecoveryCode}
            texts={{
              create: t("admin.recovery.create"),
              code: t("admin.recovery.code"),
              link: t("admin.recovery.link"),
              once: t("admin.recovery.once"),
              failed: t("admin.notice.failed"),
            }}
          />
        </Section>

        <Section id="identity-delete" title={t("admin.delete.title")}>
          <form action={actions.deleteIdentity} className="space-y-3">
            <IdentityField id={identity.id} />
            <p className="text-sm text-text-muted">{t("admin.delete.about")}</p>
            <div className="space-y-1">
              <Label htmlFor="admin-delete-confirm">{t("deletion.confirmLabel", { identifier })}</Label>
              <Input id="admin-delete-confirm" name="confirm" required autoComplete="off" spellCheck={false} />
            </div>
            <Button type="submit" variant="danger" className="sm:w-auto">
              {t("admin.delete.submit")}
            </Button>
          </form>
        </Section>
      </div>
    </AdminShell>
  );
}

function MetadataField({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={`admin-${name}`}>{label}</Label>
      <textarea
        id={`admin-${name}`}
        name={name}
        defaultValue={value}
        rows={4}
        spellCheck={false}
        // JSON reads left to right in every language.
        dir="ltr"
        className={cn("block w-full rounded-lg border border-input bg-surface px-3 py-2 font-mono text-sm text-text", focusRing)}
      />
    </div>
  );
}
