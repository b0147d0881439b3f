package com.safeward.devices;

/**
 * A device's broker credentials changed (registered, token rotated, switched on or off, decommissioned),
 * published inside the registry's transaction so that an external broker's copy of the credentials
 * is queued with the change. {@code token} is the new token in plain text when one was issued (else
 * null): only a synchronous listener in the same transaction may see it, which is why this event is
 * never listened to asynchronously (an asynchronous listener would have it stored with the event)
 * and its string form hides the token. {@code heard}: whether the device may still publish.
 */
public record DeviceCredentialsChanged(long deviceId, long hospitalId, String hospitalCode, String deviceCode,
        String token, boolean heard) {

    /** The user name a device connects to the broker with: {@code hospitalCode/deviceCode}. */
    public String username() {
        return new DeviceTopic(hospitalCode, deviceCode).username();
    }

    @Override
    public String toString() {
        return "DeviceCredentialsChanged[device=" + deviceId + ", " + username() + ", token "
                + (token == null ? "unchanged" : "issued") + ", heard=" + heard + "]";
    }
}
