using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Intake.Pipeline.Tests.Fixtures;

public static partial class FixtureFiles
{
    /// <summary>A DOCX with plain paragraphs.</summary>
    public static byte[] Docx(params string[] paragraphs) => Docx(new DocxContent([.. paragraphs.Select(p => new DocxParagraph(p))]));

    /// <summary>A DOCX with numbered paragraphs, a table, a header and a footer, built with the Open XML SDK.</summary>
    public static byte[] Docx(DocxContent content) => WriteDocx(content, WordprocessingDocumentType.Document);

    /// <summary>A macro-enabled document (DOCM) with a VBA project part.</summary>
    public static byte[] Docm() =>
        WriteDocx(new DocxContent([new DocxParagraph("This document carries a macro project.")]), WordprocessingDocumentType.MacroEnabledDocument);

    /// <summary>An English contract in DOCX: article numbering (Article 1, 1.1, (a)), a table, a header and a footer.</summary>
    public static byte[] EnglishContractDocx() => Docx(new DocxContent(
    [
        new DocxParagraph("Joint Research Agreement", Style: "Heading1"),
        new DocxParagraph("Purpose", ListLevel: 0),
        new DocxParagraph("The parties will study low-power sensor coatings together.", ListLevel: 1),
        new DocxParagraph("Results", ListLevel: 0),
        new DocxParagraph("Each party owns the results its own staff create.", ListLevel: 1),
        new DocxParagraph("jointly created results are owned in equal shares;", ListLevel: 2),
        new DocxParagraph("neither party may license them without the other's consent.", ListLevel: 2),
    ])
    {
        ListLevels = [new("decimal", "Article %1"), new("decimal", "%1.%2"), new("lowerLetter", "(%3)")],
        TableRows = [["Party", "Role"], ["Northwind Labs", "Research lead"], ["Contoso Materials", "Sponsor"]],
        Header = "Confidential draft for discussion",
        Footer = "Northwind / Contoso joint research",
    });

    /// <summary>A Japanese contract in DOCX: 第N条 numbering (japaneseCounting), full-width paragraph numbers, a table, a header and a footer.</summary>
    public static byte[] JapaneseContractDocx() => Docx(new DocxContent(
    [
        new DocxParagraph("共同研究契約書", Style: "Heading1"),
        new DocxParagraph("（目的）本契約は、甲及び乙が行う共同研究の条件を定める。", ListLevel: 0),
        new DocxParagraph("（成果の帰属）共同研究の成果は、甲乙の共有とする。", ListLevel: 0),
        new DocxParagraph("甲は、乙の書面による同意なく成果を第三者に開示してはならない。", ListLevel: 1),
        new DocxParagraph("乙は、前項の同意を不当に拒んではならない。", ListLevel: 1),
    ])
    {
        ListLevels = [new("japaneseCounting", "第%1条"), new("decimalFullWidth", "%2")],
        TableRows = [["当事者", "役割"], ["北風研究所", "研究代表"]],
        Header = "社外秘",
        Footer = "共同研究契約書（案）",
    });

    /// <summary>
    /// A zip bomb shaped like a DOCX: a tiny file whose document.xml entry expands to
    /// <paramref name="uncompressedBytes"/> of spaces. Written in chunks, so memory stays small.
    /// </summary>
    public static byte[] ZipBomb(long uncompressedBytes = 16L * 1024 * 1024)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", ContentTypesXml);
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < uncompressedBytes; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, uncompressedBytes - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip with <paramref name="entries"/> tiny text files.</summary>
    public static byte[] Zip(int entries = 2)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries; i++)
            {
                WriteEntry(zip, $"notes/note{i}.txt", "A note, not a document we read.");
            }
        }

        return output.ToArray();
    }

    private const string ContentTypesXml =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static byte[] WriteDocx(DocxContent content, WordprocessingDocumentType type)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, type))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            AddStyles(main);
            if (content.ListLevels.Count > 0)
            {
                AddNumbering(main, content.ListLevels);
            }

            foreach (var paragraph in content.Paragraphs)
            {
                body.Append(Paragraph(paragraph));
            }

            if (content.TableRows.Count > 0)
            {
                body.Append(new Table([.. content.TableRows.Select(row => new TableRow([.. row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))]))]));
            }

            var section = new SectionProperties();
            if (content.Header is { } headerText)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(new Run(new Text(headerText))));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            if (content.Footer is { } footerText)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(new Paragraph(new Run(new Text(footerText))));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }

            body.Append(section);
            main.Document = new Document(body);
            if (type == WordprocessingDocumentType.MacroEnabledDocument)
            {
                var vba = main.AddNewPart<VbaProjectPart>();
                using var vbaStream = new MemoryStream(Encoding.ASCII.GetBytes("not a real VBA project, but a part of that type"));
                vba.FeedData(vbaStream);
            }
        }

        return output.ToArray();
    }

    private static Paragraph Paragraph(DocxParagraph paragraph)
    {
        var properties = new ParagraphProperties();
        if (paragraph.Style is { } style)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (paragraph.PageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (paragraph.ListLevel is int level)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }));
        }

        return new Paragraph(properties, new Run(new Text(paragraph.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
    }

    private static void AddNumbering(MainDocumentPart main, IReadOnlyList<DocxListLevel> levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = 1 };
        for (var i = 0; i < levels.Count; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = levels[i].Start },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].NumberFormat)) },
                new LevelText { Val = levels[i].LevelText })
            { LevelIndex = i });
        }

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }
}
