using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Extraction;

public sealed class PdfExtractionTests
{
    private static readonly DocumentExtractor Extractor = new();

    [Fact]
    public async Task Extract_EnglishPdf_ReturnsParagraphsInReadingOrderOnPageOne()
    {
        var pdf = FixtureFiles.EnglishPdf(
            "Article 1 Purpose. The parties will jointly study coatings for low-power sensors and share what they learn under the terms below.",
            "Article 2 Confidentiality. Each party keeps the other's technical information secret for five years after this agreement ends.");

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "contract.pdf"), DocumentKind.Pdf);

        Assert.Equal(1, document.Pages);
        var body = ExtractionAssert.Role(document, TextBlockRole.Body).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("Article 1 Purpose.", body[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("share what they learn under the terms below.", body[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Article 2 Confidentiality.", body[1].Text, StringComparison.Ordinal);
        Assert.All(body, b => Assert.DoesNotContain("\n", b.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_JapanesePdfWithIdentityHFont_ReadsJapaneseWithoutSpacesBetweenLines()
    {
        const string First = "第１条（目的）本契約は、甲及び乙が共同で行う低消費電力センサーの研究について、その条件を定めることを目的とする。";
        const string Second = "第２条（秘密保持）甲及び乙は、相手方から開示された技術情報を本契約の終了後五年間秘密として保持する。";
        var pdf = FixtureFiles.JapanesePdf([First, Second], charactersPerLine: 24);

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "契約書.pdf"), DocumentKind.Pdf);

        var body = ExtractionAssert.Role(document, TextBlockRole.Body).Select(b => b.Text).ToList();
        Assert.Equal([First, Second], body);
    }

    [Fact]
    public async Task Extract_MultiPagePdf_GivesRunningHeadersFootersAndPageNumbersTheirRoles()
    {
        string[][] pages =
        [
            ["Article 1 Purpose. The parties will study sensor coatings together."],
            ["The parties further agree as follows.", "Article 2 Results. Each party owns the results its own staff create."],
            ["Article 3 Term. This agreement runs for three years from signature."],
        ];
        var pdf = FixtureFiles.EnglishPdf(pages, runningHeader: "Northwind Contoso", pageNumbers: true);

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "multi.pdf"), DocumentKind.Pdf);

        Assert.Equal(3, document.Pages);
        var headers = ExtractionAssert.Role(document, TextBlockRole.PageHeader).ToList();
        Assert.Equal([1, 2, 3], headers.Select(h => h.Page));
        Assert.All(headers, h => Assert.Equal("Northwind Contoso", h.Text));
        var numbers = ExtractionAssert.Role(document, TextBlockRole.PageNumber).ToList();
        Assert.Equal(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], numbers.Select(n => n.Text));
        var body = ExtractionAssert.Role(document, TextBlockRole.Body).ToList();
        Assert.Equal([1, 2, 2, 3], body.Select(b => b.Page));
        Assert.Equal("The parties further agree as follows.", body[1].Text);
        Assert.All(body, b => Assert.DoesNotContain("Northwind", b.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_HyphenatedLineBreaks_RejoinsBrokenWordsButKeepsRealHyphens()
    {
        var pdf = FixtureFiles.PdfWithLines(
            "The licensee receives the tech-",
            "nology and a state-of-the-",
            "art process for the Japan-",
            "US market, with know-how",
            "kept confidential.");

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "hyphens.pdf"), DocumentKind.Pdf);

        var text = Assert.Single(ExtractionAssert.Role(document, TextBlockRole.Body)).Text;
        Assert.Equal("The licensee receives the technology and a state-of-the-art process for the Japan-US market, with know-how kept confidential.", text);
    }

    [Fact]
    public async Task Extract_LineBreakAfterACompoundSeenWholeElsewhere_KeepsItsHyphen()
    {
        var pdf = FixtureFiles.PdfWithLines(
            "The well-known method is well-",
            "known to both parties.");

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "compound.pdf"), DocumentKind.Pdf);

        Assert.Equal("The well-known method is well-known to both parties.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_TwoColumnPage_ReadsTheLeftColumnBeforeTheRight()
    {
        var pdf = FixtureFiles.TwoColumnPdf(
            ["The left column opens", "the agreement and sets", "out why the parties", "work together on", "sensor coatings."],
            ["The right column then", "describes who pays for", "the equipment and who", "keeps the samples at", "the end of the work."]);

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "columns.pdf"), DocumentKind.Pdf);

        Assert.Equal(
            [
                "The left column opens the agreement and sets out why the parties work together on sensor coatings.",
                "The right column then describes who pays for the equipment and who keeps the samples at the end of the work.",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_ParagraphCutByAPageBreak_IsJoinedAgainOnItsFirstPage()
    {
        string[][] pages =
        [
            ["Article 1 Results. Each party owns the results its own staff create, and jointly created results"],
            ["are owned by both parties in equal shares.", "Article 2 Term. This agreement runs for three years."],
        ];

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(FixtureFiles.EnglishPdf(pages, runningHeader: "Draft", pageNumbers: true), "cut.pdf"), DocumentKind.Pdf);

        var body = ExtractionAssert.Role(document, TextBlockRole.Body).ToList();
        Assert.Equal(
            ["Article 1 Results. Each party owns the results its own staff create, and jointly created results are owned by both parties in equal shares.", "Article 2 Term. This agreement runs for three years."],
            body.Select(b => b.Text));
        Assert.Equal([1, 2], body.Select(b => b.Page));
    }

    [Fact]
    public async Task Extract_NumberedItemsInOneLayoutBlock_StartsABlockAtEachNumber()
    {
        var pdf = FixtureFiles.PdfWithLines(
            "1. The recipient keeps the information secret.",
            "2. The recipient uses it only for the project.",
            "(a) Copies are returned at the end of the project.");

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "numbered.pdf"), DocumentKind.Pdf);

        Assert.Equal(
            ["1. The recipient keeps the information secret.", "2. The recipient uses it only for the project.", "(a) Copies are returned at the end of the project."],
            ExtractionAssert.Role(document, TextBlockRole.Body).Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_PdfOverThePageLimit_IsRejectedWithTheLimit()
    {
        var pdf = FixtureFiles.EnglishPdf([["One."], ["Two."], ["Three."]], runningHeader: null, pageNumbers: false);
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { MaxPdfPages = 2 }));

        var result = await extractor.ExtractAsync(pdf, "long.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "3 pages", "limit is 2");
        Assert.Equal(3, result.Pages);
    }

    [Fact]
    public async Task Extract_PermissionsOnlyEncryptedPdf_IsReadBecauseItOpensWithoutAPassword()
    {
        var pdf = FixtureFiles.PermissionsOnlyEncryptedPdf("Results belong to both parties.");

        var document = ExtractionAssert.Completed(await Extractor.ExtractAsync(pdf, "protected.pdf"), DocumentKind.Pdf);

        Assert.Equal("Results belong to both parties.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_PermissionsOnlyEncryptedPdfWhenTurnedOff_IsRejectedAsEncrypted()
    {
        var pdf = FixtureFiles.PermissionsOnlyEncryptedPdf("Results belong to both parties.");
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { ReadPermissionsOnlyEncryptedPdf = false }));

        ExtractionAssert.Reason(await extractor.ExtractAsync(pdf, "protected.pdf"), DocumentStatus.Rejected, "encrypted");
    }
}
