package com.safeward.disputes;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.safeward.organizations.Actor;
import com.safeward.organizations.OrganizationDirectory;

/**
 * Risk prompt letters (DSP-6). Read: the hospital's admins, security officers, leaders and patient
 * relations office (their hospital), regulators and committees (their region's), system admins.
 * Log: regulators and committees (issued to a hospital under them), the hospital's security
 * officers, leaders and patient relations office (a letter received on paper). Confirm read:
 * the hospital's leaders. Measures and closing: the hospital's security officers, leaders and
 * patient relations office. Another hospital's letter answers 404.
 */
@RestController
@RequestMapping("/api/v1/risk-letters")
@Tag(name = "Risk prompt letters", description = "DSP-6: letters from superiors, read, answered and closed on time")
class RiskLetterApi {

    /** The measures taken. */
    record MeasuresRequest(String measures) {
    }

    private final RiskLetters letters;
    private final OrganizationDirectory directory;

    RiskLetterApi(RiskLetters letters, OrganizationDirectory directory) {
        this.letters = letters;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(RiskLetterAccess.READ)
    @Operation(summary = "The letters about your hospitals, open first; open=true: only those not closed")
    List<RiskLetterView> list(@RequestParam(defaultValue = "false") boolean open) {
        return letters.list(open, null, directory.currentScope());
    }

    @GetMapping("/{id}")
    @PreAuthorize(RiskLetterAccess.READ)
    @Operation(summary = "A letter and where it stands (TO_READ, TO_ANSWER, TO_CLOSE, CLOSED)")
    RiskLetterView get(@PathVariable long id) {
        return letters.get(id, directory.currentScope());
    }

    @PostMapping
    @PreAuthorize(RiskLetterAccess.LOG)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a letter: issued by your region to a hospital under it, or received by your hospital")
    RiskLetterView log(@Valid @RequestBody RiskLetterForm form, @AuthenticationPrincipal Actor actor) {
        return letters.log(form, actor, directory.currentScope());
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(RiskLetterAccess.CONFIRM)
    @Operation(summary = "A leader of the hospital confirms having read it")
    RiskLetterView read(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return letters.confirmRead(id, actor, directory.currentScope());
    }

    @PostMapping("/{id}/measures")
    @PreAuthorize(RiskLetterAccess.ANSWER)
    @Operation(summary = "Record the measures taken")
    RiskLetterView measures(@PathVariable long id, @RequestBody MeasuresRequest request,
            @AuthenticationPrincipal Actor actor) {
        return letters.recordMeasures(id, request.measures(), actor, directory.currentScope());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(RiskLetterAccess.ANSWER)
    @Operation(summary = "Close it (needs a leader's confirmation and the measures)")
    RiskLetterView close(@PathVariable long id, @AuthenticationPrincipal Actor actor) {
        return letters.close(id, actor, directory.currentScope());
    }
}
