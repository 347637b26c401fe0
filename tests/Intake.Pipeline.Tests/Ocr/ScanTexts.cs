namespace Intake.Pipeline.Tests.Ocr;

/// <summary>What the fake service "recognises" on a scan: a short bilingual agreement written for these tests.</summary>
public static class ScanTexts
{
    public const string EnglishHeader = "CONFIDENTIAL - draft for discussion";
    public const string EnglishTitle = "Joint Research Agreement";
    public const string EnglishHeading = "Article 5 (Ownership of Results)";
    public const string EnglishBody = "5.1 Every invention made under this Agreement, including improvements made by the University alone, shall be assigned to the Sponsor without further consideration.";
    public const string EnglishBody2 = "5.2 The University shall deliver all laboratory notebooks, source code and know-how relating to the Results to the Sponsor's designated affiliate on request.";
    public const string EnglishFooter = "Northwind Materials / Kanto Institute of Technology";
    public const string PageOne = "1";

    public const string JapaneseTitle = "共同研究契約書";
    public const string JapaneseHeading = "第７条（成果の帰属）";
    public const string JapaneseBody = "本研究により生じた発明に係る特許を受ける権利は、甲に単独で帰属するものとする。";
    public const string JapaneseBody2 = "２　乙は、甲の事前の書面による承諾なく、本研究の成果を第三者に開示してはならない。";
    public const string JapaneseFooter = "- 2 -";

    /// <summary>Two pages: English on page 1 with header, footer and page number; Japanese on page 2 with a table.</summary>
    public static AnalyzeResultBuilder Agreement() =>
        new AnalyzeResultBuilder()
            .Paragraph(1, EnglishHeader, "pageHeader")
            .Paragraph(1, EnglishTitle, "title")
            .Paragraph(1, EnglishHeading, "sectionHeading")
            .Paragraph(1, EnglishBody)
            .Paragraph(1, EnglishBody2)
            .Paragraph(1, EnglishFooter, "pageFooter")
            .Paragraph(1, PageOne, "pageNumber")
            .Paragraph(2, JapaneseTitle, "title")
            .Paragraph(2, JapaneseHeading, "sectionHeading")
            .Paragraph(2, JapaneseBody)
            .Paragraph(2, JapaneseBody2)
            .Table(2, ["項目", "内容"], ["研究期間", "契約締結日から２年間"])
            .Paragraph(2, JapaneseFooter, "pageNumber");
}
