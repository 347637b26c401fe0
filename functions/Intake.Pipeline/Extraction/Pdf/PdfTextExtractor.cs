using Intake.Pipeline.Settings;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Intake.Pipeline.Extraction.Pdf;

/// <summary>
/// PDF with PdfPig: words from letters (PdfPig's nearest-neighbour word extractor), lines and columns
/// from words (<see cref="PageLines"/>), paragraphs from lines (<see cref="PdfParagraphs"/>) joined with
/// hyphenation repaired, and running headers, footers and page numbers given their own roles.
/// </summary>
internal static class PdfTextExtractor
{
    // The spec puts %%EOF in the last 1024 bytes; allow some trailing junk before calling a file cut short.
    private const int EndMarkerWindow = 4096;

    // Our own word extractor, not PdfPig's shared Instance (whose settings are global and mutable),
    // and sequential inside a page: documents are already read in parallel, and nested parallel loops
    // only add contention.
    private static readonly NearestNeighbourWordExtractor s_words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

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
        SystemFontIndex.EnsureBuilt();
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
        var pages = document.NumberOfPages;
        if (document.IsEncrypted && !options.ReadPermissionsOnlyEncryptedPdf)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, $"encrypted PDF: protected with an owner password ({SettingNames.Either.Of("Extraction:ReadPermissionsOnlyEncryptedPdf")} is off)", pages);
        }

        if (pages == 0)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, "corrupt PDF: it has no pages");
        }

        if (pages > options.MaxPdfPages)
        {
            return ExtractionResult.Rejected(DocumentKind.Pdf, $"PDF has {pages} pages; the limit is {options.MaxPdfPages} ({SettingNames.Either.Of("Extraction:MaxPdfPages")})", pages);
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
        var compounds = LineJoiner.Compounds(blocks.SelectMany(b => b.Lines).Select(l => l.Text));
        var builder = new DocumentTextBuilder();
        foreach (var paragraph in PdfParagraphs.Build(blocks, roles))
        {
            var text = LineJoiner.Join(paragraph.Lines, paragraph.Role == TextBlockRole.Body ? compounds : null);
            builder.Add(text, paragraph.Page, paragraph.Role == TextBlockRole.Body && PdfParagraphs.LooksLikeHeading(paragraph.Lines) ? TextBlockRole.Heading : paragraph.Role);
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

        var words = s_words.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = PageLines.Build(words, page.Height, LineText);

        // Each line of the header and footer bands is its own block (a running title, a page number);
        // the body lines form one block that paragraph detection cuts up.
        var blocks = new List<PdfBlock>();
        var body = new List<PdfLine>();
        foreach (var line in lines)
        {
            var inBand = line.Bottom >= page.Height * (1 - PageFurniture.BandShare) || line.Top <= page.Height * PageFurniture.BandShare;
            if (!inBand)
            {
                body.Add(line);
                continue;
            }

            if (body.Count > 0)
            {
                blocks.Add(Block(page, body));
                body = [];
            }

            blocks.Add(Block(page, [line]));
        }

        if (body.Count > 0)
        {
            blocks.Add(Block(page, body));
        }

        return SplitEdgePageNumbers(page, blocks);
    }

    /// <summary>
    /// A page number printed just above the footer band (or below the header band) sits in the body
    /// block and would be glued to the last sentence of the page ("…kept confidential. 30"): the first
    /// and last line of the page become blocks of their own when they are bare page numbers.
    /// </summary>
    private static List<PdfBlock> SplitEdgePageNumbers(Page page, List<PdfBlock> blocks)
    {
        var result = new List<PdfBlock>(blocks.Count + 2);
        foreach (var block in blocks)
        {
            var lines = block.Lines.ToList();
            var isFirst = ReferenceEquals(block, blocks[0]);
            var isLast = ReferenceEquals(block, blocks[^1]);
            PdfLine? leading = null, trailing = null;
            if (isFirst && lines.Count > 1 && PageFurniture.IsPageNumber(lines[0].Text))
            {
                leading = lines[0];
                lines.RemoveAt(0);
            }

            if (isLast && lines.Count > 1 && PageFurniture.IsPageNumber(lines[^1].Text))
            {
                trailing = lines[^1];
                lines.RemoveAt(lines.Count - 1);
            }

            if (leading is not null)
            {
                result.Add(Block(page, [leading]));
            }

            result.Add(leading is null && trailing is null ? block : Block(page, lines));
            if (trailing is not null)
            {
                result.Add(Block(page, [trailing]));
            }
        }

        return result;
    }

    private static PdfBlock Block(Page page, List<PdfLine> lines) =>
        new(page.Number, lines, lines.Max(l => l.Top), lines.Min(l => l.Bottom), page.Height);

    /// <summary>
    /// Words of a line with a space between them where the page shows a gap: an ideographic space
    /// between Japanese characters ("２　本契約"), an ordinary one otherwise; none where Japanese
    /// characters merely fell into separate words.
    /// </summary>
    private static string LineText(IReadOnlyList<Word> words)
    {
        var text = new System.Text.StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            var value = word.Text.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (previous is not null && text.Length > 0)
            {
                var cjk = Scripts.IsCjk(text[^1]) && Scripts.IsCjk(value[0]);
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                if (!cjk)
                {
                    text.Append(' ');
                }
                else if (gap > previous.BoundingBox.Height * 0.3)
                {
                    text.Append('\u3000');
                }
            }

            text.Append(value);
            previous = word;
        }

        return text.ToString();
    }
}
