package id.sakip.reporting.projection;

import id.sakip.events.PerjanjianKinerjaSigned;

import java.util.List;

/** What a signed Perjanjian Kinerja holds, stored whole as JSON in the contract's own shape. */
public record AgreementContent(List<PerjanjianKinerjaSigned.Sasaran> sasaran,
        List<PerjanjianKinerjaSigned.Program> programs) {
}
