import { safeStorage } from 'electron';
import type { TokenCipher } from '../shell/desk-credentials';

/**
 * Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet) as the desk token's cipher, or null
 * where it is missing or, on Linux without a keyring, would only obfuscate with a fixed key.
 */
export function safeStorageCipher(): TokenCipher | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return null;
  return {
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
  };
}
