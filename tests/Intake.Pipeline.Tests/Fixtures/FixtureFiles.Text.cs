using System.Text;

namespace Intake.Pipeline.Tests.Fixtures;

public static partial class FixtureFiles
{
    /// <summary>Text encoded as UTF-8, with or without the byte order mark.</summary>
    public static byte[] Utf8(string text, bool byteOrderMark = false) =>
        byteOrderMark ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    /// <summary>Text encoded as UTF-16 (little- or big-endian), with or without the byte order mark.</summary>
    public static byte[] Utf16(string text, bool bigEndian = false, bool byteOrderMark = true)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] mark = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE];
        return byteOrderMark ? [.. mark, .. encoding.GetBytes(text)] : encoding.GetBytes(text);
    }

    /// <summary>Text encoded as Shift_JIS (code page 932).</summary>
    public static byte[] ShiftJis(string text) => Legacy(932).GetBytes(text);

    /// <summary>Text encoded as EUC-JP (code page 51932).</summary>
    public static byte[] EucJp(string text) => Legacy(51932).GetBytes(text);

    /// <summary>Random bytes from a seeded generator (binary junk, e.g. to name .pdf).</summary>
    public static byte[] RandomBytes(int length, int seed = 42)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The first bytes of a PNG image (signature and header chunk), enough for type sniffing.</summary>
    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0];

    /// <summary>Writes <paramref name="content"/> to <paramref name="directory"/>/<paramref name="fileName"/> and returns the path (for CLI tests).</summary>
    public static string Write(string directory, string fileName, byte[] content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static Encoding Legacy(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
