import * as v from 'valibot';
import { PASSWORD_MAX_LENGTH } from '../auth/password';

/** POST /api/me/deletion and the /account form: the person's password, typed again. */
export const deletionRequestInput = v.object({
  password: v.pipe(v.string('Enter your password'), v.minLength(1, 'Enter your password'), v.maxLength(PASSWORD_MAX_LENGTH)),
});
export type DeletionRequestInput = v.InferOutput<typeof deletionRequestInput>;
