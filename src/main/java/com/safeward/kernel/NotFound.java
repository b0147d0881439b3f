package com.safeward.kernel;

/**
 * The record does not exist, or exists outside the caller's data scope (SUP-1): both answer 404,
 * so a user cannot probe another hospital's ids.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
