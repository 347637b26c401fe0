using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;

namespace Intake.Pipeline.Tests.Extraction;

public sealed class OcrRoutingTests
{
    [Fact]
    public async Task Extract_PngWithoutOcr_NeedsOcrAndSaysHowToEnableIt()
    {
        var result = await new DocumentExtractor().ExtractAsync(FixtureFiles.Png(), "scan.png");

        ExtractionAssert.Reason(result, DocumentStatus.NeedsOcr, "PNG image", "INTAKE_DocumentIntelligence__Endpoint", "app setting DocumentIntelligence__Endpoint");
        Assert.Equal(DocumentKind.Image, result.Kind);
    }

    [Fact]
    public async Task Extract_ImageOnlyPdfWithOcrConfigured_GoesToTheOcrServiceWithItsPageCount()
    {
        var ocr = new RecordingOcr();

        var result = await new DocumentExtractor(ocr: ocr).ExtractAsync(FixtureFiles.ImageOnlyPdf(pages: 3), "scan.pdf");

        Assert.Equal(DocumentStatus.Completed, result.Status);
        Assert.Equal((DocumentKind.Pdf, 3), Assert.Single(ocr.Calls));
    }

    [Fact]
    public async Task Extract_ImageWithOcrConfigured_GoesToTheOcrService()
    {
        var ocr = new RecordingOcr();

        await new DocumentExtractor(ocr: ocr).ExtractAsync(FixtureFiles.Png(), "scan.png");

        Assert.Equal((DocumentKind.Image, 1), Assert.Single(ocr.Calls));
    }

    [Fact]
    public async Task Extract_PdfWithATextLayer_NeverGoesToTheOcrService()
    {
        var ocr = new RecordingOcr();

        await new DocumentExtractor(ocr: ocr).ExtractAsync(FixtureFiles.EnglishPdf("Article 1 Purpose."), "text.pdf");

        Assert.Empty(ocr.Calls);
    }

    private sealed class RecordingOcr : IOcrService
    {
        public List<(DocumentKind Kind, int Pages)> Calls { get; } = [];

        public bool IsConfigured => true;

        public Task<ExtractionResult> RecognizeAsync(ReadOnlyMemory<byte> content, DocumentKind kind, int pages, CancellationToken cancellationToken = default)
        {
            Calls.Add((kind, pages));
            const string Text = "Recognised text.";
            return Task.FromResult(ExtractionResult.Completed(kind, new ExtractedDocument(Text, [new TextBlock(Text, 1, 0, TextBlockRole.Body)], pages)));
        }
    }
}
