package io.sitrep.cache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Reads what an {@link EntryWriter} wrote. Every read checks the bounds: bytes that are not a
 * whole entry fail with {@link IllegalArgumentException}, never with a wrong value.
 */
final class EntryReader {

    private final byte[] buf;
    private final int end;
    private int pos;
    private final List<String> table = new ArrayList<>();
    /** Strings of earlier entries, to share rather than hold once per entry (may be null). */
    private final Map<String, String> pool;

    private EntryReader(byte[] buf, int end, Map<String, String> pool) {
        this.buf = buf;
        this.end = end;
        this.pool = pool;
    }

    /** A reader of {@code bytes} when their checksum holds; else {@link IllegalArgumentException}. */
    static EntryReader checked(byte[] bytes) {
        return checked(bytes, null);
    }

    /**
     * The same, its table strings ({@link #shared()}) taken from {@code pool} when an earlier
     * entry had them: entity ids, names and the words that mention them repeat across thousands
     * of articles. {@code pool} must be safe for the threads that read at once.
     */
    static EntryReader checked(byte[] bytes, Map<String, String> pool) {
        if (bytes.length < 4) {
            throw new IllegalArgumentException("too short");
        }
        int end = bytes.length - 4;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        EntryReader tail = new EntryReader(bytes, bytes.length, null);
        tail.pos = end;
        if (tail.i32() != (int) crc.getValue()) {
            throw new IllegalArgumentException("checksum does not match");
        }
        return new EntryReader(bytes, end, pool);
    }

    int i32() {
        need(4);
        int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    long i64() {
        return (long) i32() << 32 | (i32() & 0xffffffffL);
    }

    boolean bool() {
        need(1);
        return buf[pos++] != 0;
    }

    String str() {
        int length = i32();
        if (length == EntryWriter.NULL) {
            return null;
        }
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
        need(length);
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    String shared() {
        int ref = i32();
        if (ref == EntryWriter.NULL) {
            return null;
        }
        if (ref == EntryWriter.NEW) {
            String s = str();
            if (s == null) {
                throw new IllegalArgumentException("null in the string table");
            }
            if (pool != null) {
                String earlier = pool.putIfAbsent(s, s);
                s = earlier != null ? earlier : s;
            }
            table.add(s);
            return s;
        }
        if (ref < 0 || ref >= table.size()) {
            throw new IllegalArgumentException("no string " + ref);
        }
        return table.get(ref);
    }

    LocalDate date() {
        long day = i64();
        return day == EntryWriter.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    BigDecimal decimal() {
        return switch (i32()) {
            case 0 -> null;
            case 1 -> {
                long unscaled = i64();
                yield new BigDecimal(BigInteger.valueOf(unscaled), i32());
            }
            case 2 -> new BigDecimal(str());
            default -> throw new IllegalArgumentException("not a decimal");
        };
    }

    int[] ints() {
        int n = count();
        need(4L * n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i32();
        }
        return out;
    }

    /** A count of things that follow: never negative, never more than the bytes left could hold. */
    int count() {
        int n = i32();
        if (n < 0 || n > end - pos) {
            throw new IllegalArgumentException("bad count " + n);
        }
        return n;
    }

    /** One of {@code values} by its ordinal, or null (the code that wrote it is this code: see CacheCodec). */
    <E extends Enum<E>> E choice(E[] values) {
        int i = i32();
        if (i == EntryWriter.NULL) {
            return null;
        }
        if (i < 0 || i >= values.length) {
            throw new IllegalArgumentException("no such value " + i);
        }
        return values[i];
    }

    /** Whether every byte was read: an entry with bytes left over is not the one written. */
    boolean atEnd() {
        return pos == end;
    }

    private void need(long n) {
        if (n > end - pos) {
            throw new IllegalArgumentException("entry ends early");
        }
    }
}
