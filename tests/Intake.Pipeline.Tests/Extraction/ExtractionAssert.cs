using Intake.Pipeline.Extraction;

namespace Intake.Pipeline.Tests.Extraction;

/// <summary>Checks every extraction test shares: blocks are slices of the text, reasons are clear.</summary>
internal static class ExtractionAssert
{
    public static ExtractedDocument Completed(ExtractionResult result, DocumentKind kind)
    {
        Assert.True(result.Status == DocumentStatus.Completed, $"expected Completed, got {result.Status}: {result.Reason}");
        Assert.Equal(kind, result.Kind);
        var document = Assert.IsType<ExtractedDocument>(result.Document);
        Slices(document);
        return document;
    }

    /// <summary><c>Text.Substring(Offset, block.Text.Length) == block.Text</c> for every block, in order, without overlap.</summary>
    public static void Slices(ExtractedDocument document)
    {
        Assert.NotEmpty(document.Blocks);
        var previousEnd = 0;
        foreach (var block in document.Blocks)
        {
            Assert.InRange(block.Offset, previousEnd, document.Text.Length - block.Text.Length);
            Assert.Equal(block.Text, document.Text.Substring(block.Offset, block.Text.Length));
            Assert.InRange(block.Page, 1, document.Pages);
            Assert.Equal(block.Text.Trim(), block.Text);
            Assert.NotEmpty(block.Text);
            previousEnd = block.Offset + block.Text.Length;
        }
    }

    /// <summary>The status is right and the reason is one clear line holding the key words, with no stack trace.</summary>
    public static void Reason(ExtractionResult result, DocumentStatus status, params string[] keyWords)
    {
        Assert.True(result.Status == status, $"expected {status}, got {result.Status}: {result.Reason}");
        Assert.Null(result.Document);
        var reason = Assert.IsType<string>(result.Reason);
        foreach (var word in keyWords)
        {
            Assert.Contains(word, reason, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("   at ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", reason, StringComparison.Ordinal);
    }

    public static IEnumerable<TextBlock> Role(ExtractedDocument document, TextBlockRole role) => document.Blocks.Where(b => b.Role == role);
}
