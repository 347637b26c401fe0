using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;

namespace Intake.Pipeline.Tests.Extraction;

public sealed class DocxExtractionTests
{
    private static readonly DocumentExtractor Extractor = new();

    [Fact]
    public async Task Extract_EnglishDocx_RendersListNumbersAsText()
    {
        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.EnglishContractDocx(), "agreement.docx"), DocumentKind.Docx);

        Assert.Equal(
            [
                "Article 1 Purpose",
                "1.1 The parties will study low-power sensor coatings together.",
                "Article 2 Results",
                "2.1 Each party owns the results its own staff create.",
                "(a) jointly created results are owned in equal shares;",
                "(b) neither party may license them without the other's consent.",
            ],
            ExtractionAssert.Role(document, TextBlockRole.Body).Select(b => b.Text));
        Assert.Equal("Joint Research Agreement", Assert.Single(ExtractionAssert.Role(document, TextBlockRole.Heading)).Text);
    }

    [Fact]
    public async Task Extract_EnglishDocx_JoinsTableCellsRowByRowAndKeepsHeaderAndFooterApartAfterTheBody()
    {
        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.EnglishContractDocx(), "agreement.docx"), DocumentKind.Docx);

        Assert.Equal(
            ["Party | Role", "Northwind Labs | Research lead", "Contoso Materials | Sponsor"],
            ExtractionAssert.Role(document, TextBlockRole.Table).Select(b => b.Text));
        var header = Assert.Single(ExtractionAssert.Role(document, TextBlockRole.PageHeader));
        var footer = Assert.Single(ExtractionAssert.Role(document, TextBlockRole.PageFooter));
        Assert.Equal("Confidential draft for discussion", header.Text);
        Assert.Equal("Northwind / Contoso joint research", footer.Text);
        var lastBodyBlock = document.Blocks.Last(b => b.IsClauseContent);
        Assert.True(header.Offset > lastBodyBlock.Offset && footer.Offset > lastBodyBlock.Offset);
        Assert.Equal(1, document.Pages);
    }

    [Fact]
    public async Task Extract_JapaneseDocx_RendersJapaneseCountingArticlesAndFullWidthParagraphNumbers()
    {
        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.JapaneseContractDocx(), "契約書.docx"), DocumentKind.Docx);

        Assert.Equal(
            [
                "第一条 （目的）本契約は、甲及び乙が行う共同研究の条件を定める。",
                "第二条 （成果の帰属）共同研究の成果は、甲乙の共有とする。",
                "１ 甲は、乙の書面による同意なく成果を第三者に開示してはならない。",
                "２ 乙は、前項の同意を不当に拒んではならない。",
            ],
            ExtractionAssert.Role(document, TextBlockRole.Body).Select(b => b.Text));
        Assert.Equal(["当事者 | 役割", "北風研究所 | 研究代表"], ExtractionAssert.Role(document, TextBlockRole.Table).Select(b => b.Text));
        Assert.Equal("社外秘", Assert.Single(ExtractionAssert.Role(document, TextBlockRole.PageHeader)).Text);
        Assert.Equal("共同研究契約書（案）", Assert.Single(ExtractionAssert.Role(document, TextBlockRole.PageFooter)).Text);
    }

    [Fact]
    public async Task Extract_DocxWithExplicitPageBreaks_CountsPagesFromTheBreaks()
    {
        var docx = FixtureFiles.Docx(new DocxContent(
        [
            new DocxParagraph("The first page."),
            new DocxParagraph("The second page.", PageBreakBefore: true),
            new DocxParagraph("The third page.", PageBreakBefore: true),
        ]));

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(docx, "breaks.docx"), DocumentKind.Docx);

        Assert.Equal(3, document.Pages);
        Assert.Equal([1, 2, 3], document.Blocks.Select(b => b.Page));
    }

    [Theory]
    [InlineData("upperRoman", "%1.", "IV.")]
    [InlineData("lowerRoman", "(%1)", "(iv)")]
    [InlineData("upperLetter", "%1)", "D)")]
    [InlineData("decimalZero", "%1", "04")]
    [InlineData("japaneseCounting", "第%1条", "第四条")]
    [InlineData("decimalFullWidth", "（%1）", "（４）")]
    [InlineData("decimalEnclosedCircle", "%1", "④")]
    [InlineData("aiueoFullWidth", "%1.", "エ.")]
    public async Task Extract_ListNumberFormats_RenderTheFourthItemAsWordDoes(string format, string levelText, string expectedLabel)
    {
        var docx = FixtureFiles.Docx(new DocxContent([.. Enumerable.Range(1, 4).Select(i => new DocxParagraph($"Item {i}.", ListLevel: 0))])
        {
            ListLevels = [new DocxListLevel(format, levelText)],
        });

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(docx, "list.docx"), DocumentKind.Docx);

        Assert.Equal($"{expectedLabel} Item 4.", document.Blocks[3].Text);
    }

    [Theory]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(105, "百五")]
    [InlineData(1234, "千二百三十四")]
    public void KanjiCounting_WritesNumbersAsJapaneseArticlesDo(int value, string expected) =>
        Assert.Equal(expected, Intake.Pipeline.Extraction.Docx.NumberFormats.KanjiCounting(value));
}
