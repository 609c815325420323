package io.sitrep.publish;

import java.nio.file.Path;

/**
 * The output folder cannot be used or updated. {@link #getMessage()} says what is wrong,
 * {@link #hint()} what to do.
 */
public class PublishException extends Exception {

    /** Whether the folder was refused as given (a usage error) or the build failed on it. */
    public enum Kind {
        /** The folder as given cannot be used: pick another one or pass --force. */
        REFUSED,
        /** Writing failed: permissions, a full disk, another build holding the lock. */
        FAILED
    }

    private final transient Path folder;
    private final Kind kind;
    private final String hint;

    public PublishException(Path folder, Kind kind, String message, String hint, Throwable cause) {
        super(message, cause);
        this.folder = folder;
        this.kind = kind;
        this.hint = hint;
    }

    public PublishException(String message) {
        this(null, Kind.FAILED, message, "", null);
    }

    public PublishException(String message, Throwable cause) {
        this(null, Kind.FAILED, message, "", cause);
    }

    /** The folder or file the problem is about; may be null. */
    public Path folder() {
        return folder;
    }

    public Kind kind() {
        return kind;
    }

    public String hint() {
        return hint;
    }
}
