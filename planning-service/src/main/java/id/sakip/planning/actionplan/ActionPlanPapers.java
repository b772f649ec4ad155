package id.sakip.planning.actionplan;

import id.sakip.documents.OfficialDocuments;
import id.sakip.planning.organisation.OpdProfile;
import id.sakip.planning.organisation.OrganisationViews.OpdView;
import id.sakip.planning.organisation.OrganisationViews.PemdaView;
import id.sakip.planning.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static id.sakip.support.Texts.blankToNull;

/**
 * The Rencana Aksi as its paper: a PDF and a workbook in the agency's signed layout, from the plan as it is now and
 * the OPD's and Pemda's names; the Kepala OPD of the OPD's profile signs where the plan names no signatory.
 */
@Service
class ActionPlanPapers {

    private final ActionPlans plans;
    private final Organisations organisations;
    private final OfficialDocuments documents;

    ActionPlanPapers(ActionPlans plans, Organisations organisations, OfficialDocuments documents) {
        this.plans = plans;
        this.organisations = organisations;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public RencanaAksiPaper paper(String pemdaCode, String opdCode, int year) {
        ActionPlanView plan = plans.get(pemdaCode, opdCode, year);
        OpdView opd = organisations.opd(pemdaCode, opdCode);
        PemdaView pemda = organisations.pemda(pemdaCode);
        OpdProfile.Head head = opd.profile().head();
        return RencanaAksiPaper.of(plan, opd.name(), pemda.name(), head == null ? null : head.title(),
                head == null ? null : head.name(), head == null ? null : blankToNull(head.nip()), pemda.place());
    }

    byte[] pdf(RencanaAksiPaper paper) {
        return documents.pdf(RencanaAksiPaper.TEMPLATE, paper.info(), Map.of("ra", paper));
    }

    byte[] workbook(RencanaAksiPaper paper) {
        return RencanaAksiWorkbook.of(paper);
    }
}
