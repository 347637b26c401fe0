using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;
using LayoutLine = UglyToad.PdfPig.DocumentLayoutAnalysis.TextLine;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>
/// PDF with PdfPig: words from letters (nearest neighbour), blocks from words (Docstrum), blocks in
/// reading order (unsupervised detector), then the lines of each block joined into paragraphs with
/// hyphenation repaired, and running headers, footers and page numbers given their own roles.
/// </summary>
internal static class PdfTextExtractor
{
    // The spec puts %%EOF in the last 1024 bytes; allow some trailing junk before calling a file cut short.
    private const int EndMarkerWindow = 4096;

    public static ExtractionResult Extract(ReadOnlyMemory<byte> content, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var tail = content.Span[Math.Max(0, content.Length - EndMarkerWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "truncated PDF: the end-of-file marker (%%EOF) is missing, so the file was probably cut short");
        }

        try
        {
            return Read(content, options, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "encrypted PDF: it needs a password to open; remove the password and upload it again");
        }
        catch (InvalidDocumentException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // PdfPig throws many exception types on malformed files; each is this document's fault.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "corrupt PDF: " + Reasons.FirstLine(exception.Message));
        }
    }

    private static ExtractionResult Read(ReadOnlyMemory<byte> content, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        var pages = document.NumberOfPages;
        if (document.IsEncrypted && !options.ReadPermissionsOnlyEncryptedPdf)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "encrypted PDF: protected with an owner password (Extraction:ReadPermissionsOnlyEncryptedPdf is off)", pages);
        }

        if (pages == 0)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "corrupt PDF: it has no pages");
        }

        if (pages > options.MaxPdfPages)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, $"PDF has {pages} pages; the limit is {options.MaxPdfPages} (Extraction:MaxPdfPages)", pages);
        }

        var blocks = new List<PdfBlock>();
        for (var number = 1; number <= pages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            blocks.AddRange(PageBlocks(document.GetPage(number)));
        }

        if (blocks.Count == 0)
        {
            return ExtractionResult.NeedsOcr(DocumentKind.Pdf, $"no text layer (scanned PDF?) on any of its {pages} page(s); {OcrNotConfigured.HowToEnable}", pages);
        }

        var roles = PageFurniture.Classify(blocks, pages);
        var compounds = LineJoiner.Compounds(blocks.SelectMany(b => b.Lines));
        var builder = new DocumentTextBuilder();
        foreach (var block in blocks)
        {
            if (roles.TryGetValue(block, out var role))
            {
                builder.Add(LineJoiner.Join(block.Lines), block.Page, role);
                continue;
            }

            foreach (var paragraph in Paragraphs(block.Lines))
            {
                builder.Add(LineJoiner.Join(paragraph, compounds), block.Page, TextBlockRole.Body);
            }
        }

        return ExtractionResult.Completed(DocumentKind.Pdf, builder.Build(pages));
    }

    private static List<PdfBlock> PageBlocks(Page page)
    {
        var letters = page.Letters;
        if (!letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            return [];
        }

        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters);
        var layout = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(layout).OrderBy(b => b.ReadingOrder);
        var blocks = new List<PdfBlock>();
        foreach (var block in ordered)
        {
            // Layout analysis may merge a running header with the first body line below it; cut each
            // block where its lines pass from the header band to the body or from the body to the footer band.
            foreach (var run in ZoneRuns(block.TextLines, page.Height))
            {
                var lines = run.Select(LineText).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0)
                {
                    blocks.Add(new PdfBlock(page.Number, lines, run.Max(l => l.BoundingBox.Top), run.Min(l => l.BoundingBox.Bottom), page.Height));
                }
            }
        }

        return blocks;
    }

    private static IEnumerable<List<LayoutLine>> ZoneRuns(IEnumerable<LayoutLine> lines, double pageHeight)
    {
        var run = new List<LayoutLine>();
        var runZone = 0;
        foreach (var line in lines)
        {
            var zone = line.BoundingBox.Bottom >= pageHeight * (1 - PageFurniture.BandShare) ? 1
                : line.BoundingBox.Top <= pageHeight * PageFurniture.BandShare ? -1
                : 0;
            if (run.Count > 0 && zone != runZone)
            {
                yield return run;
                run = [];
            }

            run.Add(line);
            runZone = zone;
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>Words of a line with a space between them, except between Japanese characters.</summary>
    private static string LineText(LayoutLine line)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in line.Words)
        {
            var value = word.Text.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && !(Scripts.IsCjk(text[^1]) && Scripts.IsCjk(value[0])))
            {
                text.Append(' ');
            }

            text.Append(value);
        }

        return text.ToString();
    }

    /// <summary>Splits a layout block before each line that opens a numbered item, which layout analysis may have merged.</summary>
    private static IEnumerable<List<string>> Paragraphs(IReadOnlyList<string> lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && NumberingStart.IsMatch(line))
            {
                yield return current;
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
