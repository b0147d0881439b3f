package com.safeward.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.safeward.Json;
import com.safeward.SafeWardTest;
import com.safeward.TestLogins;

/** Organizations (SUP-1, PHY-2): regions, stations, hospitals, departments, areas, in the API and the UI. */
@SafeWardTest
class OrganizationsTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired OrganizationDirectory directory;

    @Test
    void adminBuildsARegionTreeAndRegistersAHospitalWithItsFacts() throws Exception {
        String suffix = String.valueOf(1000 + System.nanoTime() % 9000);
        long province = createRegion("9" + suffix, "测试省" + suffix, null);
        long city = createRegion("9" + suffix + "01", "测试市", province);
        long county = createRegion("9" + suffix + "0101", "测试县", city);
        admin(post("/api/v1/regions"), Json.object("code", "9" + suffix + "010101", "name", "过深", "parentId", county))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("parentId")));

        String station = admin(post("/api/v1/police-stations"),
                Json.object("code", "PS" + suffix, "name", "测试派出所", "regionId", county))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long stationId = ((Number) JsonPath.read(station, "$.id")).longValue();

        String hospital = admin(post("/api/v1/hospitals"), Json.object("code", "T" + suffix, "name", "测试医院",
                "regionId", county, "policeStationId", stationId, "category", "GENERAL", "gradeLevel", "LEVEL_3", "gradeClass", "A", "openBeds", 1200, "dailyOutpatients", 6000, "onDutyMedicalStaff", 1500))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionName", is("测试县")))
                .andExpect(jsonPath("$.policeStationName", is("测试派出所")))
                .andReturn().getResponse().getContentAsString();
        long hospitalId = ((Number) JsonPath.read(hospital, "$.id")).longValue();

        admin(post("/api/v1/hospitals"), Json.object("code", "T" + suffix, "name", "重复", "regionId", county,
                "gradeLevel", "LEVEL_1", "openBeds", 1, "dailyOutpatients", 1, "onDutyMedicalStaff", 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("code")));
        admin(post("/api/v1/hospitals"), Json.object("code", "N" + suffix, "name", "负数", "regionId", county,
                "gradeLevel", "LEVEL_1", "openBeds", -5, "dailyOutpatients", 1, "onDutyMedicalStaff", 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("openBeds")));

        mvc.perform(get("/api/v1/hospitals?regionId=" + province).header(HttpHeaders.AUTHORIZATION, logins.bearer("admin")))
                .andExpect(jsonPath("$.totalElements", is(1)))
                .andExpect(jsonPath("$.content[0].id", is((int) hospitalId)));
    }

    @Test
    void hospitalStaffKeepTheirFactsCurrentButCannotMoveTheHospital() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        long otherRegion = directory.regionIdByCode("410103").orElseThrow();
        String current = mvc.perform(get("/api/v1/hospitals/" + h1).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andReturn().getResponse().getContentAsString();
        long region = ((Number) JsonPath.read(current, "$.regionId")).longValue();
        mvc.perform(put("/api/v1/hospitals/" + h1).header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.object("code", "H001", "name", "郑州市第一人民医院", "regionId", otherRegion,
                        "category", "GENERAL", "gradeLevel", "LEVEL_3", "gradeClass", "A", "openBeds", 1510, "dailyOutpatients", 8000, "onDutyMedicalStaff", 2200, "complexPublicOrder", true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openBeds", is(1510)))
                .andExpect(jsonPath("$.regionId", is((int) region)))
                .andExpect(jsonPath("$.policeStationId").isNumber());
        mvc.perform(post("/api/v1/hospitals").header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(Json.object("code", "X1", "name", "自建",
                        "regionId", region, "gradeLevel", "LEVEL_1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void securityOfficerManagesAreasAndKeyAreasOfTheirHospital() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String name = "配电间" + System.nanoTime() % 100000;
        String created = security(post("/api/v1/areas"), Json.object("hospitalId", h1, "building", "后勤楼",
                "floor", "2F", "name", name, "areaType", "POWER_SUPPLY", "keyArea", false))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.keyArea", is(true)))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        security(post("/api/v1/areas"), Json.object("hospitalId", h1, "building", "后勤楼", "floor", "2F", "name", name,
                "areaType", "OTHER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("name")));

        security(put("/api/v1/areas/" + id), Json.object("hospitalId", h1, "building", "后勤楼", "floor", "3F",
                "name", name, "areaType", "WAITING", "keyArea", true, "note", "改造后"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.floor", is("3F")))
                .andExpect(jsonPath("$.keyArea", is(true)));

        mvc.perform(get("/api/v1/areas?keyArea=true&q=" + name).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$.totalElements", is(1)));
        mvc.perform(delete("/api/v1/areas/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security2")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/areas/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/areas/" + id).header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchTreatsWildcardsLiterally() throws Exception {
        mvc.perform(get("/api/v1/areas?q=%25").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(jsonPath("$.totalElements", is(0)));
    }

    @Test
    void areasExportAsCsvThatExcelOpensInChinese() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/areas/export?keyArea=true").header(HttpHeaders.AUTHORIZATION, logins.bearer("security")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("areas.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF医院,楼宇");
        assertThat(text).contains("麻精药品库", "药品存放", "是").doesNotContain("挂号收费处");
    }

    @Test
    void hospitalListExportsWithinTheScope() throws Exception {
        String text = mvc.perform(get("/hospitals/export").session(logins.session("county")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("H001", "H003").doesNotContain("H002");
    }

    @Test
    void areaFormShowsErrorsNextToTheFieldsAndSavesValidInput() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        var session = logins.session("security");
        mvc.perform(get("/areas/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"building\"")));
        mvc.perform(post("/areas").session(session).with(csrf()).param("hospitalId", String.valueOf(h1))
                .param("building", "").param("floor", "1F").param("name", "x").param("areaType", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("请填写“楼宇”。")));
        String name = "页面新增" + System.nanoTime() % 100000;
        mvc.perform(post("/areas").session(session).with(csrf()).param("hospitalId", String.valueOf(h1))
                .param("building", "门诊楼").param("floor", "3F").param("name", name).param("areaType", "WAITING"))
                .andExpect(redirectedUrl("/areas?hospitalId=" + h1));
        mvc.perform(get("/areas?q=" + name).session(session)).andExpect(content().string(containsString(name)));
    }

    @Test
    void pagesRenderInEnglishOnRequest() throws Exception {
        var session = logins.session("security");
        mvc.perform(get("/areas?lang=en").session(session)).andExpect(content().string(containsString("Areas and key areas")));
        mvc.perform(get("/areas?lang=zh_CN").session(session)).andExpect(content().string(containsString("区域与重点部位")));
    }

    @Test
    void everyListPageRendersForEveryKindOfUser() throws Exception {
        for (String user : new String[] {"admin", "security", "county", "police", "guard"}) {
            var session = logins.session(user);
            for (String page : new String[] {"/", "/hospitals", "/areas", "/account/password"}) {
                mvc.perform(get(page).session(session)).andExpect(status().isOk());
            }
        }
        var admin = logins.session("admin");
        for (String page : new String[] {"/regions", "/police-stations", "/users", "/users/new", "/integration-tokens",
                "/audit", "/hospitals/new", "/areas/new"}) {
            mvc.perform(get(page).session(admin)).andExpect(status().isOk());
        }
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        mvc.perform(get("/hospitals/" + h1).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/hospitals/" + h1 + "/edit").session(admin)).andExpect(status().isOk());
    }

    @Test
    void departmentsStationsAndRegionsAreEditedInTheUi() throws Exception {
        long h1 = directory.hospitalIdByCode("H001").orElseThrow();
        String body = security(post("/api/v1/hospitals/" + h1 + "/departments"),
                Json.object("code", "D" + (System.nanoTime() % 100000), "name", "临时科室", "kind", "CLINICAL"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long department = ((Number) JsonPath.read(body, "$.id")).longValue();
        var security = logins.session("security");
        mvc.perform(get("/hospitals/" + h1 + "/departments/" + department + "/edit").session(security))
                .andExpect(status().isOk()).andExpect(content().string(containsString("临时科室")));
        mvc.perform(post("/hospitals/" + h1 + "/departments/" + department).session(security).with(csrf())
                .param("code", "ignored").param("name", "").param("kind", "CLINICAL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/hospitals/" + h1 + "/departments/" + department).session(security).with(csrf())
                .param("code", "ignored").param("name", "日间手术中心").param("kind", "CLINICAL"))
                .andExpect(redirectedUrl("/hospitals/" + h1));
        mvc.perform(get("/hospitals/" + h1 + "/departments/" + department + "/edit").session(logins.session("security2")))
                .andExpect(status().isNotFound());

        var admin = logins.session("admin");
        long station = directory.policeStationOf(h1).orElseThrow();
        mvc.perform(get("/police-stations/" + station + "/edit").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/police-stations/" + station + "/edit").session(security)).andExpect(status().isForbidden());
        long region = directory.regionIdByCode("410103").orElseThrow();
        mvc.perform(post("/regions/" + region).session(admin).with(csrf()).param("code", "410103").param("name", "二七区"))
                .andExpect(redirectedUrl("/regions"));
        mvc.perform(post("/regions/" + region).session(security).with(csrf()).param("code", "410103").param("name", "改名"))
                .andExpect(status().isForbidden());
    }

    private long createRegion(String code, String name, Long parent) throws Exception {
        String body = admin(post("/api/v1/regions"), Json.object("code", code, "name", name,
                "parentId", parent)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private org.springframework.test.web.servlet.ResultActions admin(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.bearer("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private org.springframework.test.web.servlet.ResultActions security(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, logins.bearer("security"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
