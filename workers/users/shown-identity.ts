import { realEmail } from './identity';
import { formatPhone } from './phone';

/** How a person reads an account's sign-in name: its email, or its phone as written in Vietnam; never the placeholder address. */
export function shownIdentity(account: { email: string; phone: string | null }): string {
  return realEmail(account.email) ?? (account.phone ? formatPhone(account.phone) : '');
}
