import type { MeView } from '../../contracts/auth.js';
import type { Auth } from './auth-context.js';

export const presentMe = (auth: Auth): MeView => ({
  id: auth.userId,
  name: auth.name,
  email: auth.email,
  memberships: auth.memberships,
});
