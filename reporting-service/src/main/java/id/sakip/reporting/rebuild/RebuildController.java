package id.sakip.reporting.rebuild;

import id.sakip.support.security.Access;
import id.sakip.access.Owner;
import id.sakip.access.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operasi", description = "Tindakan operator atas layanan pelaporan")
class RebuildController {

    private final ReadModelRebuild rebuild;

    private final Access access;

    RebuildController(ReadModelRebuild rebuild, Access access) {
        this.access = access;
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/admin/read-models/rebuild")
    @Operation(summary = "Rebuild the read models from the event topics (operators; not routed by the gateway)",
            description = "Stops the projection, empties the read models and its idempotency rows, moves its consumer "
                    + "group back to the start of every partition and starts it again; the tables fill up again from "
                    + "the events within seconds to minutes (watch the consumer lag). 409 rebuild-needs-one-instance "
                    + "while other reporting instances are running.")
    ReadModelRebuild.Result rebuild() {
        access.require(Permission.OPERATE_PLATFORM, Owner.platform());
        return rebuild.rebuild();
    }
}
