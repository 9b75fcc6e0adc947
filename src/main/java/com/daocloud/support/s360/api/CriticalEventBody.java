package com.daocloud.support.s360.api;

import com.daocloud.support.api.constraints.DateTimeWithOffset;
import com.daocloud.support.api.constraints.OneOf;
import com.daocloud.support.api.constraints.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/critical-events} (docs/processes.md): a customer's critical phase (SVC-2). */
public record CriticalEventBody(
    @Schema(description = "Your customer id", example = "acme") @Text(max = 64) String customerId,
    @Schema(description = "The clusters the phase concerns", example = "[\"prod-1\"]")
    @NotEmpty(message = "is required: at least one cluster")
    @Size(max = 50, message = "must name at most 50 clusters")
    List<@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String>
        installations,
    @Schema(description = "A peak period, a key launch or an upgrade", example = "peak")
    @OneOf({"peak", "launch", "upgrade"}) String kind,
    @Schema(description = "When the window opens", example = "2026-12-24T00:00:00+08:00")
    @DateTimeWithOffset(example = "2026-12-24T00:00:00+08:00") String from,
    @Schema(description = "When the window closes; after from and in the future", example = "2026-12-27T00:00:00+08:00")
    @DateTimeWithOffset(example = "2026-12-27T00:00:00+08:00", future = true) String to,
    @Schema(description = "What happens and what matters to you", example = "Christmas sales peak")
    @Text(max = 10000) String description) {
}
