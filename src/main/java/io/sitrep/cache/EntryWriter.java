package io.sitrep.cache;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The primitive writes of {@link CacheCodec}'s binary form, into a growing array: big-endian
 * ints and longs, strings as UTF-8 with their length, and short repeated strings (entity ids,
 * names, groups) once per entry in a table, then by number. {@link EntryReader} reads them back.
 */
final class EntryWriter {

    static final int NULL = -1;
    /** In a table reference: a new string follows, and takes the next number. */
    static final int NEW = -2;
    static final long NO_DATE = Long.MIN_VALUE;

    private byte[] buf = new byte[16 * 1024];
    private int size;
    private final Map<String, Integer> table = new HashMap<>();

    void i32(int v) {
        ensure(4);
        buf[size] = (byte) (v >>> 24);
        buf[size + 1] = (byte) (v >>> 16);
        buf[size + 2] = (byte) (v >>> 8);
        buf[size + 3] = (byte) v;
        size += 4;
    }

    void i64(long v) {
        i32((int) (v >>> 32));
        i32((int) v);
    }

    void bool(boolean v) {
        ensure(1);
        buf[size++] = (byte) (v ? 1 : 0);
    }

    /** A string of its own (long texts), or null. */
    void str(String s) {
        if (s == null) {
            i32(NULL);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        i32(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    /** A string that may repeat within the entry: written once, then referred to by number. */
    void shared(String s) {
        if (s == null) {
            i32(NULL);
            return;
        }
        Integer known = table.get(s);
        if (known != null) {
            i32(known);
            return;
        }
        table.put(s, table.size());
        i32(NEW);
        str(s);
    }

    /** An enum constant by ordinal, or null: an entry is only read by the code that wrote it. */
    void choice(Enum<?> e) {
        i32(e == null ? NULL : e.ordinal());
    }

    void date(LocalDate d) {
        i64(d == null ? NO_DATE : d.toEpochDay());
    }

    /** A decimal with its scale: as unscaled long and scale when it fits, else as text. */
    void decimal(BigDecimal d) {
        if (d == null) {
            i32(0);
        } else if (d.unscaledValue().bitLength() < 64) {
            i32(1);
            i64(d.unscaledValue().longValue());
            i32(d.scale());
        } else {
            i32(2);
            str(d.toString());
        }
    }

    void ints(int[] values) {
        i32(values.length);
        for (int v : values) {
            i32(v);
        }
    }

    /** The bytes written, followed by their CRC-32C, so a torn or damaged file is never trusted. */
    byte[] finish() {
        CRC32C crc = new CRC32C();
        crc.update(buf, 0, size);
        i32((int) crc.getValue());
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
