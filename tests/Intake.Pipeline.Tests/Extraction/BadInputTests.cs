using Intake.Pipeline.Extraction;
using Intake.Pipeline.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Tests.Extraction;

/// <summary>Bad input is normal input: each gets the right status and a reason a person understands.</summary>
public sealed class BadInputTests
{
    private static readonly DocumentExtractor Extractor = new();

    [Fact]
    public async Task Extract_EmptyFile_IsRejectedAsEmpty()
    {
        var result = await Extractor.ExtractAsync(ReadOnlyMemory<byte>.Empty, "empty.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "empty file");
    }

    [Fact]
    public async Task Extract_OneByte_IsRejectedAsTooShort()
    {
        var result = await Extractor.ExtractAsync(new byte[] { (byte)'%' }, "one.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "unsupported type", "1 byte", "too short");
    }

    [Fact]
    public async Task Extract_TruncatedPdf_IsRejectedAsTruncated()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.TruncatedPdf(), "cut.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "truncated PDF");
        Assert.Equal(DocumentKind.Pdf, result.Kind);
    }

    [Fact]
    public async Task Extract_PdfWithBrokenBody_IsRejectedAsCorrupt()
    {
        var pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nthis is not a PDF body\n%%EOF\n"u8.ToArray();

        var result = await Extractor.ExtractAsync(pdf, "broken.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "corrupt PDF");
    }

    [Fact]
    public async Task Extract_PdfNestedTooDeeply_IsRejectedAsCorruptWithoutCrashing()
    {
        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /Junk {new string('[', 100_000)}{new string(']', 100_000)} >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");

        var result = await Extractor.ExtractAsync(pdf.Build(catalog), "nested.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "corrupt PDF", "nesting");
    }

    [Fact]
    public async Task Extract_EncryptedPdf_IsRejectedAsEncrypted()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.EncryptedPdf(), "secret.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "encrypted", "password");
    }

    [Fact]
    public async Task Extract_ImageOnlyPdf_NeedsOcrAndSaysHowToEnableIt()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.ImageOnlyPdf(pages: 2), "scan.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.NeedsOcr, "no text layer", "scanned PDF", "INTAKE_DocumentIntelligence__Endpoint", "app setting DocumentIntelligence__Endpoint");
        Assert.Equal(2, result.Pages);
    }

    [Fact]
    public async Task Extract_RandomBytesNamedPdf_IsRejectedAsUnsupportedWhateverTheName()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.RandomBytes(4096), "contract.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "unsupported type", "binary");
        Assert.Equal(DocumentKind.Unknown, result.Kind);
    }

    [Fact]
    public async Task Extract_PdfNamedTxt_IsReadAsPdf()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.EnglishPdf("Article 1 Purpose. The parties cooperate."), "notes.txt");

        ExtractionAssert.Completed(result, DocumentKind.Pdf);
    }

    [Fact]
    public async Task Extract_Docm_IsRejectedAsMacroEnabled()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.Docm(), "agreement.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "macro-enabled documents are not accepted");
    }

    [Fact]
    public async Task Extract_ZipBomb_IsRejectedBeforeItIsExpanded()
    {
        var bomb = FixtureFiles.ZipBomb();
        Assert.True(bomb.Length < 1024 * 1024, $"the fixture should be small, is {bomb.Length} bytes");

        var result = await Extractor.ExtractAsync(bomb, "bomb.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "zip bomb", "word/document.xml", "the limit is 100 times");
    }

    [Fact]
    public async Task Extract_ZipExpandingPastTheSizeLimit_IsRejectedWithTheLimit()
    {
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { MaxDocxUncompressedBytes = 1024 }));

        var result = await extractor.ExtractAsync(FixtureFiles.EnglishContractDocx(), "big.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "expands to", "the limit is 1 KB");
    }

    [Fact]
    public async Task Extract_ZipWithTooManyEntries_IsRejectedWithTheLimit()
    {
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { MaxDocxEntries = 10 }));

        var result = await extractor.ExtractAsync(FixtureFiles.Zip(entries: 11), "many.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "11 entries", "the limit is 10");
    }

    [Fact]
    public async Task Extract_PlainZip_IsRejectedAsUnsupportedZipArchive()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.Zip(), "archive.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "unsupported type: zip archive");
    }

    [Fact]
    public async Task Extract_CorruptZip_IsRejectedAsCorrupt()
    {
        var docx = FixtureFiles.EnglishContractDocx();
        var damaged = docx[..(docx.Length - 30)];

        var result = await Extractor.ExtractAsync(damaged, "damaged.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "corrupt");
    }

    [Fact]
    public async Task Extract_DocxWithBrokenDocumentXml_IsRejectedAsCorruptDocx()
    {
        using var stream = new MemoryStream();
        stream.Write(FixtureFiles.EnglishContractDocx());
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var result = await Extractor.ExtractAsync(stream.ToArray(), "broken.docx");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "corrupt DOCX");
    }

    [Fact]
    public async Task Extract_FileOverTheSizeLimit_IsRejectedWithSizeAndLimit()
    {
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { MaxBytes = 1024 }));

        var result = await extractor.ExtractAsync(FixtureFiles.Utf8(new string('a', 3000)), "big.txt");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "file is 2.9 KB", "the limit is 1 KB");
    }

    [Fact]
    public async Task Extract_WhitespaceOnlyText_IsRejectedAsHavingNoText()
    {
        var result = await Extractor.ExtractAsync(FixtureFiles.Utf8("   \n\n\t  \n"), "blank.txt");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "no text");
    }

    [Fact]
    public async Task Extract_LegacyWordDocument_IsRejectedNamingTheFormat()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. FixtureFiles.RandomBytes(512)];

        var result = await Extractor.ExtractAsync(ole, "old.doc");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "unsupported type", "legacy Office");
    }

    [Fact]
    public async Task Extract_WhenReadingTakesLongerThanTheLimit_IsRejectedWithTheLimit()
    {
        var extractor = new DocumentExtractor(Options.Create(new ExtractionOptions { Timeout = TimeSpan.Zero }));

        var result = await extractor.ExtractAsync(FixtureFiles.EnglishPdf("Article 1 Purpose."), "slow.pdf");

        ExtractionAssert.Reason(result, DocumentStatus.Rejected, "took longer than", "INTAKE_Extraction__Timeout (CLI environment variable) or Extraction__Timeout (function app setting)");
    }

    [Fact]
    public async Task Extract_WhenTheCallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Extractor.ExtractAsync(FixtureFiles.EnglishPdf("Text."), "x.pdf", cancelled.Token));
    }
}
