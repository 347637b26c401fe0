namespace Intake.Pipeline.Extraction.Sniffing;

/// <summary>What the first bytes say a file is.</summary>
internal enum SniffedFormat
{
    Pdf,
    Zip,
    Image,
    Text,
    Unsupported,
}

/// <param name="Description">A human name for what was seen ("PNG image", "gzip archive"), used in reasons.</param>
internal sealed record SniffResult(SniffedFormat Format, string Description);

/// <summary>
/// Recognises a file by its magic numbers, never by its name: a PDF renamed .txt is still a PDF, and
/// random bytes named .pdf are not. Zip files are told apart later (DOCX, DOCM or other) by their content.
/// </summary>
internal static class ContentSniffer
{
    // The PDF header may follow some junk; readers look for it within the first 1024 bytes.
    private const int PdfHeaderWindow = 1024;

    public static SniffResult Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Slice(0, Math.Min(content.Length, PdfHeaderWindow)).IndexOf("%PDF-"u8) >= 0)
        {
            return new(SniffedFormat.Pdf, "PDF");
        }

        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8))
        {
            return new(SniffedFormat.Zip, "zip archive");
        }

        if (ImageName(content) is { } image)
        {
            return new(SniffedFormat.Image, image);
        }

        if (KnownBinaryName(content) is { } binary)
        {
            return new(SniffedFormat.Unsupported, binary);
        }

        // Anything else may be text; the text reader decides (and calls it binary data if it is not).
        return new(SniffedFormat.Text, "text");
    }

    /// <summary>Image formats the OCR service (Document Intelligence) reads.</summary>
    private static string? ImageName(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG image";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG image";
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return "TIFF image";
        }

        // "BM" alone is too weak (a text file may start with it): also require a known DIB header size.
        if (content.Length >= 18 && content.StartsWith("BM"u8))
        {
            var dibHeaderSize = BitConverter.ToInt32(content.Slice(14, 4));
            if (dibHeaderSize is 12 or 40 or 52 or 56 or 64 or 108 or 124)
            {
                return "BMP image";
            }
        }

        return null;
    }

    /// <summary>Common formats we do not read, named so the reason tells the user what to convert.</summary>
    private static string? KnownBinaryName(ReadOnlySpan<byte> content) => content switch
    {
        _ when content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) =>
            "legacy Office document (.doc/.xls/.ppt); save it as DOCX or PDF",
        _ when content.StartsWith("{\\rtf"u8) => "RTF document; save it as DOCX or PDF",
        _ when content.StartsWith("GIF8"u8) => "GIF image (OCR reads PNG, JPEG, TIFF and BMP)",
        _ when content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => "gzip archive",
        _ when content.StartsWith("Rar!"u8) => "RAR archive",
        _ when content.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]) => "7-Zip archive",
        _ when content.StartsWith("MZ"u8) => "Windows executable",
        _ when content.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) => "ELF executable",
        _ when content.StartsWith("%!PS"u8) => "PostScript document; print it to PDF",
        _ => null,
    };
}
