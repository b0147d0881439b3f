package com.safeward.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 行政区划: a province, city or county. {@code path} lists the codes from the root ("/41/4101/410102/"). */
@Table("regions")
record Region(@Id Long id, Long parentId, String code, String name, RegionLevel level, String path,
        @Version Integer version, Instant createdAt, Instant updatedAt) {

    static Region root(String code, String name, Instant now) {
        return new Region(null, null, code, name, RegionLevel.PROVINCE, "/" + code + "/", null, now, now);
    }

    /** A region directly below this one, one level down (province → city → county). */
    Region child(String code, String name, Instant now) {
        RegionLevel level = level().childLevel();
        if (level == null) {
            throw new com.safeward.kernel.RuleViolation("parentId", "validation.region.noChildOfCounty");
        }
        return new Region(null, id, code, name, level, path + code + "/", null, now, now);
    }

    Region renamed(String name, Instant now) {
        return new Region(id, parentId, code, name, level, path, version, createdAt, now);
    }
}
