import type { StaffRole } from '../staff/staff-user.model.js';

export type { StaffRole };

/** Who is calling, as established from a session: a member's representative or an SRO staff member. */
export type Principal =
  | { kind: 'representative'; sessionId: string; representativeId: string; memberId: string }
  | { kind: 'staff'; sessionId: string; staffId: string; role: StaffRole };
