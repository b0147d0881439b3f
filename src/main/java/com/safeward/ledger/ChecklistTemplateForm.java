package com.safeward.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new checklist template (its items are added one by one, each a new version). */
class ChecklistTemplateForm {
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{validation.templateCode}")
    public String code;
    @NotBlank @Size(max = 100)
    public String name;
    @Size(max = 1000)
    public String description;
}
