using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Intake.Pipeline.Tests.Fixtures;

/// <summary>
/// Documents written at test time, so tests need no files from outside the repository. All text here
/// is our own. Other test projects may link this folder (Compile Include="..\Intake.Pipeline.Tests\Fixtures\*.cs").
/// </summary>
public static partial class FixtureFiles
{
    private const double PageWidth = 595; // A4 in points
    private const double PageHeight = 842;
    private const double Margin = 72;
    private const double FontSize = 11;
    private const double Leading = 15;
    private const double ParagraphGap = 26;

    /// <summary>A one-page English PDF (Helvetica) with each paragraph word-wrapped to the text width.</summary>
    public static byte[] EnglishPdf(params string[] paragraphs) => EnglishPdf([paragraphs], runningHeader: null, pageNumbers: false);

    /// <summary>
    /// An English PDF with one list of paragraphs per page, optionally a running header at the top of
    /// every page and "Page N of M" at the bottom.
    /// </summary>
    /// <param name="bodyPageNumbers">A bare page number just under the last paragraph, inside the body area, as many filings print it.</param>
    public static byte[] EnglishPdf(IReadOnlyList<IReadOnlyList<string>> pages, string? runningHeader, bool pageNumbers, bool bodyPageNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (runningHeader is not null)
            {
                page.AddText(runningHeader, 9, new PdfPoint(Margin, PageHeight - 40), font);
            }

            if (pageNumbers)
            {
                page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {index + 1} of {pages.Count}"), 9, new PdfPoint(PageWidth / 2 - 25, 30), font);
            }

            var y = PageHeight - 110;
            foreach (var paragraph in pages[index])
            {
                foreach (var line in Wrap(paragraph, text => Width(page.MeasureText(text, FontSize, PdfPoint.Origin, font))))
                {
                    page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
                    y -= Leading;
                }

                y -= ParagraphGap - Leading;
            }

            if (bodyPageNumbers)
            {
                page.AddText((index + 1).ToString(CultureInfo.InvariantCulture), FontSize, new PdfPoint(PageWidth / 2, y - Leading), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF in two columns: <paramref name="left"/> lines down the left half, <paramref name="right"/> lines down the right half, side by side.</summary>
    public static byte[] TwoColumnPdf(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var (lines, x) in new[] { (left, Margin), (right, PageWidth / 2 + 10) })
        {
            var y = PageHeight - 110;
            foreach (var line in lines)
            {
                page.AddText(line, FontSize, new PdfPoint(x, y), font);
                y -= Leading;
            }
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF with exactly these lines, one under the other, as one paragraph (for line-join tests).</summary>
    public static byte[] PdfWithLines(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = PageHeight - 110;
        foreach (var line in lines)
        {
            page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
            y -= Leading;
        }

        return builder.Build();
    }

    /// <summary>
    /// A Japanese PDF with a real text layer and no font file: a Type0 font with Identity-H encoding whose
    /// ToUnicode CMap maps each glyph id back to its character, as PDFs made by Word or Acrobat do.
    /// Paragraphs are wrapped at <paramref name="charactersPerLine"/> characters.
    /// </summary>
    public static byte[] JapanesePdf(IReadOnlyList<string> paragraphs, int charactersPerLine = 30)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var characters = paragraphs.SelectMany(p => p).Distinct().ToList();
        string Hex(string text) => string.Concat(text.Select(c => (characters.IndexOf(c) + 1).ToString("X4", CultureInfo.InvariantCulture)));

        var content = new StringBuilder();
        var y = PageHeight - 110;
        foreach (var paragraph in paragraphs)
        {
            for (var start = 0; start < paragraph.Length; start += charactersPerLine)
            {
                var line = paragraph.Substring(start, Math.Min(charactersPerLine, paragraph.Length - start));
                content.Append(CultureInfo.InvariantCulture, $"BT /F1 {FontSize} Tf {Margin} {y} Td <{Hex(line)}> Tj ET\n");
                y -= Leading + 3;
            }

            y -= ParagraphGap - Leading;
        }

        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in characters.Select((c, i) => (Char: c, Cid: i + 1)).Chunk(100))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (c, cid) in chunk)
            {
                cmap.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <{(int)c:X4}>\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");

        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var pageObject = pdf.Reserve();
        var contents = pdf.AddStream(RawPdfWriter.Latin1(content.ToString()));
        var descriptor = pdf.Add("<< /Type /FontDescriptor /FontName /IntakeMincho /Flags 6 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
        var cidFont = pdf.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /IntakeMincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>");
        var toUnicode = pdf.AddStream(Encoding.ASCII.GetBytes(cmap.ToString()));
        var font = pdf.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /IntakeMincho /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesObject} 0 R >>");
        pdf.Set(pagesObject, $"<< /Type /Pages /Kids [{pageObject} 0 R] /Count 1 >>");
        pdf.Set(pageObject, $"<< /Type /Page /Parent {pagesObject} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>A PDF whose only page is a picture (a scan): no text layer.</summary>
    public static byte[] ImageOnlyPdf(int pages = 1)
    {
        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var image = pdf.AddStream([0x00, 0x80, 0xFF, 0x40], "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8");
        var contents = pdf.AddStream(RawPdfWriter.Latin1("q 400 0 0 600 100 100 cm /Im1 Do Q"));
        var kids = new List<int>();
        for (var i = 0; i < pages; i++)
        {
            kids.Add(pdf.Add($"<< /Type /Page /Parent {pagesObject} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {contents} 0 R >>"));
        }

        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesObject} 0 R >>");
        pdf.Set(pagesObject, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages} >>");
        return pdf.Build(catalog);
    }

    /// <summary>An English PDF cut in half, as an interrupted upload leaves it.</summary>
    public static byte[] TruncatedPdf()
    {
        var whole = EnglishPdf("This agreement was cut short in transit and its end is missing.");
        return whole[..(whole.Length / 2)];
    }

    /// <summary>A PDF encrypted with a user password (its /U entry matches no empty password): it cannot be opened without one.</summary>
    public static byte[] EncryptedPdf()
    {
        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var contents = pdf.AddStream([.. Enumerable.Range(0, 48).Select(i => (byte)(i * 37))]);
        var page = pdf.Add($"<< /Type /Page /Parent {pagesObject} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Contents {contents} 0 R >>");
        var encrypt = pdf.Add($"<< /Filter /Standard /V 1 /R 2 /O <{new string('7', 64)}> /U <{new string('A', 64)}> /P -44 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesObject} 0 R >>");
        pdf.Set(pagesObject, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return pdf.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>]");
    }

    /// <summary>
    /// A PDF encrypted (RC4, 40 bits, revision 2) with an empty user password and only an owner password:
    /// every viewer opens it without asking; only permissions are restricted.
    /// </summary>
    public static byte[] PermissionsOnlyEncryptedPdf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
        var id = Enumerable.Range(0, 16).Select(i => (byte)(i * 7)).ToArray();
        const int Permissions = -44; // printing and copying refused
#pragma warning disable CA5351 // The PDF standard security handler (revision 2) is defined with MD5 and RC4; this writes that format.
        var owner = Rc4(MD5.HashData(Encoding.ASCII.GetBytes("owner-secret")).AsSpan(0, 5).ToArray(), padding);
        var fileKey = MD5.HashData([.. padding, .. owner, .. BitConverter.GetBytes(Permissions), .. id]).AsSpan(0, 5).ToArray();
        var user = Rc4(fileKey, padding);

        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var page = pdf.Reserve();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var contentsNumber = page + 2;
        var objectKey = MD5.HashData([.. fileKey, (byte)contentsNumber, (byte)(contentsNumber >> 8), (byte)(contentsNumber >> 16), 0, 0]).AsSpan(0, 10).ToArray();
#pragma warning restore CA5351
        var contents = pdf.AddStream(Rc4(objectKey, RawPdfWriter.Latin1($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET")));
        if (contents != contentsNumber)
        {
            throw new InvalidOperationException("Object numbering changed; the stream key would be wrong.");
        }

        pdf.Set(page, $"<< /Type /Page /Parent {pagesObject} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesObject} 0 R >>");
        pdf.Set(pagesObject, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var encrypt = pdf.Add($"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {Permissions} >>");
        return pdf.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>]");
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var state = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 255;
            (state[i], state[j]) = (state[j], state[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, a = 0, b = 0; k < data.Length; k++)
        {
            a = (a + 1) & 255;
            b = (b + state[a]) & 255;
            (state[a], state[b]) = (state[b], state[a]);
            output[k] = (byte)(data[k] ^ state[(state[a] + state[b]) & 255]);
        }

        return output;
    }

    private static double Width(IReadOnlyList<Letter> letters) =>
        letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X) - letters.Min(l => l.StartBaseLine.X);

    private static IEnumerable<string> Wrap(string paragraph, Func<string, double> measure)
    {
        const double TextWidth = PageWidth - 2 * Margin;
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && measure(candidate) > TextWidth)
            {
                yield return line.ToString();
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
