package id.sakip.planning.organisation;

import id.sakip.access.Owner;
import id.sakip.access.Permission;
import id.sakip.support.security.Access;
import id.sakip.support.web.ApiProblem;
import id.sakip.support.web.Actors;
import id.sakip.support.web.Codes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

@RestController
@RequestMapping("/api/v1/organisations/{pemdaCode}/lambang")
@Tag(name = "Organisasi", description = "Pemda, OPD (dengan profilnya) dan bidang")
class EmblemController {

    private static final String PEMDA_MESSAGE = "kode Pemda berupa 2-4 angka (kode BPS)";

    private final Emblems emblems;
    private final Access access;

    EmblemController(Emblems emblems, Access access) {
        this.emblems = emblems;
        this.access = access;
    }

    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Set the Pemda's lambang (the emblem on its documents' covers)",
            description = "The multipart part file: a PNG, JPEG, GIF or BMP of at most 2 MB, 64 to 6000 pixels a "
                    + "side. It is drawn again as a PNG of at most 512 pixels a side and 256 KB, transparency kept, "
                    + "replaces the one before, and goes out as PemdaEmblemSet (the LKjIP's cover prints it). "
                    + "Answers the version and the size it was drawn at. 422 not-an-image, image-too-large or "
                    + "image-too-small with errors.file; 404 pemda-not-found.")
    Emblems.Stored set(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode,
            @RequestPart("file") MultipartFile file) throws IOException {
        access.require(Permission.MANAGE_ORGANISATION, Owner.pemda(pemdaCode));
        // a file over the limit is refused before it is read into memory
        EmblemImage.requireSize(file.getSize());
        return emblems.set(pemdaCode, file.getBytes(), Actors.current());
    }

    @GetMapping(produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The Pemda's lambang as a PNG", description = "404 no-lambang when none was set.")
    ResponseEntity<byte[]> get(@PathVariable @Pattern(regexp = Codes.PEMDA, message = PEMDA_MESSAGE) String pemdaCode) {
        access.require(Permission.READ_PEMDA, Owner.pemda(pemdaCode));
        byte[] png = emblems.png(pemdaCode).orElseThrow(() -> ApiProblem.notFound("no-lambang",
                "Lambang Pemda " + pemdaCode + " belum diunggah."));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(png);
    }
}
