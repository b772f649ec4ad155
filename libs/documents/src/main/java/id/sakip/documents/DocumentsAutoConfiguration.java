package id.sakip.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/**
 * The service's {@link OfficialDocuments}. {@code sakip.documents.templates} names a folder of templates that
 * replace the shipped ones of the same name (a Pemda's own wording); empty for none.
 */
@AutoConfiguration
public class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OfficialDocuments officialDocuments(@Value("${sakip.documents.templates:}") String templates) {
        return new OfficialDocuments(templates.isBlank() ? null : Path.of(templates));
    }
}
