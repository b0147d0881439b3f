package com.safeward.devices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.safeward.identity.SecretTokens;
import com.safeward.organizations.OrganizationDirectory;

/**
 * The devices module's API for the intake: who is this device, and note that it was seen. Look-ups
 * are cached for {@link #CACHE_TTL} (changes made through this node evict at once; other nodes see
 * them within the TTL), and last-seen times are written at most every {@link #SEEN_GRANULARITY}.
 */
@Service
public class DeviceDirectory {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    static final Duration SEEN_GRANULARITY = Duration.ofSeconds(10);

    private final Devices devices;
    private final OrganizationDirectory organizations;
    private final Cache<String, Optional<DeviceRef>> byToken = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL)
            .maximumSize(200_000).build();
    private final Cache<String, Optional<DeviceRef>> byCodes = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL)
            .maximumSize(200_000).build();
    private final Cache<Long, Instant> lastSeenWritten = Caffeine.newBuilder().expireAfterWrite(SEEN_GRANULARITY)
            .maximumSize(200_000).build();

    DeviceDirectory(Devices devices, OrganizationDirectory organizations) {
        this.devices = devices;
        this.organizations = organizations;
    }

    /** Forgets cached look-ups once the change of a device (token, code, area, enabled) is committed. */
    void evict() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private void invalidate() {
        byToken.invalidateAll();
        byCodes.invalidateAll();
    }

    /**
     * The device a bearer token belongs to (HTTP intake), if it is heard: in service, or a panic
     * button in any condition (GB 50394). No transaction: a hit reads no table.
     */
    public Optional<DeviceRef> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return byTokenHash(SecretTokens.hash(token.trim()));
    }

    /**
     * The heard device (see {@link #authenticate}) the MQTT topic names: {@code safeward/{hospitalCode}/devices/{deviceCode}/events}.
     * No transaction: asked for every message, and a hit reads no table (a transaction around it was a
     * tenth of the intake's CPU).
     */
    public Optional<DeviceRef> byCodes(String hospitalCode, String deviceCode) {
        return byCodes.get(hospitalCode + "/" + deviceCode, key -> organizations.hospitalIdByCode(hospitalCode)
                .flatMap(hospital -> devices.findByHospitalIdAndCode(hospital, deviceCode))
                .filter(Device::heard).map(DeviceRef::of));
    }

    /**
     * The heard device whose token this is, if it is still that device's token: a broker checks a
     * connected device again with the hash it signed in with, so a rotated token stops publishing at
     * once on this node (other nodes: within {@link #CACHE_TTL}).
     */
    public Optional<DeviceRef> byTokenHash(String tokenHash) {
        return byToken.get(tokenHash, hash -> devices.findByTokenHash(hash).filter(Device::heard).map(DeviceRef::of));
    }

    /**
     * The device a broker user name names, in any condition, to attribute a refused sign-in:
     * {@code hospitalCode/deviceCode}, or a bare device code that only one hospital uses.
     */
    @Transactional(readOnly = true)
    public Optional<DeviceRef> named(String username) {
        if (username == null || username.isBlank() || username.length() > 200) {
            return Optional.empty();
        }
        int slash = username.indexOf('/');
        if (slash > 0) {
            return organizations.hospitalIdByCode(username.substring(0, slash))
                    .flatMap(hospital -> devices.findByHospitalIdAndCode(hospital, username.substring(slash + 1)))
                    .map(DeviceRef::of);
        }
        java.util.List<Device> sameCode = devices.findByCode(username);
        return sameCode.size() == 1 ? Optional.of(DeviceRef.of(sameCode.get(0))) : Optional.empty();
    }

    /** A device by id (in service or not), e.g. to show where an alarm came from. */
    @Transactional(readOnly = true)
    public Optional<DeviceRef> byId(long id) {
        return devices.findById(id).map(DeviceRef::of);
    }

    /** Records that the device was heard from (heartbeats, events), in the caller's transaction if there is one. */
    public void seen(long deviceId, Instant at) {
        if (lastSeenWritten.getIfPresent(deviceId) == null) {
            devices.markSeen(deviceId, Timestamp.from(at));
            lastSeenWritten.put(deviceId, at);
        }
    }
}
