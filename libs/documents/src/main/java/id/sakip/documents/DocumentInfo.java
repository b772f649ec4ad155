package id.sakip.documents;

import java.util.Objects;

/**
 * What a PDF says of itself (title, author, subject, keywords; the language is always Indonesian) and whether it is
 * a draft, which puts the DRAF mark on every page.
 *
 * @param author the organisation that issues the document, e.g. the OPD's name
 */
public record DocumentInfo(String title, String author, String subject, String keywords, boolean draft) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
    }

}
