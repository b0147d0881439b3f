package com.safeward;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.safeward.organizations.OrganizationDirectory;

/** The records of a day at H001, made through the API as the people who make them. */
record DaysRecords(HttpApi api, OrganizationDirectory directory) {

    /** The servers (by base URL) that have a day's records: the browser walks share one application context. */
    private static final java.util.Set<String> RECORDED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Makes a day's records on the server at {@code baseUrl} unless it has them already. */
    static void onceFor(String baseUrl, OrganizationDirectory directory) {
        if (RECORDED.add(baseUrl)) {
            new DaysRecords(new HttpApi(baseUrl), directory).create();
        }
    }

    void create() {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long area = directory.areaChoices(h1).get(0).id();
        String admin = api.bearer("admin");
        String operator = api.bearer("operator");
        String security = api.bearer("security");
        String doctor = api.bearer("doctor");

        String device = api.post(admin, "/api/v1/devices", Json.object("hospitalId", h1, "areaId", area,
                "code", "WALK-" + System.nanoTime() % 100_000, "name", "巡检测试按钮", "deviceType", "PANIC_BUTTON"));
        String deviceToken = "Bearer " + com.jayway.jsonpath.JsonPath.read(device, "$.token");
        api.post(deviceToken, "/api/v1/device-events", Json.object("eventId", "walk-" + System.nanoTime(),
                "type", "PANIC", "occurredAt", Instant.now().toString()));

        long incident = HttpApi.id(api.post(doctor, "/api/v1/incidents", Json.object("hospitalId", h1,
                "areaId", area,
                "incidentType", "GROUP_DISTURBANCE", "description", "候诊区多人聚集吵闹")), "$.id");
        String at = "/api/v1/incidents/" + incident;
        api.post(operator, at + "/dispatch", Json.object("guard", "guard"));
        api.post(operator, at + "/sop/2/skip", Json.object("reason", "人员已自行散去"));
        api.post(operator, at + "/police-call", Json.object("partiesCount", 6,
                "behaviours", Json.array("GATHERING"),
                "anyoneInjured", false));
        api.post(api.bearer("police"), at + "/police/ARRIVED", null);
        api.post(operator, at + "/consequences", Json.object("deaths", 1, "seriousInjuries", 0, "injured", 2,
                "massIncident", true));

        // a name and birth date no other test screens: in the integration profile every test shares one database
        String document = TestIdentities.residentId("19551111");
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        long listing = HttpApi.id(api.post(security, "/api/v1/watchlist", Json.object("documentType", "RESIDENT_ID",
                "documentNumber", document, "name", "欧阳巡检", "phone", phone, "category", "THREATS_TO_HARM_STAFF",
                "reasons", "扬言要报复急诊科医生", "riskLevel", "HIGH", "validUntil", LocalDate.now().plusYears(1).toString())),
                "$.id");
        api.post(security, "/api/v1/watchlist/" + listing + "/review", Json.object("approve", true));
        String his = "Bearer " + com.jayway.jsonpath.JsonPath.read(api.post(admin, "/api/v1/integration-tokens",
                Json.object("name", "挂号系统", "hospitalId", h1,
                        "permissions", Json.array("SCREENING_SUBMIT"))), "$.token");
        api.post(his, "/api/v1/screenings", Json.object("context", "REGISTRATION", "person", Json.map(
                "documentType", "RESIDENT_ID", "documentNumber", document, "name", "欧阳巡检"), "department", "ED"));
        api.post(his, "/api/v1/screenings", Json.object("context", "REGISTRATION", "person", Json.map(
                "documentType", "PASSPORT", "documentNumber", "E" + System.nanoTime() % 10_000_000, "name", "欧陽巡检",
                "phone", phone)));

        long ward = directory.departmentByCode(h1, "ED").orElseThrow().id();
        long inpatient = HttpApi.id(api.post(doctor, "/api/v1/inpatients", Json.object("departmentId", ward,
                "admissionNo", "W" + System.nanoTime() % 1_000_000, "patientName", "李长住", "bed", "12",
                "admittedOn", LocalDate.now().minusDays(40).toString())), "$.id");
        api.post(doctor, "/api/v1/inpatients/" + inpatient + "/assessments", Json.object("result", "CRISIS",
                "score", 85, "note", "流露轻生念头"));

        api.post(api.bearer("county"), "/api/v1/circulars", Json.object("title", "某院急诊科患者家属持刀伤医",
                "summary", "夜间急诊，家属因候诊时间长持刀伤人。", "lessons", "急诊科夜间须有保安值守。"));
        api.post(api.bearer("hadmin"), "/api/v1/notification-channels", Json.object("name", "保卫科群",
                "kind", "WEBHOOK", "target", "http://127.0.0.1:9/nowhere", "kinds", "INCIDENT_REPORTED,GUARD_TASK",
                "hospitalId", h1));
        ledger(h1, security);
        supervision(h1);
        long last = HttpApi.id(api.post(doctor, "/api/v1/incidents", Json.object("hospitalId", h1, "areaId", area,
                "incidentType", "THREAT", "description", "扬言报复")), "$.id");
        // the notifications of these records are sent by asynchronous listeners; the last one is there when it is
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(security, "/api/v1/notifications?size=200").contains("/incidents/" + last + "\""));
    }

    /** SUP-2, RSK-2: the county's fire-safety inspection with one finding in the ledger, and security's self-check under way. */
    private void ledger(long h1, String security) {
        String county = api.bearer("county");
        java.util.List<Integer> fire = com.jayway.jsonpath.JsonPath.read(api.get(county, "/api/v1/checklists"),
                "$[?(@.code == 'FIRE_SAFETY')].id");
        String inspection = api.post(county, "/api/v1/inspections", Json.object("hospitalId", h1,
                "templateId", fire.get(0), "kind", "INSPECTION"));
        long id = HttpApi.id(inspection, "$.id");
        java.util.List<java.util.Map<String, Object>> items = com.jayway.jsonpath.JsonPath.read(inspection, "$.items");
        for (java.util.Map<String, Object> item : items) {
            String answer = switch (item.get("answerType").toString()) {
                case "NUMBER" -> item.get("expected") == null ? "1" : item.get("expected").toString();
                case "TEXT" -> "未见其他隐患";
                default -> Boolean.TRUE.equals(item.get("photoRequired")) ? "NA"
                        : item.get("question").toString().startsWith("病房走廊") ? "NO" : "YES";
            };
            api.put(county, "/api/v1/inspections/" + id + "/answers/" + item.get("id"),
                    Json.object("answer", answer, "note", answer.equals("NO") ? "内科病区走廊加床两张" : null));
        }
        api.post(county, "/api/v1/inspections/" + id + "/submit", Json.object("conclusion", "走廊加床，限期整改"));
        api.post(security, "/api/v1/inspections", Json.object("hospitalId", h1, "templateId", fire.get(0),
                "kind", "SELF_CHECK"));
        api.post(security, "/api/v1/rectifications", Json.object("hospitalId", h1, "problem", "门诊楼一层灭火器过期",
                "place", "门诊楼1F", "severity", "MAJOR", "source", "FIRE_PATROL"));
    }

    /** SUP-3, RSK-4: the county's guidance to H001 and the city's task to its tertiary hospitals. */
    private void supervision(long h1) {
        api.post(api.bearer("county"), "/api/v1/supervision-actions", Json.object("hospitalId", h1, "kind", "GUIDANCE",
                "title", "急诊科夜间值守督导", "details", "急诊科夜间保安须双人在岗",
                "respondBy", LocalDate.now().plusDays(7).toString()));
        api.post(api.bearer("city"), "/api/v1/tasks", Json.object("title", "报送第四季度风险排查台账",
                "grade", "LEVEL_3", "dueDate", LocalDate.now().plusDays(14).toString()));
    }
}
