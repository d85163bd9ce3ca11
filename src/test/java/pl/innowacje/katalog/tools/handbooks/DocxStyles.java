package pl.innowacje.katalog.tools.handbooks;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Styles, list numbering and page setup for DOCX. A blank POI document has no styles at all, so
 * headings are defined here with outline levels; that is what makes Word and extractors see them
 * as real headings rather than big bold text.
 */
final class DocxStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String LIST = "ListParagraph";
    private static final String FONT = "Arial";

    private DocxStyles() {
    }

    static void install(XWPFDocument document, String languageTag) {
        CTStyles definitions = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = definitions.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(22));
        run.addNewLang().setVal(languageTag);
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));

        XWPFStyles styles = document.createStyles();
        styles.setStyles(definitions);
        styles.addStyle(style("Normal", "Normal", null, -1, 0, false));
        styles.addStyle(style(HEADING_1, "heading 1", "Normal", 0, 40, true));
        styles.addStyle(style(HEADING_2, "heading 2", "Normal", 1, 28, true));
        styles.addStyle(style(TITLE, "Title", "Normal", -1, 52, true));
        styles.addStyle(style(SUBTITLE, "Subtitle", "Normal", -1, 30, false));
        styles.addStyle(style(LIST, "List Paragraph", "Normal", -1, 0, false));
    }

    /**
     * @param outlineLevel 0-based heading level, or -1 for body styles
     * @param halfPoints   font size in half-points, or 0 to inherit
     */
    private static XWPFStyle style(String id, String name, String basedOn, int outlineLevel, int halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 0 : 240));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (halfPoints > 0) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return new XWPFStyle(style);
    }

    /**
     * Starts a new list. Every list gets its own abstract definition: lists sharing one would
     * continue each other's numbering in Word.
     */
    static BigInteger newList(XWPFDocument document, boolean ordered, int start) {
        XWPFNumbering numbering = document.createNumbering();
        int id = numbering.getAbstractNums().size();
        CTAbstractNum list = ordered
                ? list(id, STNumberFormat.DECIMAL, "%1.", start)
                : list(id, STNumberFormat.BULLET, "–", 1);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
    }

    private static CTAbstractNum list(int id, STNumberFormat.Enum format, String text, int start) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.valueOf(start));
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(720));
        indent.setHanging(BigInteger.valueOf(360));
        return list;
    }

    /**
     * A4 with a centred page-number footer that is left off the title page. The footer holds the
     * bare number: extractors copy footer text into the document text, where a label is just noise.
     */
    static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1247));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        section.addNewTitlePg();

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
