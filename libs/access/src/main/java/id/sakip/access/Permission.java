package id.sakip.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a request does, and which roles may do it how far from their own organisation. The same table is written
 * in docs/security.md, and the tests hold the two and every service's answers to each other.
 */
public enum Permission {
    /** The Pemda's registry, its OPD profiles and the Pemda-level plan (visi, misi, RPJMD tujuan and sasaran). */
    READ_PEMDA("membaca data Pemda", granted()
            .with(Role.OPERATOR, Reach.PEMDA).with(Role.KEPALA_BIDANG, Reach.PEMDA).with(Role.KEPALA_OPD, Reach.PEMDA)
            .with(Role.PERENCANA, Reach.PEMDA).with(Role.KEUANGAN, Reach.PEMDA).with(Role.BAPPEDA, Reach.PEMDA)
            .with(Role.INSPEKTORAT, Reach.PEMDA).with(Role.ADMIN_PEMDA, Reach.PEMDA)
            .with(Role.PLATFORM_OPERATOR, Reach.PLATFORM)),
    /** An OPD's plans, realisations (drafts included), evidence, budget and reports. */
    READ_OPD("membaca data OPD", granted()
            .with(Role.OPERATOR, Reach.OPD).with(Role.KEPALA_BIDANG, Reach.OPD).with(Role.KEPALA_OPD, Reach.OPD)
            .with(Role.PERENCANA, Reach.OPD).with(Role.KEUANGAN, Reach.OPD).with(Role.BAPPEDA, Reach.PEMDA)
            .with(Role.INSPEKTORAT, Reach.PEMDA)),
    /** Every OPD of the Pemda side by side. */
    READ_CITY("melihat seluruh OPD Pemda", granted()
            .with(Role.BAPPEDA, Reach.PEMDA).with(Role.INSPEKTORAT, Reach.PEMDA)),
    ENTER_REALIZATION("mengisi dan mengajukan realisasi", granted().with(Role.OPERATOR, Reach.BIDANG)),
    VERIFY_REALIZATION("memverifikasi atau mengembalikan realisasi", granted().with(Role.KEPALA_BIDANG, Reach.BIDANG)),
    APPROVE_PERIOD("menyetujui periode", granted().with(Role.KEPALA_OPD, Reach.OPD)),
    UNLOCK_PERIOD("membuka kunci periode", granted().with(Role.ADMIN_PEMDA, Reach.PEMDA)),
    /** The Pemda's capaian rules: decreasing formula, rating bounds, display cap, efficiency, from a year on. */
    SET_CAPAIAN_RULES("menetapkan aturan capaian Pemda", granted().with(Role.ADMIN_PEMDA, Reach.PEMDA)),
    ENTER_SPM("mengisi capaian SPM", granted().with(Role.OPERATOR, Reach.OPD)),
    /** The OPD's own answers to the evaluation's criteria (penilaian mandiri), with notes and evidence. */
    SELF_ASSESS_SAKIP("mengisi penilaian mandiri SAKIP OPD", granted()
            .with(Role.PERENCANA, Reach.OPD).with(Role.KEPALA_OPD, Reach.OPD)),
    /** The evaluator's grades, the evaluation's completion and finalisation (the Inspektorat's team). */
    EVALUATE_SAKIP("menilai SAKIP OPD sebagai evaluator", granted().with(Role.INSPEKTORAT, Reach.PEMDA)),
    PLAN_OPD("menyusun rencana OPD", granted().with(Role.PERENCANA, Reach.OPD)),
    SIGN_AGREEMENT("mencatat penandatanganan Perjanjian Kinerja", granted()
            .with(Role.PERENCANA, Reach.OPD).with(Role.KEPALA_OPD, Reach.OPD)),
    PLAN_PEMDA("menyusun rencana tingkat Pemda", granted().with(Role.BAPPEDA, Reach.PEMDA)),
    MANAGE_BUDGET("mengelola anggaran OPD", granted().with(Role.KEUANGAN, Reach.OPD)),
    MANAGE_ORGANISATION("mengelola data organisasi", granted()
            .with(Role.ADMIN_PEMDA, Reach.PEMDA).with(Role.PLATFORM_OPERATOR, Reach.PLATFORM)),
    OPERATE_PLATFORM("menjalankan operasi platform", granted().with(Role.PLATFORM_OPERATOR, Reach.PLATFORM));

    private final String action;
    private final Map<Role, Reach> grants;

    Permission(String action, Grants grants) {
        this.action = action;
        this.grants = Collections.unmodifiableMap(grants.map);
    }

    /** In Indonesian, what the permission lets a user do ("menyetujui periode"). */
    public String action() {
        return action;
    }

    /** Each role that holds the permission, and how far it reaches. */
    public Map<Role, Reach> grants() {
        return grants;
    }

    private static Grants granted() {
        return new Grants();
    }

    private static final class Grants {
        private final Map<Role, Reach> map = new EnumMap<>(Role.class);

        Grants with(Role role, Reach reach) {
            map.put(role, reach);
            return this;
        }
    }
}
