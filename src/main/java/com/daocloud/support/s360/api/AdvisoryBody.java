package com.daocloud.support.s360.api;

import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/advisories} (docs/processes.md): a product update or community vulnerability advisory. The
 * ranges and the fixed-in version are checked by the controller, each with its own field name.
 */
public record AdvisoryBody(
    @Schema(description = "What it is", example = "vulnerability")
    @OneOf({"product-update", "vulnerability"}) String kind,
    @Schema(description = "The product it concerns", example = "dce") @Text(max = 32) String product,
    @Schema(description = "What customers read", example = "kube-apiserver privilege escalation")
    @Text(max = 500) String title,
    @Schema(description = "CVE ids, where any", example = "[\"CVE-2026-12345\"]")
    @Size(max = 50, message = "must name at most 50 CVE ids") List<@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String> cveIds,
    @Schema(description = "Affected versions as ranges, e.g. \">=5.0.0 <5.0.8\"; any range matching counts",
        example = "[\">=5.0.0 <5.0.8\"]")
    @NotEmpty(message = "is required: at least one version range")
    @Size(max = 50, message = "must name at most 50 ranges") List<@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String> affected,
    @Schema(description = "The first version that fixes it", example = "5.0.8") @Text(max = 32) String fixedIn,
    @Schema(description = "How serious it is", example = "high")
    @OneOf({"low", "medium", "high", "critical"}) String severity) {
}
