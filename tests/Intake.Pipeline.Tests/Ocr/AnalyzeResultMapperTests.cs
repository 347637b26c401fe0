using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;

namespace Intake.Pipeline.Tests.Ocr;

public sealed class AnalyzeResultMapperTests
{
    [Fact]
    public void Map_LayoutParagraphs_KeepsReadingOrderPagesAndRoles()
    {
        var document = Map(ScanTexts.Agreement().Build());

        Assert.Equal(2, document.Pages);
        Assert.Equal(
            [
                (ScanTexts.EnglishHeader, 1, TextBlockRole.PageHeader),
                (ScanTexts.EnglishTitle, 1, TextBlockRole.Heading),
                (ScanTexts.EnglishHeading, 1, TextBlockRole.Heading),
                (ScanTexts.EnglishBody, 1, TextBlockRole.Body),
                (ScanTexts.EnglishBody2, 1, TextBlockRole.Body),
                (ScanTexts.EnglishFooter, 1, TextBlockRole.PageFooter),
                (ScanTexts.PageOne, 1, TextBlockRole.PageNumber),
                (ScanTexts.JapaneseTitle, 2, TextBlockRole.Heading),
                (ScanTexts.JapaneseHeading, 2, TextBlockRole.Heading),
                (ScanTexts.JapaneseBody, 2, TextBlockRole.Body),
                (ScanTexts.JapaneseBody2, 2, TextBlockRole.Body),
                ("項目 | 内容\n研究期間 | 契約締結日から２年間", 2, TextBlockRole.Table),
                (ScanTexts.JapaneseFooter, 2, TextBlockRole.PageNumber),
            ],
            document.Blocks.Select(b => (b.Text, b.Page, b.Role)));
    }

    [Fact]
    public void Map_EveryBlock_IsASliceOfTheDocumentText()
    {
        var document = Map(ScanTexts.Agreement().Build());

        Assert.All(document.Blocks, b => Assert.Equal(b.Text, document.Text.Substring(b.Offset, b.Text.Length)));
        Assert.Equal(document.Blocks.Select(b => b.Offset).Order(), document.Blocks.Select(b => b.Offset));
    }

    [Fact]
    public void Map_PageFurniture_NeverCountsAsClauseContent()
    {
        var document = Map(ScanTexts.Agreement().Build());

        var furniture = document.Blocks.Where(b => !b.IsClauseContent).Select(b => b.Text);
        Assert.Equal([ScanTexts.EnglishHeader, ScanTexts.EnglishFooter, ScanTexts.PageOne, ScanTexts.JapaneseFooter], furniture);
    }

    [Fact]
    public void Map_ParagraphsListedOutOfOrder_FollowTheirSpansInTheContent()
    {
        var built = new AnalyzeResultBuilder()
            .Paragraph(1, "First clause of the scan.")
            .Paragraph(1, "Second clause of the scan.")
            .Build();
        var paragraphs = built["paragraphs"]!.AsArray();
        var first = paragraphs[0]!.DeepClone();
        paragraphs.RemoveAt(0);
        paragraphs.Add(first);

        var document = Map(built);

        Assert.Equal(["First clause of the scan.", "Second clause of the scan."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Map_ParagraphWithoutBoundingRegions_TakesThePageWhoseSpansHoldIt()
    {
        var built = new AnalyzeResultBuilder()
            .Paragraph(1, "On the first page.")
            .Paragraph(2, "On the second page.")
            .Build();
        foreach (var paragraph in built["paragraphs"]!.AsArray())
        {
            paragraph!.AsObject().Remove("boundingRegions");
        }

        var document = Map(built);

        Assert.Equal([1, 2], document.Blocks.Select(b => b.Page));
    }

    [Fact]
    public void Map_ResultWithoutParagraphs_FallsBackToOneBodyBlockPerPage()
    {
        var built = new AnalyzeResultBuilder()
            .Paragraph(1, "Line one on page one.")
            .Paragraph(1, "Line two on page one.")
            .Paragraph(2, "第１条　本契約は日本法に準拠する。")
            .Build();
        built.Remove("paragraphs");
        built.Remove("tables");

        var document = Map(built);

        Assert.Equal(
            [("Line one on page one.\nLine two on page one.", 1), ("第１条　本契約は日本法に準拠する。", 2)],
            document.Blocks.Select(b => (b.Text, b.Page)));
        Assert.All(document.Blocks, b => Assert.Equal(TextBlockRole.Body, b.Role));
    }

    [Fact]
    public void Map_EmptyResult_HasNoBlocks()
    {
        var document = Map(new JsonObject { ["apiVersion"] = "2024-11-30", ["modelId"] = "prebuilt-layout", ["content"] = "", ["pages"] = new JsonArray() });

        Assert.Empty(document.Blocks);
        Assert.Equal(string.Empty, document.Text);
    }

    private static ExtractedDocument Map(JsonNode analyzeResult) =>
        AnalyzeResultMapper.Map(JsonSerializer.Deserialize<AnalyzeResult>(analyzeResult.ToJsonString(), WireJson.Options)!);
}
