using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Intake.Pipeline.Extraction.Docx;

/// <summary>
/// DOCX with the Open XML SDK: body paragraphs in order with their list numbers rendered as text,
/// table rows as Table blocks (cells joined with " | "), footnotes and endnotes as body text after the
/// body, then headers and footers as PageHeader/PageFooter blocks, kept apart from the body.
/// A DOCX stores no pages (Word lays them out when it opens the file), so pages are counted from
/// explicit breaks only: 1 + page breaks + page-starting section breaks. Text boxes, drawings and
/// tracked deletions are not read.
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractionResult Extract(Stream package, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(package, false, new OpenSettings { MaxCharactersInPart = options.MaxDocxUncompressedBytes });
        var main = document.MainDocumentPart ?? throw new InvalidDocumentException("corrupt DOCX: it has no main document part");
        var body = main.Document?.Body ?? throw new InvalidDocumentException("corrupt DOCX: the document has no body");
        var reader = new BodyReader(new ListNumbering(main.NumberingDefinitionsPart, main.StyleDefinitionsPart), main.StyleDefinitionsPart?.Styles, cancellationToken);
        reader.ReadBlocks(body.ChildElements);

        foreach (var footnote in main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Type is null) ?? [])
        {
            reader.AddNote(footnote);
        }

        foreach (var endnote in main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(e => e.Type is null) ?? [])
        {
            reader.AddNote(endnote);
        }

        // First-page, even and default headers often repeat each other: keep each text once.
        foreach (var text in main.HeaderParts.Select(h => h.Header is null ? string.Empty : BodyReader.PlainText(h.Header)).Distinct(StringComparer.Ordinal))
        {
            reader.Builder.Add(text, 1, TextBlockRole.PageHeader);
        }

        foreach (var text in main.FooterParts.Select(f => f.Footer is null ? string.Empty : BodyReader.PlainText(f.Footer)).Distinct(StringComparer.Ordinal))
        {
            reader.Builder.Add(text, 1, TextBlockRole.PageFooter);
        }

        if (reader.Builder.BlockCount == 0)
        {
            throw new InvalidDocumentException("no text: the DOCX has no paragraphs with text");
        }

        return ExtractionResult.Completed(DocumentKind.Docx, reader.Builder.Build(reader.Page));
    }

    private sealed class BodyReader(ListNumbering numbering, Styles? styles, CancellationToken cancellationToken)
    {
        public DocumentTextBuilder Builder { get; } = new();

        public int Page { get; private set; } = 1;

        public void ReadBlocks(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph);
                        break;
                    case Table table:
                        ReadTable(table);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        ReadBlocks(content.ChildElements);
                        break;
                    case CustomXmlBlock custom:
                        ReadBlocks(custom.ChildElements);
                        break;
                    default:
                        break;
                }
            }
        }

        public void AddNote(OpenXmlCompositeElement note)
        {
            foreach (var paragraph in note.Elements<Paragraph>())
            {
                Builder.Add(PlainText(paragraph), Page, TextBlockRole.Body);
            }
        }

        /// <summary>All text of a part (header, footer, cell) with paragraphs on separate lines.</summary>
        public static string PlainText(OpenXmlElement container)
        {
            var paragraphs = container.Descendants<Paragraph>().Select(p =>
            {
                var text = new StringBuilder();
                AppendRuns(p, text, out _);
                return text.ToString().Trim();
            });
            return string.Join('\n', paragraphs.Where(t => t.Length > 0));
        }

        private void ReadParagraph(Paragraph paragraph)
        {
            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && before.Val?.Value != false && Builder.BlockCount > 0)
            {
                Page++;
            }

            var text = new StringBuilder();
            AppendRuns(paragraph, text, out var pageBreaks);
            var label = numbering.Next(paragraph);
            var content = text.ToString().Trim();
            if (content.Length > 0)
            {
                content = label + content;

                Builder.Add(content, Page, IsHeading(paragraph) ? TextBlockRole.Heading : TextBlockRole.Body);
            }

            Page += pageBreaks;
            if (paragraph.ParagraphProperties?.SectionProperties is { } section && StartsNewPage(section))
            {
                Page++;
            }
        }

        private void ReadTable(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = row.Elements<TableCell>()
                    .Select(cell => PlainText(cell).Replace('\n', ' ').Trim())
                    .Where(t => t.Length > 0);
                Builder.Add(string.Join(" | ", cells), Page, TextBlockRole.Table);
            }
        }

        private static void AppendRuns(OpenXmlElement element, StringBuilder text, out int pageBreaks)
        {
            pageBreaks = 0;
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break br when br.Type?.InnerText == "page":
                        pageBreaks++;
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    // Not reading text: tracked deletions, field codes, drawings and text boxes (whose
                    // fallback copies would repeat the text), nested paragraphs handled elsewhere.
                    case DeletedRun or DeletedText or FieldCode or Drawing or Picture or AlternateContent or EmbeddedObject or Paragraph or Table:
                        break;
                    default:
                        AppendRuns(child, text, out var inner);
                        pageBreaks += inner;
                        break;
                }
            }
        }

        private static bool StartsNewPage(SectionProperties section)
        {
            var type = section.GetFirstChild<SectionType>()?.Val?.InnerText;
            return type is null or "nextPage" or "oddPage" or "evenPage";
        }

        private bool IsHeading(Paragraph paragraph)
        {
            if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is int level && level < 9)
            {
                return true;
            }

            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (styleId is null)
            {
                return false;
            }

            var name = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value ?? styleId;
            return name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Title", StringComparison.OrdinalIgnoreCase)
                || styleId.StartsWith("Heading", StringComparison.OrdinalIgnoreCase);
        }
    }
}
