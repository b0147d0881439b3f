package com.safeward.devices;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.identity.SecretTokens;
import com.safeward.organizations.OrganizationDirectory;

/** The devices module's API for the intake: who is this device, and note that it was seen. */
@Service
public class DeviceDirectory {

    private final Devices devices;
    private final OrganizationDirectory organizations;

    DeviceDirectory(Devices devices, OrganizationDirectory organizations) {
        this.devices = devices;
        this.organizations = organizations;
    }

    /** The enabled device a bearer token belongs to (HTTP intake). */
    @Transactional(readOnly = true)
    public Optional<DeviceRef> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return devices.findByTokenHash(SecretTokens.hash(token.trim())).filter(Device::enabled).map(DeviceRef::of);
    }

    /** The enabled device the MQTT topic names: {@code safeward/{hospitalCode}/devices/{deviceCode}/events}. */
    @Transactional(readOnly = true)
    public Optional<DeviceRef> byCodes(String hospitalCode, String deviceCode) {
        return organizations.hospitalIdByCode(hospitalCode)
                .flatMap(hospital -> devices.findByHospitalIdAndCode(hospital, deviceCode))
                .filter(Device::enabled).map(DeviceRef::of);
    }

    /** A device by id (enabled or not), e.g. to show where an alarm came from. */
    @Transactional(readOnly = true)
    public Optional<DeviceRef> byId(long id) {
        return devices.findById(id).map(DeviceRef::of);
    }

    /** Records that the device was heard from (heartbeats, events). */
    @Transactional
    public void seen(long deviceId, Instant at) {
        devices.markSeen(deviceId, Timestamp.from(at));
    }
}
