package io.sitrep.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page model as bytes that two models share only when they are equal, for {@link PageKeys}:
 * every value is tagged with its kind, strings and lists carry their lengths, records are
 * written component by component in declaration order, maps in key order. A value of any
 * other type is written as JSON by Jackson.
 *
 * <p>Compact, because every byte is hashed: lengths, counts and integers are written in as few
 * bytes as they need (LEB128, seven bits a byte), and a record's type by its name the first time
 * it occurs in a model, then by its number in the order of first occurrence. With a length of
 * eight bytes each and the type's name at every record, the page keys of a 10,000-article site
 * were 110 MB to hash.
 *
 * <p>Why by hand: the keys of every page are computed on every build, and writing the models as
 * JSON through Jackson (escaping each string character by character) was 13 % of the CPU of a
 * one-article rebuild at 10,000 articles. Records are immutable, so what a template can read
 * from one (its components and methods computed from them) is decided by its components.
 */
final class ModelBytes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The accessors of a record type, as handles taking and giving Object; computed once per type. */
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            MethodType generic = MethodType.methodType(Object.class, Object.class);
            try {
                for (int i = 0; i < components.length; i++) {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    out[i] = MethodHandles.lookup().unreflect(accessor).asType(generic);
                }
            } catch (IllegalAccessException | RuntimeException e) {
                return null; // written as JSON instead
            }
            return out;
        }
    };

    private static final int INITIAL = 8192;
    /** A buffer grown past this for one large model (a timeline of every article) is not kept for the next. */
    private static final int KEPT = 1 << 20;

    private byte[] buf;
    private int size;
    /** The record types written so far into this model, by number in order of first occurrence. */
    private final Map<Class<?>, Integer> types = new IdentityHashMap<>();
    /** Records written as a digest made once per instance (null: none). */
    private final Memo memo;

    ModelBytes() {
        this(null);
    }

    /** A buffer that writes records of {@code memo}'s types as the digests it keeps. */
    ModelBytes(Memo memo) {
        this(memo, INITIAL);
    }

    private ModelBytes(Memo memo, int capacity) {
        this.memo = memo;
        this.buf = new byte[capacity];
    }

    /**
     * The digests of records of some types, made once per instance and written in place of the
     * record into every model that has it. A build's references to articles are made once per
     * article and are in many models: each article page's key (itself and its neighbours), the
     * archive, and the pages of its source and tags. Walking them record by record, component by
     * component, was most of the keys' cost in a serve rebuild at 10,000 articles (0.6 s of thread
     * CPU); their bytes, copied in, were still a third of what the keys hashed (the pages of a tag
     * list thousands). A digest is {@link PageKeys#digest}'s 128 bits of the record's bytes: two
     * records share one by accident with the odds two page keys do. Thread-safe; one per build
     * (instances are held until it is dropped).
     */
    static final class Memo {
        private final Set<Class<?>> types;
        private final Map<Record, long[]> digests = Collections.synchronizedMap(new IdentityHashMap<>());

        Memo(Set<Class<?>> types) {
            this.types = Set.copyOf(types);
        }

        /** The digest of {@code r}'s bytes as {@link ModelBytes} writes it alone, or null when its type is not kept. */
        long[] of(Record r) {
            if (!types.contains(r.getClass())) {
                return null;
            }
            long[] kept = digests.get(r);
            if (kept == null) { // two threads may both make it: they make the same digest
                ModelBytes one = new ModelBytes(null, 512);
                one.record(r);
                kept = PageKeys.digest(one.buf, one.size);
                digests.put(r, kept);
            }
            return kept;
        }
    }

    /** The bytes of {@code prefix}, then of {@code model}; {@link #buffer()} holds them until the next call. */
    ModelBytes write(String prefix, Object model) {
        if (buf.length > KEPT) {
            buf = new byte[INITIAL];
        }
        size = 0;
        types.clear();
        string(prefix);
        value(model);
        return this;
    }

    byte[] buffer() {
        return buf;
    }

    int size() {
        return size;
    }

    private void value(Object v) {
        if (v == null) {
            tag('n');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Record r) {
            long[] digest = memo == null ? null : memo.of(r);
            if (digest != null) {
                tag('h');
                fixed(digest[0]);
                fixed(digest[1]);
            } else {
                record(r);
            }
        } else if (v instanceof List<?> list) {
            tag('l');
            number(list.size());
            for (Object item : list) {
                value(item);
            }
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag('i');
            long n = ((Number) v).longValue();
            number((n << 1) ^ (n >> 63)); // zigzag: small negative numbers are short too
        } else if (v instanceof Boolean b) {
            tag(b ? 't' : 'f');
        } else if (v instanceof Enum<?> e) {
            tag('e');
            string(e.getDeclaringClass().getName());
            string(e.name());
        } else if (v instanceof Map<?, ?> map) {
            map(map);
        } else if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof TemporalAccessor
                || v instanceof Character) {
            tag('v');
            string(v.getClass().getName());
            string(v.toString());
        } else if (v instanceof Double d) {
            tag('d');
            fixed(Double.doubleToLongBits(d));
        } else if (v instanceof Collection<?> c) {
            tag('c'); // sets and other collections in their own iteration order, as JSON would write them
            number(c.size());
            for (Object item : c) {
                value(item);
            }
        } else {
            json(v);
        }
    }

    private void record(Record r) {
        MethodHandle[] accessors = COMPONENTS.get(r.getClass());
        if (accessors == null) {
            json(r);
            return;
        }
        Integer known = types.putIfAbsent(r.getClass(), types.size());
        if (known == null) {
            tag('r');
            string(r.getClass().getName());
        } else {
            tag('R');
            number(known);
        }
        for (MethodHandle accessor : accessors) {
            try {
                value((Object) accessor.invokeExact((Object) r));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private void map(Map<?, ?> map) {
        tag('m');
        number(map.size());
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (!(map instanceof SortedMap<?, ?>)) {
            entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
        }
        for (Map.Entry<?, ?> e : entries) {
            value(e.getKey());
            value(e.getValue());
        }
    }

    private void json(Object v) {
        tag('j');
        string(v.getClass().getName());
        byte[] bytes = JSON.writeValueAsBytes(v);
        number(bytes.length);
        append(bytes);
    }

    private void string(String s) {
        int n = s.length();
        int ascii = 0;
        while (ascii < n && s.charAt(ascii) < 0x80) {
            ascii++;
        }
        if (ascii < n) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            tag('s');
            number(bytes.length);
            append(bytes);
            return;
        }
        // ASCII, as most of a model's strings are: its UTF-8 bytes are its characters, copied
        // straight into the buffer (encoding each string into an array of its own first was
        // a fifth of what a serve rebuild allocates)
        tag('s');
        number(n);
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size + i] = (byte) s.charAt(i);
        }
        size += n;
    }

    private void tag(char kind) {
        ensure(1);
        buf[size++] = (byte) kind;
    }

    /** {@code v} as unsigned LEB128: seven bits a byte, low bits first, the high bit set on all but the last. */
    private void number(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** {@code v} in eight bytes, high byte first. */
    private void fixed(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[size++] = (byte) (v >>> shift);
        }
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, size + more));
        }
    }
}
