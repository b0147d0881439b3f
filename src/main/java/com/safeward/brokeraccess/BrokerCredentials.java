package com.safeward.brokeraccess;

/** A user name and password for the broker; the string form hides the password. */
public record BrokerCredentials(String username, String password) {

    public boolean present() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return "BrokerCredentials[" + username + "]";
    }
}
