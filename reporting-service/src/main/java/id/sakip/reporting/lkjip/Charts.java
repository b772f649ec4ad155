package id.sakip.reporting.lkjip;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.sakip.indonesian.Indonesian;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * Horizontal bar charts drawn as vector graphics into the PDF (no image library): one bar per series and row, the
 * value printed at its end in Indonesian style, an optional reference line (100% = target met). A bar longer than
 * the scale is cut at its end and keeps its true value as label.
 */
final class Charts {

    static final Color CAPAIAN = new Color(0x1f, 0x5f, 0x9e);
    static final Color SERAPAN = new Color(0xe0, 0x8a, 0x1e);
    static final Color COUNT = new Color(0x3a, 0x87, 0x5b);
    private static final Color GRID = new Color(0xb0, 0xb0, 0xb0);
    private static final Color REFERENCE = new Color(0xc0, 0x39, 0x2b);
    private static final float WIDTH = 480;
    private static final float LABEL_WIDTH = 170;
    private static final float VALUE_ROOM = 48;
    private static final float BAR = 9;
    private static final float GAP = 7;
    private static final BigDecimal MAX_SCALE = BigDecimal.valueOf(200);

    private final BaseFont font;
    private final BaseFont bold;

    Charts() {
        try {
            font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the standard PDF fonts are missing", e);
        }
    }

    record Series(String name, Color color) {
    }

    /** A row's label and one value per series (null: nothing to draw). */
    record Row(String label, List<BigDecimal> values) {
    }

    /**
     * @param percent values are percentages (printed with %, scale at least 0-110, capped at 200) or counts
     * @param reference a vertical line at this value (100 for "target met"), or null
     */
    Image bars(PdfWriter writer, String title, List<Series> series, List<Row> rows, boolean percent,
            BigDecimal reference) {
        float rowHeight = series.size() * BAR + GAP;
        float legend = series.size() > 1 ? 14 : 0;
        float height = 22 + legend + rows.size() * rowHeight + 18;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(WIDTH, height);
        BigDecimal scale = scale(rows, percent);
        float plotLeft = LABEL_WIDTH + 6;
        float plotWidth = WIDTH - plotLeft - VALUE_ROOM;

        text(canvas, bold, 9, title, 0, height - 12, PdfContentByte.ALIGN_LEFT);
        float legendX = 0;
        if (legend > 0) {
            for (Series s : series) {
                canvas.setColorFill(s.color());
                canvas.rectangle(legendX, height - 28, 8, 8);
                canvas.fill();
                text(canvas, font, 8, s.name(), legendX + 11, height - 27, PdfContentByte.ALIGN_LEFT);
                legendX += 20 + font.getWidthPoint(s.name(), 8);
            }
        }
        float top = height - 22 - legend;
        float bottom = top - rows.size() * rowHeight;
        // grid: four equal steps
        canvas.setLineWidth(0.3f);
        for (int step = 0; step <= 4; step++) {
            float x = plotLeft + plotWidth * step / 4;
            canvas.setColorStroke(GRID);
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
            canvas.stroke();
            BigDecimal tick = scale.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 0,
                    java.math.RoundingMode.HALF_UP);
            text(canvas, font, 7, Indonesian.decimal(tick) + (percent ? "%" : ""), x, bottom - 10,
                    PdfContentByte.ALIGN_CENTER);
        }
        float y = top;
        for (Row row : rows) {
            float rowTop = y - GAP / 2;
            text(canvas, font, 7.5f, fit(row.label(), LABEL_WIDTH), LABEL_WIDTH, rowTop - (rowHeight - GAP) / 2 - 3,
                    PdfContentByte.ALIGN_RIGHT);
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = s < row.values().size() ? row.values().get(s) : null;
                float barTop = rowTop - s * BAR;
                if (value == null) {
                    text(canvas, font, 7, "-", plotLeft + 2, barTop - BAR + 2, PdfContentByte.ALIGN_LEFT);
                    continue;
                }
                BigDecimal shown = value.max(BigDecimal.ZERO).min(scale);
                float length = plotWidth * shown.floatValue() / scale.floatValue();
                canvas.setColorFill(series.get(s).color());
                canvas.rectangle(plotLeft, barTop - BAR + 1, Math.max(length, 0.5f), BAR - 2);
                canvas.fill();
                String label = percent ? Indonesian.percent(value) : Indonesian.decimal(value);
                text(canvas, font, 7, label, plotLeft + length + 3, barTop - BAR + 2.5f, PdfContentByte.ALIGN_LEFT);
            }
            y -= rowHeight;
        }
        if (reference != null && reference.compareTo(scale) <= 0) {
            float x = plotLeft + plotWidth * reference.floatValue() / scale.floatValue();
            canvas.setColorStroke(REFERENCE);
            canvas.setLineWidth(0.8f);
            canvas.setLineDash(3, 2, 0);
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
            canvas.stroke();
            canvas.setLineDash(0);
        }
        try {
            Image image = Image.getInstance(canvas);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("the chart could not be placed", e);
        }
    }

    private static BigDecimal scale(List<Row> rows, boolean percent) {
        BigDecimal max = rows.stream().flatMap(r -> r.values().stream()).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (!percent) {
            // counts: a whole number that divides into four ticks
            int top = Math.max(4, max.setScale(0, java.math.RoundingMode.CEILING).intValue());
            return BigDecimal.valueOf((top + 3) / 4 * 4L);
        }
        BigDecimal top = max.max(BigDecimal.valueOf(110)).min(MAX_SCALE);
        // round up to a multiple of 20 so that the four ticks are whole numbers
        return top.divide(BigDecimal.valueOf(20), 0, java.math.RoundingMode.CEILING).multiply(BigDecimal.valueOf(20));
    }

    private String fit(String text, float width) {
        String shown = text == null ? "" : text.strip();
        if (font.getWidthPoint(shown, 7.5f) <= width) {
            return shown;
        }
        while (shown.length() > 1 && font.getWidthPoint(shown + "...", 7.5f) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.strip() + "...";
    }

    private static void text(PdfTemplate canvas, BaseFont font, float size, String text, float x, float y,
            int alignment) {
        canvas.beginText();
        canvas.setColorFill(Color.BLACK);
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
