package com.safeward.watchlist;

import static com.safeward.TestIdentities.fullWidth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestAudit;
import com.safeward.TestInbox;
import com.safeward.TestLogins;
import com.safeward.organizations.OrganizationDirectory;

/** WL-1 … WL-3, WL-5, WL-7 through the API: listing, review, screening, alerts, actions, sharing, scope. */
@SafeWardTest
class WatchlistTests {

    private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(100);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired TestAudit audit;
    @Autowired TestInbox inbox;
    @Autowired OrganizationDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired com.safeward.TestClock clock;
    @Autowired Watchlist watchlist;
    @Autowired Listings listings;

    /** A valid resident ID number (checksum included) born on the given day. */
    static String idNumber(String birth) {
        return com.safeward.TestIdentities.residentId(birth);
    }

    long h1() {
        return directory.hospitalIdByCode("H001").orElseThrow();
    }

    String listing(String document, String name, String phone, String risk) {
        return Json.object("documentType", "RESIDENT_ID", "documentNumber", document, "name", name, "phone", phone,
                "category", "THREATS_TO_HARM_STAFF", "reasons", "扬言要报复急诊科医生", "riskLevel", risk, "validUntil", String.valueOf(LocalDate.now().plusYears(1)));
    }

    long listAndApprove(String body) throws Exception {
        String security = logins.bearer("security");
        String created = send(post("/api/v1/watchlist"), security, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("PROPOSED"))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        send(post("/api/v1/watchlist/" + id + "/review"), security, Json.object("approve", true)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("ACTIVE")));
        return id;
    }

    ResultActions screen(String token, String document, String documentType, String name, String phone,
            String birthDate, String department) throws Exception {
        return send(post("/api/v1/screenings"), token, Json.object("context", "REGISTRATION",
                "person", Json.map("documentType", documentType, "documentNumber", document, "name", name,
                "phone", phone, "birthDate", birthDate), "department", department));
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String bearer, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anApprovedListingIsMatchedExactlyAndSecurityAndTheDepartmentAreAlerted() throws Exception {
        String document = idNumber("19800101");
        String his = logins.integration(h1(), "SCREENING_SUBMIT");
        String created = send(post("/api/v1/watchlist"), logins.bearer("security"), listing(document, "张三丰", null, "HIGH"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat((String) JsonPath.read(created, "$.documentMasked")).isEqualTo(document.substring(0, 3) + "***********"
                + document.substring(14));
        screen(his, document, "RESIDENT_ID", "张三丰", null, null, "ED").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("NONE"))); // proposed, not yet approved

        send(post("/api/v1/watchlist/" + id + "/review"), logins.bearer("security"), Json.object("approve", true))
                .andExpect(jsonPath("$.status", is("ACTIVE")))
                .andExpect(jsonPath("$.history[*].action", hasItem("APPROVED")));
        String answer = screen(his, document, "RESIDENT_ID", "张三丰", null, null, "ED").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("EXACT"))).andExpect(jsonPath("$.matchReason", is("SAME_DOCUMENT")))
                .andExpect(jsonPath("$.riskLevel", is("HIGH")))
                .andExpect(jsonPath("$.actions", hasItem("DEPARTMENT_ALERTED")))
                .andReturn().getResponse().getContentAsString();
        long screening = ((Number) JsonPath.read(answer, "$.screeningId")).longValue();
        // WL-3: written in the screening's transaction, so there before the answer
        assertThat(inbox.of("security", "HIGH_RISK_PERSON", "/screenings/" + screening)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("高风险人员：张*丰（扬言伤医，高风险）正在挂号，急诊科"));
        assertThat(inbox.of("operator", "HIGH_RISK_PERSON", "/screenings/" + screening)).hasSize(1);
        assertThat(inbox.of("doctor", "HIGH_RISK_PERSON", null)).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from screenings where document_masked like '%" + document.substring(6, 14) + "%'")
                .query(Long.class).single()).as("screenings keep the identity masked").isZero();

        // WL-3: escort by a guard, who sees it on the phone; report to the police; a warning given.
        String security = logins.bearer("security");
        send(post("/api/v1/screenings/" + screening + "/guard"), security, Json.object("kind", "ESCORT",
                "guard", "guard"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.guards[0].kind", is("ESCORT")))
                .andExpect(jsonPath("$.actions[*].action", hasItem("ESCORT_ASSIGNED")));
        mvc.perform(get("/api/v1/my-tasks").header(HttpHeaders.AUTHORIZATION, logins.bearer("guard")))
                .andExpect(jsonPath("$[?(@.sourceType == 'SCREENING' && @.sourceId == " + screening + ")].kind",
                        hasItem("ESCORT")));
        send(post("/api/v1/screenings/" + screening + "/police-report"), security, Json.object("note", "曾扬言伤医"))
                .andExpect(jsonPath("$.actions[*].action", hasItem("REPORTED_TO_POLICE")));
        send(post("/api/v1/screenings/" + screening + "/talks"), security, Json.object("action", "WARNING_GIVEN",
                "note", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("note")));
        send(post("/api/v1/screenings/" + screening + "/talks"), security,
                Json.object("action", "WARNING_GIVEN", "note", "告知扰乱医疗秩序的法律后果"))
                .andExpect(jsonPath("$.actions[*].action", hasItem("WARNING_GIVEN")));
        // WL-5: the police of the station see the match and the incident.
        mvc.perform(get("/api/v1/screenings").header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) screening)));
        String incidents = mvc.perform(get("/api/v1/incidents?size=200").header(HttpHeaders.AUTHORIZATION, security))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(incidents, "$.content[?(@.incidentType == 'HIGH_RISK_PERSON')].description"))
                .filteredOn(d -> d.contains("#" + screening)).hasSize(1);
    }

    @Test
    void nameVariantsWithTheSamePhoneOrBirthDateArePossibleMatchesThatSecurityDecides() throws Exception {
        String phone = "139" + String.format("%08d", SERIAL.incrementAndGet());
        listAndApprove(listing(idNumber("19750505"), "張偉", phone, "MEDIUM"));
        String his = logins.integration(h1(), "SCREENING_SUBMIT");

        String answer = screen(his, "E" + SERIAL.incrementAndGet() + "1234", "PASSPORT", "张伟", phone, null, null)
                .andExpect(jsonPath("$.outcome", is("POSSIBLE")))
                .andExpect(jsonPath("$.matchReason", is("NAME_VARIANT_AND_PHONE")))
                .andReturn().getResponse().getContentAsString();
        screen(his, "E" + SERIAL.incrementAndGet() + "1234", "PASSPORT", "张卫", null, "1975-05-05", null)
                .andExpect(jsonPath("$.outcome", is("POSSIBLE")))
                .andExpect(jsonPath("$.matchReason", is("NAME_VARIANT_AND_BIRTH_DATE")));
        screen(his, "E" + SERIAL.incrementAndGet() + "1234", "PASSPORT", "李强", phone, null, null)
                .andExpect(jsonPath("$.outcome", is("NONE")));
        screen(his, "E" + SERIAL.incrementAndGet() + "1234", "PASSPORT", "张伟", null, "1975-05-06", null)
                .andExpect(jsonPath("$.outcome", is("NONE")));

        long screening = ((Number) JsonPath.read(answer, "$.screeningId")).longValue();
        String security = logins.bearer("security");
        send(post("/api/v1/screenings/" + screening + "/decision"), security, Json.object("confirm", false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("note")));
        send(post("/api/v1/screenings/" + screening + "/decision"), security, Json.object("confirm", false,
                "note", "核对照片非本人"))
                .andExpect(jsonPath("$.status", is("DISMISSED"))).andExpect(jsonPath("$.decidedBy", is("security")));
        send(post("/api/v1/screenings/" + screening + "/decision"), security, Json.object("confirm", true))
                .andExpect(status().isBadRequest());
    }

    /**
     * WL-2: identities as hospital information systems really send them (full width, spaces, a
     * lowercase x, the legacy 15-digit number, +86 and dashes, any interpunct or none) find the
     * listed person with the outcome of the canonical form; an appointment made by phone is
     * screened by name and phone alone.
     */
    @Test
    void identitiesInTheFormsHospitalSystemsSendFindTheListedPerson() throws Exception {
        String document = idNumber("19630707");
        String phone = "137" + String.format("%08d", SERIAL.incrementAndGet());
        listAndApprove(listing(document, "阿卜杜·热合曼", phone, "HIGH"));
        String his = logins.integration(h1(), "SCREENING_SUBMIT");

        String typed = "\u3000" + fullWidth(document.substring(0, 6)) + " " + document.substring(6).toLowerCase() + " ";
        screen(his, typed, "RESIDENT_ID", "阿卜杜•热合曼", null, null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("EXACT"))).andExpect(jsonPath("$.matchReason", is("SAME_DOCUMENT")));
        String legacy = document.substring(0, 6) + document.substring(8, 17);
        screen(his, legacy, "RESIDENT_ID", "阿卜杜热合曼", null, null, null)
                .andExpect(jsonPath("$.outcome", is("EXACT")));

        String byPhone = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
        String answer = screen(his, null, null, "阿卜杜热合曼", byPhone, null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome", is("POSSIBLE")))
                .andExpect(jsonPath("$.matchReason", is("NAME_VARIANT_AND_PHONE")))
                .andReturn().getResponse().getContentAsString();
        screen(his, null, null, "阿卜杜・热合曼", null, "1963-07-07", null)
                .andExpect(jsonPath("$.outcome", is("POSSIBLE")));
        screen(his, null, null, "李强", fullWidth(phone), null, null).andExpect(jsonPath("$.outcome", is("NONE")));
        screen(his, null, null, "阿卜杜热合曼", null, null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("person.documentNumber")));

        long screening = ((Number) JsonPath.read(answer, "$.screeningId")).longValue();
        mvc.perform(get("/api/v1/screenings/" + screening).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documentMasked").doesNotExist());
    }

    @Test
    void badIdentitiesAreRefusedNamingTheField() throws Exception {
        String bad = idNumber("19800101");
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        send(post("/api/v1/watchlist"), logins.bearer("security"), listing(bad, "王五", null, "LOW"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("documentNumber")));
        screen(logins.integration(h1(), "SCREENING_SUBMIT"), bad, "RESIDENT_ID", "王五", null, null, null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("person.documentNumber")));
        screen(logins.integration(h1(), "SCREENING_SUBMIT"), idNumber("19800101"), "RESIDENT_ID", "王五", null, null, "NOPE")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("department")));
        screen(logins.integration(h1(), "ORGANIZATION_READ"), idNumber("19800101"), "RESIDENT_ID", "王五", null, null, null)
                .andExpect(status().isForbidden());
        screen(logins.bearer("doctor"), idNumber("19800101"), "RESIDENT_ID", "王五", null, null, null)
                .andExpect(status().isForbidden());
    }

    @Test
    void listingsWarnTheCountyByDefaultAndStayInScope() throws Exception {
        String document = idNumber("19660606");
        long id = listAndApprove(listing(document, "赵六", null, "HIGH"));
        long h2 = directory.hospitalIdByCode("H002").orElseThrow();
        long h3 = directory.hospitalIdByCode("H003").orElseThrow();
        screen(logins.integration(h3, "SCREENING_SUBMIT"), document, "RESIDENT_ID", "赵六", null, null, null)
                .andExpect(jsonPath("$.outcome", is("EXACT"))); // H003 is in H001's county (中原区)
        String atH002 = screen(logins.integration(h2, "SCREENING_SUBMIT"), document, "RESIDENT_ID", "赵六", null, null, null)
                .andExpect(jsonPath("$.outcome", is("NONE"))) // H002 is in 二七区
                .andReturn().getResponse().getContentAsString();
        long h2Screening = ((Number) JsonPath.read(atH002, "$.screeningId")).longValue();
        mvc.perform(get("/api/v1/screenings/" + h2Screening).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isOk());
        for (String outsider : new String[] {"security", "county", "police"}) { // another hospital, county, station
            mvc.perform(get("/api/v1/screenings/" + h2Screening).header(HttpHeaders.AUTHORIZATION, logins.bearer(outsider)))
                    .andExpect(status().isNotFound());
        }

        mvc.perform(get("/api/v1/watchlist/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/watchlist/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("doctor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/watchlist/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nameMasked", is("赵*")));
        mvc.perform(get("/api/v1/watchlist").header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/watchlist?q=" + document).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
    }

    @Test
    void delistingIsReviewedAndRevealAndExportAreAudited() throws Exception {
        String document = idNumber("19900909");
        long id = listAndApprove(listing(document, "钱七", "13700000000", "LOW"));
        String security = logins.bearer("security");
        String his = logins.integration(h1(), "SCREENING_SUBMIT");
        send(post("/api/v1/watchlist/" + id + "/delisting"), logins.bearer("complaints"), Json.object("reason", "纠纷已调解结案"))
                .andExpect(jsonPath("$.status", is("DELISTING_PROPOSED")));
        screen(his, document, "RESIDENT_ID", "钱七", null, null, null).andExpect(jsonPath("$.outcome", is("EXACT")));
        send(post("/api/v1/watchlist/" + id + "/review"), logins.bearer("complaints"), Json.object("approve", true))
                .andExpect(status().isForbidden());
        send(post("/api/v1/watchlist/" + id + "/review"), security, Json.object("approve", true))
                .andExpect(jsonPath("$.status", is("DELISTED")));
        screen(his, document, "RESIDENT_ID", "钱七", null, null, null).andExpect(jsonPath("$.outcome", is("NONE")));

        send(post("/api/v1/watchlist/" + id + "/reveal"), security, Json.object("reason", "核对身份"))
                .andExpect(jsonPath("$.documentNumber", is(document))).andExpect(jsonPath("$.phone", is("13700000000")));
        assertThat(audit.of("PERSONAL_DATA_VIEWED", "WatchlistPerson", id)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("核对身份"));

        long listed = listAndApprove(listing(idNumber("19700707"), "孙八", null, "HIGH"));
        mvc.perform(get("/api/v1/watchlist/export?reason=警务平台同步").header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) listed)));
        mvc.perform(get("/api/v1/watchlist/export?reason=x").header(HttpHeaders.AUTHORIZATION, logins.bearer("county")))
                .andExpect(status().isForbidden());
        assertThat(audit.of("EXPORTED", "WatchlistPerson", null)).isNotEmpty();
    }

    @Test
    void anExpiredListingIsNoLongerScreenedAndSecurityIsToldToReviewIt() throws Exception {
        String document = idNumber("19881212");
        long id = listAndApprove(listing(document, "周九", null, "MEDIUM").replace(
                LocalDate.now().plusYears(1).toString(), LocalDate.now().plusDays(2).toString()));
        String his = logins.integration(h1(), "SCREENING_SUBMIT");
        try {
            clock.advance(java.time.Duration.ofDays(4));
            screen(his, document, "RESIDENT_ID", "周九", null, null, null).andExpect(jsonPath("$.outcome", is("NONE")));
            assertThat(watchlist.expire()).isPositive();
            String security = "Bearer " + logins.token("security", "demo"); // cached access tokens expired meanwhile
            mvc.perform(get("/api/v1/watchlist/" + id).header(HttpHeaders.AUTHORIZATION, security))
                    .andExpect(jsonPath("$.status", is("EXPIRED")))
                    .andExpect(jsonPath("$.history[*].action", hasItem("EXPIRED")));
            assertThat(inbox.await("security", "WATCHLIST_EXPIRED", "/watchlist/" + id)).isNotEmpty();
            send(post("/api/v1/watchlist/" + id + "/renewal"), security,
                    Json.object("validUntil", String.valueOf(LocalDate.now().plusYears(1)), "note", "仍多次来院缠闹"))
                    .andExpect(jsonPath("$.status", is("ACTIVE")));
            screen(his, document, "RESIDENT_ID", "周九", null, null, null).andExpect(jsonPath("$.outcome", is("EXACT")));
        } finally {
            clock.reset();
        }
    }

    /** Screenings without a match are stored in groups: each answer carries the id of its own record. */
    @Test
    void concurrentScreeningsEachGetTheirOwnRecord() throws Exception {
        String his = logins.integration(h1(), "SCREENING_SUBMIT");
        String[] surnames = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王"};
        java.util.Map<Long, String> answered = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String surname = surnames[t];
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        String body = screen(his, idNumber("19800101"), "RESIDENT_ID", surname + "某某", null, null, null)
                                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                        answered.put(((Number) JsonPath.read(body, "$.screeningId")).longValue(), surname);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(answered).hasSize(80);
        answered.forEach((id, surname) -> assertThat(jdbc.sql("select name_masked from screenings where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(surname + "*某"));
    }

    /**
     * WL-7: two security officers open the same proposal and both decide. The second decision, made
     * on the version both saw, is a 409 problem, and the first one stands.
     */
    @Test
    void aSecondReviewOfTheVersionAlreadyDecidedIsAConflictNotASilentOverwrite() throws Exception {
        String security = logins.bearer("security");
        String created = send(post("/api/v1/watchlist"), security, listing(idNumber("19690909"), "钱十二", null, "LOW"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version", is(0))).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        send(post("/api/v1/watchlist/" + id + "/review"), security, Json.object("approve", true, "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("ACTIVE")));
        send(post("/api/v1/watchlist/" + id + "/review"), security,
                Json.object("approve", false, "note", "证据不足", "version", 0))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("该记录已被他人修改，请刷新后重试。")));
        mvc.perform(get("/api/v1/watchlist/" + id).header(HttpHeaders.AUTHORIZATION, security))
                .andExpect(jsonPath("$.status", is("ACTIVE")))
                .andExpect(jsonPath("$.history[?(@.action == 'REJECTED')]").isEmpty());
    }

    /** Two decisions racing in the database (each read the listing before the other saved): the second save fails. */
    @Test
    void twoReviewsRacingOnTheSameListingCannotBothBeSaved() throws Exception {
        long id = ((Number) JsonPath.read(send(post("/api/v1/watchlist"), logins.bearer("security"),
                listing(idNumber("19680808"), "孙十三", null, "LOW")).andReturn().getResponse().getContentAsString(),
                "$.id")).longValue();
        Listing first = listings.findById(id).orElseThrow();
        Listing second = listings.findById(id).orElseThrow();
        listings.save(first.review(true, null, "security", java.time.Instant.now()).listing());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> listings.save(
                second.review(false, "重复", "security", java.time.Instant.now()).listing()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(listings.findById(id).orElseThrow().status()).isEqualTo(ListingStatus.ACTIVE);
    }

    /** WL-1: evidence files are checked by content, listed with the listing, and every download is audited. */
    @Test
    void evidenceFilesAreCheckedByContentAndDownloadsAudited() throws Exception {
        long id = listAndApprove(listing(idNumber("19770707"), "冯十一", null, "MEDIUM"));
        String security = logins.bearer("security");
        java.util.concurrent.atomic.AtomicReference<Number> evidenceId = new java.util.concurrent.atomic.AtomicReference<>();
        byte[] pdf = "%PDF-1.4 complaint letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/watchlist/" + id + "/evidence")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "../../信访材料.pdf", "application/pdf", pdf))
                .header(HttpHeaders.AUTHORIZATION, security))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.evidenceFiles[0].filename", is("信访材料.pdf")))
                .andDo(result -> evidenceId.set(JsonPath.read(result.getResponse().getContentAsString(), "$.evidenceFiles[0].id")))
                .andExpect(jsonPath("$.evidenceFiles[0].contentType", is("application/pdf")))
                .andExpect(jsonPath("$.history[*].action", hasItem("EVIDENCE_ADDED")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/watchlist/" + id + "/evidence")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf", "MZ executable".getBytes()))
                .header(HttpHeaders.AUTHORIZATION, security))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("file")));
        long evidence = evidenceId.get().longValue();
        mvc.perform(get("/api/v1/watchlist/" + id + "/evidence/" + evidence).header(HttpHeaders.AUTHORIZATION, logins.bearer("police")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(pdf));
        mvc.perform(get("/api/v1/watchlist/" + id + "/evidence/" + evidence).header(HttpHeaders.AUTHORIZATION, logins.bearer("operator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/watchlist/" + id + "/evidence/" + evidence).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        assertThat(audit.of("EXPORTED", "EvidenceFile", evidence)).hasSize(1);
    }

    /** An action on another hospital's listing or screening answers 404 whatever its body: a 400 would say it exists. */
    @Test
    void actionsOutsideTheScopeAreNotFoundBeforeTheirBodyIsLookedAt() throws Exception {
        String document = idNumber("19790909");
        long listed = listAndApprove(listing(document, "卫十二", null, "HIGH"));
        String hospital1 = logins.bearer("security");
        String screened = screen(logins.integration(h1(), "SCREENING_SUBMIT"), document, "RESIDENT_ID", "卫十二", null, null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long screening = ((Number) JsonPath.read(screened, "$.screeningId")).longValue();
        String hospital2 = logins.bearer("security2");
        send(post("/api/v1/watchlist/" + listed + "/delisting"), hospital2, "{}").andExpect(status().isNotFound());
        send(post("/api/v1/screenings/" + screening + "/talks"), hospital2, "{}").andExpect(status().isNotFound());
        send(post("/api/v1/watchlist/" + listed + "/delisting"), hospital1, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("reason")));
        send(post("/api/v1/screenings/" + screening + "/talks"), hospital1, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("action")));
    }
}
