using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Intake.Pipeline.Extraction.Docx;

/// <summary>What a (guarded) zip holds, from its [Content_Types].xml and entry names.</summary>
internal enum ZipContentKind
{
    Docx,
    MacroEnabled,
    OtherOffice,
    Other,
}

internal sealed record ZipContent(ZipContentKind Kind, string Description);

internal static class ZipContentInspector
{
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordTemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const int MaxContentTypesBytes = 1024 * 1024;

    public static ZipContent Inspect(ZipArchive archive)
    {
        if (archive.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return new(ZipContentKind.MacroEnabled, "macro-enabled Office document");
        }

        var contentTypes = archive.GetEntry("[Content_Types].xml");
        if (contentTypes is null)
        {
            return new(ZipContentKind.Other, "zip archive");
        }

        var types = ReadContentTypes(contentTypes);
        if (types.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
        {
            return new(ZipContentKind.MacroEnabled, "macro-enabled Office document");
        }

        if (types.Contains(WordMain) || types.Contains(WordTemplateMain))
        {
            return new(ZipContentKind.Docx, "DOCX");
        }

        if (types.Any(t => t.Contains("spreadsheetml", StringComparison.Ordinal)))
        {
            return new(ZipContentKind.OtherOffice, "Excel workbook (XLSX)");
        }

        if (types.Any(t => t.Contains("presentationml", StringComparison.Ordinal)))
        {
            return new(ZipContentKind.OtherOffice, "PowerPoint presentation (PPTX)");
        }

        return new(ZipContentKind.Other, "zip archive");
    }

    private static HashSet<string> ReadContentTypes(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
        {
            throw new InvalidDocumentException($"corrupt DOCX: [Content_Types].xml is {ByteSize.Format(entry.Length)}");
        }

        try
        {
            using var stream = entry.Open();
            // No DTDs: an Office package never has one, and they are the door to entity expansion attacks.
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersInDocument = MaxContentTypesBytes });
            var document = XDocument.Load(reader);
            return document.Descendants()
                .Select(e => (string?)e.Attribute("ContentType"))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (XmlException exception)
        {
            throw new InvalidDocumentException("corrupt DOCX: [Content_Types].xml is not valid XML: " + Reasons.FirstLine(exception.Message), exception);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDocumentException("corrupt zip archive: " + Reasons.FirstLine(exception.Message), exception);
        }
    }
}
