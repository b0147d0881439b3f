package com.safeward.texts;

import java.util.Optional;

/**
 * The display name of an account (保安 王师傅), for every text that names a person. Implemented by
 * the module that knows the accounts (identity), so the web module depends on nothing.
 */
public interface PersonNames {

    /** The display name of the account, if there is one. */
    Optional<String> displayName(String username);
}
