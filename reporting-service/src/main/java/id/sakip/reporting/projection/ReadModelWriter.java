package id.sakip.reporting.projection;

import id.sakip.events.BudgetRealizationRecorded;
import id.sakip.events.CapaianRulesChanged;
import id.sakip.events.IndicatorDefined;
import id.sakip.events.EventCodec;
import id.sakip.events.OpdProfileChanged;
import id.sakip.events.PaguSet;
import id.sakip.events.PemdaEmblemSet;
import id.sakip.events.PerjanjianKinerjaSigned;
import id.sakip.events.PlanNodeChanged;
import id.sakip.events.RealizationRecorded;
import id.sakip.events.RealizationStatusChanged;
import id.sakip.events.SakipEvent;
import id.sakip.events.SpmServiceChanged;
import id.sakip.events.EvaluationFinalised;
import id.sakip.events.RecommendationStatusChanged;
import id.sakip.events.YearTarget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one event to the read models. Every statement is guarded by the aggregate version, so an event older
 * than what a row reflects changes nothing (a redelivery, or a resubmission overtaken by a newer event).
 */
@Component
class ReadModelWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RuleBooks rules;

    ReadModelWriter(JdbcClient jdbc, JdbcTemplate batch, RuleBooks rules) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rules = rules;
    }

    /** Applies many events: realisations as one JDBC batch per kind, everything else one by one. */
    void applyAll(List<SakipEvent> events) {
        List<Object[]> recorded = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (SakipEvent event : events) {
            if (event instanceof RealizationRecorded e) {
                recorded.add(realizationParams(e));
            } else if (event instanceof RealizationStatusChanged e) {
                changed.add(statusParams(e));
            } else {
                apply(event);
            }
        }
        if (!recorded.isEmpty()) {
            batch.batchUpdate(REALIZATION, recorded);
        }
        if (!changed.isEmpty()) {
            batch.batchUpdate(REALIZATION_STATUS, changed);
        }
    }

    void apply(SakipEvent event) {
        if (event instanceof IndicatorDefined e) {
            indicator(e);
        } else if (event instanceof RealizationRecorded e) {
            realization(e);
        } else if (event instanceof RealizationStatusChanged e) {
            realizationStatus(e);
        } else if (event instanceof PlanNodeChanged e) {
            planNode(e);
        } else if (event instanceof PerjanjianKinerjaSigned e) {
            agreement(e);
        } else if (event instanceof OpdProfileChanged e) {
            opd(e);
        } else if (event instanceof PaguSet e) {
            pagu(e);
        } else if (event instanceof BudgetRealizationRecorded e) {
            spending(e);
        } else if (event instanceof CapaianRulesChanged e) {
            rules.apply(e);
        } else if (event instanceof PemdaEmblemSet e) {
            emblem(e);
        } else if (event instanceof SpmServiceChanged e) {
            spm(e);
        } else if (event instanceof EvaluationFinalised e) {
            evaluation(e);
        } else if (event instanceof RecommendationStatusChanged e) {
            recommendation(e);
        }
        // any other type is one reporting does not show yet
    }

    private void evaluation(EvaluationFinalised e) {
        jdbc.sql("""
                INSERT INTO rpt_evaluation (id, pemda_code, opd_code, year, framework_code, score, predikat,
                                            predikat_meaning, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score, predikat = EXCLUDED.predikat,
                    predikat_meaning = EXCLUDED.predikat_meaning, version = EXCLUDED.version
                WHERE rpt_evaluation.version < EXCLUDED.version""")
                .params(e.evaluationId(), e.org().pemdaCode(), e.org().opdCode(), e.year(), e.frameworkCode(),
                        e.score(), e.predikat(), e.predikatMeaning(), e.aggregateVersion())
                .update();
    }

    private void recommendation(RecommendationStatusChanged e) {
        jdbc.sql("""
                INSERT INTO rpt_recommendation (id, evaluation_id, pemda_code, opd_code, year, area_name, status,
                                                due_date, version, text, owner)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET area_name = EXCLUDED.area_name, status = EXCLUDED.status,
                    due_date = EXCLUDED.due_date, version = EXCLUDED.version, text = EXCLUDED.text,
                    owner = EXCLUDED.owner
                WHERE rpt_recommendation.version < EXCLUDED.version""")
                .params(e.recommendationId(), e.evaluationId(), e.org().pemdaCode(), e.org().opdCode(), e.year(),
                        e.areaName(), e.status(), e.dueDate(), e.aggregateVersion(), e.text(), e.owner())
                .update();
    }

    private void spm(SpmServiceChanged e) {
        jdbc.sql("""
                INSERT INTO rpt_spm_service (id, pemda_code, opd_code, year, code, name, recipients, standard,
                                             indicator, groups, withdrawn, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                    recipients = EXCLUDED.recipients, standard = EXCLUDED.standard, indicator = EXCLUDED.indicator,
                    groups = EXCLUDED.groups, withdrawn = EXCLUDED.withdrawn, version = EXCLUDED.version
                WHERE rpt_spm_service.version < EXCLUDED.version""")
                .params(e.serviceId(), e.org().pemdaCode(), e.org().opdCode(), e.year(), e.code(), e.name(),
                        e.recipients(), e.standard(), e.indicator(),
                        EventCodec.mapper().writeValueAsString(e.groups()), e.withdrawn(), e.aggregateVersion())
                .update();
    }

    private void emblem(PemdaEmblemSet e) {
        jdbc.sql("""
                INSERT INTO rpt_pemda_emblem (pemda_code, png, version) VALUES (?, ?, ?)
                ON CONFLICT (pemda_code) DO UPDATE SET png = EXCLUDED.png, version = EXCLUDED.version
                WHERE rpt_pemda_emblem.version < EXCLUDED.version""")
                .params(e.pemdaCode(), e.png(), e.aggregateVersion())
                .update();
    }

    private void indicator(IndicatorDefined e) {
        int changed = jdbc.sql("""
                INSERT INTO rpt_indicator (id, pemda_code, opd_code, bidang_code, name, unit, polarity, version,
                                           plan_node_id, aggregation, target_type, scale, decreasing_formula)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (id) DO UPDATE SET pemda_code = EXCLUDED.pemda_code, opd_code = EXCLUDED.opd_code,
                    bidang_code = EXCLUDED.bidang_code, name = EXCLUDED.name, unit = EXCLUDED.unit,
                    polarity = EXCLUDED.polarity, version = EXCLUDED.version, plan_node_id = EXCLUDED.plan_node_id,
                    aggregation = EXCLUDED.aggregation, target_type = EXCLUDED.target_type, scale = EXCLUDED.scale,
                    decreasing_formula = EXCLUDED.decreasing_formula
                WHERE rpt_indicator.version < EXCLUDED.version""")
                .params(e.indicatorId(), e.org().pemdaCode(), e.org().opdCode(), e.org().bidangCode(), e.name(),
                        e.unit(), e.polarity().name(), e.aggregateVersion(), e.planNodeId(), e.aggregation().name(),
                        e.targetType().name(), EventCodec.mapper().writeValueAsString(e.scale()),
                        e.decreasingFormula() == null ? null : e.decreasingFormula().name())
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("DELETE FROM rpt_indicator_target WHERE indicator_id = ?").param(e.indicatorId()).update();
        for (YearTarget target : e.targets()) {
            jdbc.sql("""
                    INSERT INTO rpt_indicator_target (indicator_id, year, value, target_min, target_max, category)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(e.indicatorId(), target.year(), target.value(), target.min(), target.max(),
                            target.category())
                    .update();
        }
    }

    private static final String REALIZATION = """
            INSERT INTO rpt_realization (id, indicator_id, pemda_code, opd_code, period, year, value, category,
                                         target, target_text, capaian_status, capaian_percent, status, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, category = EXCLUDED.category,
                target = EXCLUDED.target, target_text = EXCLUDED.target_text,
                capaian_status = EXCLUDED.capaian_status, capaian_percent = EXCLUDED.capaian_percent,
                status = EXCLUDED.status, version = EXCLUDED.version,
                -- a new value has not been judged yet: the verdict of an earlier step no longer holds
                reached = NULL, rating = NULL
            WHERE rpt_realization.version < EXCLUDED.version""";

    /** A workflow step carries the whole state, so it stands on its own even when it overtakes the recording. */
    private static final String REALIZATION_STATUS = """
            INSERT INTO rpt_realization (id, indicator_id, pemda_code, opd_code, period, year, value, category,
                                         target, target_text, capaian_status, capaian_percent, status, reached,
                                         rating, faktor_pendorong, faktor_penghambat, tindak_lanjut, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, category = EXCLUDED.category,
                target = EXCLUDED.target, target_text = EXCLUDED.target_text,
                capaian_status = EXCLUDED.capaian_status, capaian_percent = EXCLUDED.capaian_percent,
                status = EXCLUDED.status, reached = EXCLUDED.reached, rating = EXCLUDED.rating,
                faktor_pendorong = EXCLUDED.faktor_pendorong, faktor_penghambat = EXCLUDED.faktor_penghambat,
                tindak_lanjut = EXCLUDED.tindak_lanjut, version = EXCLUDED.version
            WHERE rpt_realization.version < EXCLUDED.version""";

    private static Object[] realizationParams(RealizationRecorded e) {
        return new Object[] {e.realizationId(), e.indicatorId(), e.org().pemdaCode(), e.org().opdCode(), e.period(),
                Integer.parseInt(e.period().substring(0, 4)), e.value(), e.category(), e.target(), e.targetText(),
                e.capaianStatus().name(), e.capaianPercent(), e.status() == null ? "DRAFT" : e.status(),
                e.aggregateVersion()};
    }

    private static Object[] statusParams(RealizationStatusChanged e) {
        return new Object[] {e.realizationId(), e.indicatorId(), e.org().pemdaCode(), e.org().opdCode(), e.period(),
                Integer.parseInt(e.period().substring(0, 4)), e.value(), e.category(), e.target(), e.targetText(),
                e.capaianStatus().name(), e.capaianPercent(), e.status(), e.reached(), e.rating(),
                e.faktorPendorong(), e.faktorPenghambat(), e.tindakLanjut(), e.aggregateVersion()};
    }

    private void realization(RealizationRecorded e) {
        jdbc.sql(REALIZATION).params(realizationParams(e)).update();
    }

    private void realizationStatus(RealizationStatusChanged e) {
        jdbc.sql(REALIZATION_STATUS).params(statusParams(e)).update();
    }

    private void agreement(PerjanjianKinerjaSigned e) {
        String content = EventCodec.mapper().writeValueAsString(
                new AgreementContent(e.sasaran(), e.programs()));
        jdbc.sql("""
                INSERT INTO rpt_perjanjian_kinerja (agreement_id, pemda_code, opd_code, year, version_no, previous_id,
                    signatory_name, signatory_nip, signatory_title, signed_on, revision_reason, decree_number,
                    revision_date, opd_name, pemda_name, content, version, region_head_title, region_head_name,
                    place)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (agreement_id) DO UPDATE SET version_no = EXCLUDED.version_no,
                    previous_id = EXCLUDED.previous_id, revision_reason = EXCLUDED.revision_reason,
                    decree_number = EXCLUDED.decree_number, revision_date = EXCLUDED.revision_date,
                    signatory_name = EXCLUDED.signatory_name,
                    signatory_nip = EXCLUDED.signatory_nip, signatory_title = EXCLUDED.signatory_title,
                    signed_on = EXCLUDED.signed_on, opd_name = EXCLUDED.opd_name, pemda_name = EXCLUDED.pemda_name,
                    content = EXCLUDED.content, version = EXCLUDED.version,
                    region_head_title = EXCLUDED.region_head_title, region_head_name = EXCLUDED.region_head_name,
                    place = EXCLUDED.place
                WHERE rpt_perjanjian_kinerja.version < EXCLUDED.version""")
                .params(e.agreementId(), e.org().pemdaCode(), e.org().opdCode(), e.year(), e.versionNo(),
                        e.previousAgreementId(), e.signatoryName(), e.signatoryNip(), e.signatoryTitle(),
                        java.sql.Date.valueOf(e.signedOn()), e.revisionReason(), e.decreeNumber(),
                        e.revisionDate() == null ? null : java.sql.Date.valueOf(e.revisionDate()), e.opdName(),
                        e.pemdaName(), content, e.aggregateVersion(), e.regionHeadTitle(), e.regionHeadName(),
                        e.place())
                .update();
    }

    private void opd(OpdProfileChanged e) {
        String profile = EventCodec.mapper().writeValueAsString(new OpdProfile(e.address(), e.phone(), e.fax(),
                e.website(), e.email(), e.head(), e.legalBasis(), e.task(), e.functions(), e.processesManajerial(),
                e.processesUtama(), e.processesPendukung(), e.staffAsOf(), e.staff(), e.strategicIssues()));
        jdbc.sql("""
                INSERT INTO rpt_opd (pemda_code, opd_code, opd_name, short_name, pemda_name, province, visi, profile,
                                     version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (pemda_code, opd_code) DO UPDATE SET opd_name = EXCLUDED.opd_name,
                    short_name = EXCLUDED.short_name, pemda_name = EXCLUDED.pemda_name, province = EXCLUDED.province,
                    visi = EXCLUDED.visi, profile = EXCLUDED.profile, version = EXCLUDED.version
                WHERE rpt_opd.version < EXCLUDED.version""")
                .params(e.org().pemdaCode(), e.org().opdCode(), e.opdName(), e.shortName(), e.pemdaName(),
                        e.province(), e.visi(), profile, e.aggregateVersion())
                .update();
    }

    private void planNode(PlanNodeChanged e) {
        jdbc.sql("""
                INSERT INTO rpt_plan_node (id, pemda_code, opd_code, kind, parent_id, code, number, text, version,
                                           renstra_id, renstra_start, renstra_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET pemda_code = EXCLUDED.pemda_code, opd_code = EXCLUDED.opd_code,
                    kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id, code = EXCLUDED.code,
                    number = EXCLUDED.number, text = EXCLUDED.text, version = EXCLUDED.version,
                    renstra_id = EXCLUDED.renstra_id, renstra_start = EXCLUDED.renstra_start,
                    renstra_end = EXCLUDED.renstra_end
                WHERE rpt_plan_node.version < EXCLUDED.version""")
                .params(e.nodeId(), e.org().pemdaCode(), e.org().opdCode(), e.kind(), e.parentId(), e.code(),
                        e.number(), e.text(), e.aggregateVersion(), e.renstraId(), e.renstraStartYear(),
                        e.renstraEndYear())
                .update();
    }

    private void pagu(PaguSet e) {
        jdbc.sql("""
                INSERT INTO rpt_budget_line (id, pemda_code, opd_code, bidang_code, year, sub_kegiatan_code,
                                             sub_kegiatan_name, pagu_version, pagu, realized, serapan_percent, version,
                                             level, legal_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    level = EXCLUDED.level,
                    legal_reference = CASE WHEN rpt_budget_line.version < EXCLUDED.version
                        THEN EXCLUDED.legal_reference ELSE COALESCE(rpt_budget_line.legal_reference,
                        EXCLUDED.legal_reference) END,
                    sub_kegiatan_name = CASE WHEN rpt_budget_line.version < EXCLUDED.version
                        THEN EXCLUDED.sub_kegiatan_name ELSE COALESCE(rpt_budget_line.sub_kegiatan_name,
                        EXCLUDED.sub_kegiatan_name) END,
                    pagu_version = CASE WHEN rpt_budget_line.version < EXCLUDED.version
                        THEN EXCLUDED.pagu_version ELSE COALESCE(rpt_budget_line.pagu_version,
                        EXCLUDED.pagu_version) END,
                    pagu = CASE WHEN rpt_budget_line.version < EXCLUDED.version
                        THEN EXCLUDED.pagu ELSE rpt_budget_line.pagu END,
                    -- a revised pagu changes the serapan of what was already spent
                    serapan_percent = CASE WHEN rpt_budget_line.version < EXCLUDED.version
                        THEN CASE WHEN EXCLUDED.pagu > 0 THEN rpt_budget_line.realized * 100 / EXCLUDED.pagu END
                        ELSE rpt_budget_line.serapan_percent END,
                    version = GREATEST(rpt_budget_line.version, EXCLUDED.version)""")
                .params(e.budgetLineId(), e.org().pemdaCode(), e.org().opdCode(), e.org().bidangCode(), e.year(),
                        e.subKegiatanCode(), e.subKegiatanName(), e.paguVersion(), e.pagu(),
                        // nothing spent yet: 0 % of a pagu, and no percentage at all of a zero pagu
                        e.pagu().signum() > 0 ? BigDecimal.ZERO : null, e.aggregateVersion(), e.level(),
                        e.legalReference())
                .update();
    }

    private void spending(BudgetRealizationRecorded e) {
        jdbc.sql("""
                INSERT INTO rpt_budget_line (id, pemda_code, opd_code, bidang_code, year, sub_kegiatan_code, pagu,
                                             realized, serapan_percent, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET pagu = EXCLUDED.pagu, realized = EXCLUDED.realized,
                    serapan_percent = EXCLUDED.serapan_percent, version = EXCLUDED.version
                WHERE rpt_budget_line.version < EXCLUDED.version""")
                .params(e.budgetLineId(), e.org().pemdaCode(), e.org().opdCode(), e.org().bidangCode(), e.year(),
                        e.subKegiatanCode(), e.pagu(), e.cumulativeAmount(), e.serapanPercent(),
                        e.aggregateVersion())
                .update();
        // the quarter's own amount, for the TW columns of the Evaluasi Renja
        jdbc.sql("""
                INSERT INTO rpt_budget_spending (budget_line_id, quarter, amount, version) VALUES (?, ?, ?, ?)
                ON CONFLICT (budget_line_id, quarter) DO UPDATE SET amount = EXCLUDED.amount,
                    version = EXCLUDED.version
                WHERE rpt_budget_spending.version < EXCLUDED.version""")
                .params(e.budgetLineId(), e.quarter(), e.amount(), e.aggregateVersion())
                .update();
    }
}
