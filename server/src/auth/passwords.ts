import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (19 MiB, 2 passes), salted per password. */
export const hashPassword = (password: string): Promise<string> => hash(password);

/** A hash of nothing anyone knows: an unknown username costs as much time as a wrong password. */
const NOBODY = hash('không ai có mật khẩu này');

export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  try {
    return await verify(stored ?? (await NOBODY), password);
  } catch {
    return false;
  }
}
