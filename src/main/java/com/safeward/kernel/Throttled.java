package com.safeward.kernel;

/** Too many requests from one client in a while (a public page's rate limit): 429, try again later. */
public class Throttled extends RuntimeException {

    public Throttled(String what) {
        super(what + ": too many requests");
    }
}
