namespace Intake.Pipeline.Ocr;

/// <summary>
/// The Content-Type to send with a file, from its first bytes. The analyze operation accepts
/// application/pdf, image/jpeg, image/png, image/tiff, image/bmp and application/octet-stream
/// (the service then sniffs the bytes itself).
/// </summary>
internal static class OcrContentType
{
    public const string OctetStream = "application/octet-stream";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static string Of(ReadOnlySpan<byte> content)
    {
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return "application/pdf";
        }

        if (content.StartsWith(PngSignature))
        {
            return "image/png";
        }

        if (content.StartsWith(JpegSignature))
        {
            return "image/jpeg";
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }

        return content.StartsWith("BM"u8) ? "image/bmp" : OctetStream;
    }
}
