import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, ROLE_CAPABILITIES, ROLE_HOME } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(ROLE_CAPABILITIES) as Role[];

describe("role → capability table", () => {
  it("grants exactly what the table lists, for every role and capability", () => {
    for (const role of ROLES) {
      for (const cap of CAPABILITIES) {
        expect(can(role, cap), `${role} ${cap}`).toBe((ROLE_CAPABILITIES[role] as readonly string[]).includes(cap));
      }
    }
  });

  it("keeps the separations the law and the department require", () => {
    expect(can("ENTERPRISE", "proposal.decide")).toBe(false);
    expect(can("ENTERPRISE", "proposal.viewAgency")).toBe(false);
    expect(can("ENTERPRISE", "proposal.internalNote")).toBe(false);
    expect(can("APPRAISER", "proposal.decide")).toBe(false);
    expect(can("STAFF", "proposal.decide")).toBe(false);
    expect(can("STAFF", "plan.approve")).toBe(false);
    expect(can("LEADER", "proposal.decide")).toBe(true);
    expect(can("LEADER", "plan.approve")).toBe(true);
    // The ministry decides KCQG đề án (issue 15); lib/decisions/authority.ts keeps it off KCĐP ones.
    expect(can("MINISTRY_VIEWER", "proposal.decide")).toBe(true);
    expect(can("ADMIN", "proposal.decide")).toBe(false);
    expect(can("STAFF", "results.approve")).toBe(false);
  });

  it("gives every role its own home", () => {
    expect(new Set(ROLES.map((r) => ROLE_HOME[r])).size).toBe(ROLES.length);
  });
});
