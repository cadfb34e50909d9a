package org.ar4j.examples.docs;

// tag::encrypted[]
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.ar4j.ActiveRecord;
import org.ar4j.Convert;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.ValueConverter;

@Table("patients")
public class Patient extends ActiveRecord<Patient> {
    @Id public Long id;
    public String name;
    @Convert(Encrypted.class) public Secret diagnosis;     // stored as Base64(iv + AES-GCM ciphertext + tag)

    /** Text that must not be stored in the clear. */
    public record Secret(String text) {
    }

    /**
     * AES-256-GCM with the JDK only. The key comes from configuration (here the system property app.fieldKey, 32 bytes
     * in Base64), read once when the model is first used. Each write draws a fresh 96-bit IV, so the same text never
     * gives the same stored value: no equality query, index or ordering can work on this column.
     */
    public static final class Encrypted implements ValueConverter<Secret, String> {
        private static final int IV_BYTES = 12;
        private static final int TAG_BITS = 128;
        private final SecretKeySpec key = new SecretKeySpec(Base64.getDecoder()
                .decode(System.getProperty("app.fieldKey")), "AES");
        private final SecureRandom random = new SecureRandom();

        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(Secret secret) {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, secret.text().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                    .array());
        }

        @Override
        public Secret fromStored(String stored) {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            return new Secret(new String(run(Cipher.DECRYPT_MODE, iv, sealed), StandardCharsets.UTF_8));
        }

        private byte[] run(int mode, byte[] iv, byte[] input) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
                return cipher.doFinal(input);        // decrypting a tampered value fails its tag check here
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("field encryption failed: " + e.getMessage(), e);
            }
        }
    }
}
// end::encrypted[]
