package org.nrmtracker.command.problem;

import java.io.IOException;

/** Thrown while reading a body that passes the endpoint's limit; answered with 413. */
public class RequestBodyTooLarge extends IOException {

    private final long limit;

    public RequestBodyTooLarge(long limit) {
        super("The request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
