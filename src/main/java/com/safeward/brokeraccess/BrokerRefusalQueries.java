package com.safeward.brokeraccess;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.safeward.devices.DeviceDirectory;
import com.safeward.devices.DeviceRef;
import com.safeward.organizations.DataScope;
import com.safeward.organizations.OrganizationDirectory;
import com.safeward.persistence.PagedQuery;
import com.safeward.persistence.SortableFields;

/** What the broker refused, newest first, within the caller's data scope. */
@Service
@Transactional(readOnly = true)
class BrokerRefusalQueries {

    static final SortableFields SORT = SortableFields.of(Sort.by(Sort.Direction.DESC, "lastAt"), "lastAt", "refusalCount",
            "reason");

    /** {@code days}: how far back (default 7, at most 90). */
    record RefusalFilter(Long hospitalId, RefusalReason reason, Integer days) {

        int daysBack() {
            return days == null ? 7 : Math.max(1, Math.min((int) BrokerRefusals.KEPT.toDays(), days));
        }
    }

    private record Row(long id, Long hospitalId, Long deviceId, String reason, String username, Instant windowStart,
            long refusalCount, Instant lastAt) {
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final DeviceDirectory devices;
    private final Clock clock;

    BrokerRefusalQueries(JdbcClient jdbc, OrganizationDirectory directory, DeviceDirectory devices, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.devices = devices;
        this.clock = clock;
    }

    Page<BrokerRefusalView> list(RefusalFilter filter, DataScope scope, Pageable pageable) {
        Page<Row> rows = query(filter, scope).page(jdbc, "broker_refusals", SORT, (rs, n) -> new Row(rs.getLong("id"),
                (Long) rs.getObject("hospital_id", Long.class), (Long) rs.getObject("device_id", Long.class),
                rs.getString("reason"), rs.getString("username"), rs.getTimestamp("window_start").toInstant(),
                rs.getLong("refusal_count"), rs.getTimestamp("last_at").toInstant()), pageable);
        Map<Long, String> hospitals = rows.getContent().stream().map(Row::hospitalId).filter(java.util.Objects::nonNull)
                .distinct().collect(Collectors.toMap(Function.identity(), h -> directory.hospitalLabel(h).orElse("")));
        Map<Long, String> codes = rows.getContent().stream().map(Row::deviceId).filter(java.util.Objects::nonNull)
                .distinct().collect(Collectors.toMap(Function.identity(),
                        d -> devices.byId(d).map(DeviceRef::code).orElse("")));
        return rows.map(r -> new BrokerRefusalView(r.id(), r.hospitalId(),
                r.hospitalId() == null ? "" : hospitals.get(r.hospitalId()), r.deviceId(),
                r.deviceId() == null ? "" : codes.get(r.deviceId()), r.reason(), r.username(), r.windowStart(),
                r.refusalCount(), r.lastAt()));
    }

    /** Refusals in the filter's period (the page's headline figure). */
    long total(RefusalFilter filter, DataScope scope) {
        return query(filter, scope).aggregate(jdbc, "broker_refusals", "coalesce(sum(refusal_count), 0) as total",
                (rs, n) -> rs.getLong("total")).orElse(0L);
    }

    private PagedQuery query(RefusalFilter filter, DataScope scope) {
        PagedQuery query = scope.limit(new PagedQuery(), "hospital_id")
                .and("window_start >= :since", "since", Timestamp.from(Instant.now(clock)
                        .minus(Duration.ofDays(filter.daysBack()))));
        if (filter.hospitalId() != null) {
            query.and("hospital_id = :hospital", "hospital", filter.hospitalId());
        }
        if (filter.reason() != null) {
            query.and("reason = :reason", "reason", filter.reason().name());
        }
        return query;
    }
}
