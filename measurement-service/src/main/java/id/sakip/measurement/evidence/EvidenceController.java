package id.sakip.measurement.evidence;

import id.sakip.support.web.Actors;
import id.sakip.support.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/realizations/{realizationId}/evidence")
@Tag(name = "Bukti dukung", description = "Berkas bukti dukung sebuah realisasi")
class EvidenceController {

    private final EvidenceFiles files;

    EvidenceController(EvidenceFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (multipart part 'file') to a draft or returned realisation",
            description = "PDF, PNG, JPEG, WebP, Word / Excel / PowerPoint (also .doc/.xls/.ppt) and OpenDocument, "
                    + "recognised by content (else 415 evidence-type-not-allowed); at most 10 MB (else 413); "
                    + "409 period-locked or transition-not-allowed when the realisation can no longer change.")
    ResponseEntity<Evidence> attach(@PathVariable UUID realizationId, @RequestPart("file") MultipartFile file)
            throws IOException {
        Evidence evidence = files.attach(realizationId, file.getOriginalFilename(), file.getBytes(),
                Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/realizations/" + realizationId + "/evidence/"
                + evidence.id())).body(evidence);
    }

    @GetMapping
    @Operation(summary = "The files attached to a realisation")
    List<Evidence> list(@PathVariable UUID realizationId) {
        return files.of(realizationId);
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "Download a file as it was uploaded")
    ResponseEntity<byte[]> download(@PathVariable UUID realizationId, @PathVariable UUID evidenceId) {
        EvidenceFiles.Download download = files.download(realizationId, evidenceId).orElseThrow(() ->
                ApiProblem.notFound("unknown-evidence", "Bukti dukung " + evidenceId + " tidak ditemukan."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.evidence().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + download.evidence().sha256() + "\"")
                .body(download.content());
    }
}
