package io.sitrep.publish;

/** The output folder cannot be used or updated; the message says why and what to do. */
public class PublishException extends Exception {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
