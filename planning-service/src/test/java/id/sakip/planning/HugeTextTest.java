package id.sakip.planning;

import id.sakip.testsupport.HugeText;
import id.sakip.testsupport.HugeText.Write;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** A megabyte in any text of any write is refused at the edge, with the field named, before it could reach an event. */
class HugeTextTest extends PlanningApiTestBase {

    @Test
    void aMegabyteInAnyTextOfAnyWriteIsRefusedWithItsField() throws Exception {
        String node = UUID.randomUUID().toString();
        String content = """
                {"sasaran":[{"nodeId":"%s","indicators":[{"indicatorId":"%s","category":"Utama"}]}],
                 "programs":[{"nodeId":"%s","pagu":52264600}]}""".formatted(node, node, node);
        List<Write> writes = List.of(
                new Write(PUT, "/api/v1/organisations/" + pemda, """
                        {"name":"Kota Uji","province":"Jawa Timur","visi":"Visi","headTitle":"Wali Kota Uji",
                         "headName":"Nama","place":"Uji"}"""),
                new Write(PUT, "/api/v1/organisations/" + pemda + "/opd/" + opd, """
                        {"name":"Dinas Sosial","shortName":"Dinsos","profile":{"address":"Jalan Raya Dringu 13",
                         "phone":"0335","fax":"0335","website":"dinsos.go.id","email":"dinsos@kota.go.id",
                         "head":{"name":"Kepala","nip":"19670711 198809 1 001","title":"Kepala Dinas"},
                         "legalBasis":["Perda 5/2019"],"task":"Tugas","functions":["Fungsi"],
                         "businessProcesses":{"manajerial":["Umum"],"utama":["Rehabilitasi"],"pendukung":["Data"]},
                         "staff":{"asOf":"2024-12-31","rows":[{"status":"ASN","male":1,"female":1,"total":2,
                          "breakdown":[{"status":"PNS","male":1,"female":1,"total":2}]}]},
                         "strategicIssues":["PMKS"]}}"""),
                new Write(PUT, "/api/v1/organisations/" + pemda + "/opd/" + opd + "/bidang/REHSOS",
                        "{\"name\":\"Rehabilitasi Sosial\"}"),
                new Write(POST, "/api/v1/plan/nodes", """
                        {"pemdaCode":"%s","opdCode":"%s","kind":"PROGRAM","parentId":"%s","code":"1.06.02",
                         "text":"Program","sharedWithOpd":["DINKES"]}""".formatted(pemda, opd, node)),
                new Write(PUT, "/api/v1/plan/nodes/" + node + "/parent", "{\"parentId\":\"" + node + "\"}"),
                new Write(POST, "/api/v1/renstra", """
                        {"pemdaCode":"%s","opdCode":"%s","startYear":2025,"endYear":2029,"title":"Renstra"}"""
                        .formatted(pemda, opd)),
                new Write(POST, "/api/v1/indicators", """
                        {"pemdaCode":"%s","opdCode":"%s","bidangCode":"REHSOS","planNodeId":"%s","name":"Kategori",
                         "unit":"kategori","polarity":"ORDINAL","targetType":"CATEGORY","aggregation":"LAST",
                         "scale":["Pratama","Utama"],"definition":"Definisi","dataSource":"Sumber",
                         "numerator":"Pembilang","denominator":"Penyebut","targets":[{"year":2024,"category":"Utama"}]}"""
                        .formatted(pemda, opd, node)),
                new Write(PUT, "/api/v1/indicators/" + node + "/targets/2024",
                        "{\"category\":\"Utama\",\"reason\":\"Perubahan Renstra\"}"),
                new Write(PUT, "/api/v1/indicators/" + node + "/decreasing-formula",
                        "{\"decreasingFormula\":\"T_OVER_R\",\"reason\":\"Keputusan Bappeda\"}"),
                new Write(POST, "/api/v1/perjanjian-kinerja", """
                        {"pemdaCode":"%s","opdCode":"%s","year":2024,"content":%s}""".formatted(pemda, opd, content)),
                new Write(PUT, "/api/v1/perjanjian-kinerja/" + node, content),
                new Write(POST, "/api/v1/perjanjian-kinerja/" + node + "/signature", """
                        {"signatoryName":"Kepala","signatoryNip":"19670711 198809 1 001","signatoryTitle":"Kepala Dinas",
                         "signedOn":"2024-01-04"}"""),
                new Write(POST, "/api/v1/perjanjian-kinerja/" + node + "/revisions", """
                        {"reason":"APBD Perubahan","decreeNumber":"188/1/2024","revisionDate":"2024-09-30",
                         "content":%s}""".formatted(content)),
                new Write(PUT, "/api/v1/rencana-aksi/" + pemda + "/" + opd + "/2025", """
                        {"signed":{"place":"Probolinggo","date":"2025-01-02","by":"Kepala","nip":"19670711 198809 1 001"},
                         "reason":"Perubahan DPA","lines":[{"nodeId":"%s","indicator":"Persentase","target":"88%%",
                         "volume":"12 kali","schedule":[true,true,true,true],"quarterTargets":["20%%","45%%","70%%","88%%"],
                         "indicatorId":"%s"}]}""".formatted(node, node)));

        assertThat(HugeText.disagreements(mvc, writes, this::everything)).isEmpty();
    }

    private String everything() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM event_publication) || '/' || (SELECT count(*) FROM plan_node) || '/'
                    || (SELECT count(*) FROM indicator) || '/' || (SELECT count(*) FROM opd)""")
                .query(String.class).single();
    }
}
