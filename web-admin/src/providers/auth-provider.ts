import type { AuthProvider } from 'react-admin';
import { apiFetch } from './http';

export type StaffRole = 'expert' | 'admin';

export interface StaffIdentity {
  id: string;
  fullName: string;
  email: string;
  role: StaffRole;
}

type Me = { kind: 'staff'; staff: StaffIdentity } | { kind: 'representative' };

/** The signed-in staff member, asked once and kept until sign-in, sign-out or a refused call. */
let current: Promise<StaffIdentity> | null = null;

const refuse = (message: string) => Promise.reject({ message, logoutUser: true });

/** Why the app last turned a browser away before anyone signed in: react-admin shows that on no screen itself. */
let lastRefusal: string | null = null;
export const takeSignInRefusal = (): string | null => {
  const refusal = lastRefusal;
  lastRefusal = null;
  return refusal;
};

function whoAmI(): Promise<StaffIdentity> {
  current ??= apiFetch<Me>('/auth/me').then((me) => {
    if (me.kind !== 'staff') throw { message: 'sro.auth.staff_only' };
    return me.staff;
  });
  current.catch(() => (current = null));
  return current;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    current = null;
    lastRefusal = null;
    const { staff } = await apiFetch<{ staff: StaffIdentity }>('/auth/staff/sign-in', {
      method: 'POST',
      body: { email: username, password },
    });
    current = Promise.resolve(staff);
  },
  async logout() {
    current = null;
    await apiFetch('/auth/sign-out', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth() {
    try {
      await whoAmI();
    } catch (error) {
      const message = (error as { message?: string }).message;
      if (message === 'sro.auth.staff_only') lastRefusal = message;
      return refuse(message === 'sro.auth.staff_only' ? message : 'sro.auth.sign_in_required');
    }
  },
  async checkError(error: { status?: number }) {
    // the identity is kept until logout, which follows: react-admin says why only to a user it still sees signed in
    if (error.status === 401) return refuse('sro.auth.session_expired');
  },
  getPermissions: async () => (await whoAmI()).role,
  getIdentity: async () => {
    const staff = await whoAmI();
    return { id: staff.id, fullName: staff.fullName };
  },
};
