using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Tests.Fixtures;

/// <summary>
/// Writes a PDF by hand, object by object, with a correct cross-reference table. For fixtures PdfPig's
/// builder cannot make: Japanese text without a system font, encryption dictionaries, image-only pages.
/// </summary>
public sealed class RawPdfWriter
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object (a dictionary, array, ...) and returns its number.</summary>
    public int Add(string body) => AddBytes(Latin1(body));

    /// <summary>Adds a stream object; <paramref name="dictionaryEntries"/> go inside the dictionary besides /Length.</summary>
    public int AddStream(byte[] data, string dictionaryEntries = "")
    {
        var head = Latin1(string.Create(CultureInfo.InvariantCulture, $"<< /Length {data.Length} {dictionaryEntries} >>\nstream\n"));
        return AddBytes([.. head, .. data, .. Latin1("\nendstream")]);
    }

    /// <summary>Reserves an object number to fill later with <see cref="Set"/> (for objects that point at each other).</summary>
    public int Reserve() => AddBytes([]);

    public void Set(int number, string body) => _objects[number - 1] = Latin1(body);

    /// <param name="root">The catalog's object number.</param>
    /// <param name="trailerExtra">Extra trailer entries such as /Encrypt and /ID.</param>
    public byte[] Build(int root, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private int AddBytes(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    private static void Write(Stream stream, string text) => stream.Write(Latin1(text));
}
