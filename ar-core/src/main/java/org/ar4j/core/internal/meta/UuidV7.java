package org.ar4j.core.internal.meta;

import java.security.SecureRandom;
import java.util.UUID;

import org.ar4j.IdGenerator;

/**
 * {@code @Id(generated = UUID_V7)}: RFC 9562 version-7 UUIDs made in the JVM — 48 bits of milliseconds since the
 * epoch, then a 12-bit counter that starts at a random value each millisecond and steps within it (a new millisecond
 * is borrowed when it runs out), then 62 random bits. The ids one generator makes are strictly increasing in their
 * byte and text order, which every backend sorts UUIDs (and their text) by. For a String id, the text form.
 */
final class UuidV7 implements IdGenerator {
    private final SecureRandom random = new SecureRandom();
    private final boolean text;
    private long lastMillis = -1;
    private int counter;

    UuidV7(boolean text) {
        this.text = text;
    }

    @Override
    public Object next() {
        long millis;
        int count;
        synchronized (this) {
            millis = Math.max(System.currentTimeMillis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    millis = lastMillis + 1;
                    counter = random.nextInt(0x800);
                }
            } else {
                counter = random.nextInt(0x800);   // room to step within the millisecond
            }
            lastMillis = millis;
            count = counter;
        }
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | count;
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        UUID id = new UUID(msb, lsb);
        return text ? id.toString() : id;
    }
}
