using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Tests.Fixtures;

public static partial class FixtureFiles
{
    /// <summary>
    /// Font names a PDF may name without embedding, which PdfPig then looks for among the machine's
    /// fonts (DejaVu ships with most Linux images, Liberation with Chromium, the rest with Windows).
    /// </summary>
    public static readonly IReadOnlyList<string> InstalledFontNames =
        ["DejaVuSans", "DejaVuSerif", "DejaVuSansMono", "DejaVuSans-Bold", "LiberationSans", "LiberationSerif", "LiberationMono", "IPAGothic", "ArialMT", "TimesNewRomanPSMT"];

    /// <summary>
    /// A PDF of one page per font in <paramref name="fontNames"/>: each page's paragraphs set in a
    /// TrueType font that is named but not embedded, as many word processors write PDFs, so reading
    /// it makes PdfPig look the font up on the machine.
    /// </summary>
    public static byte[] PdfNamingSystemFonts(IReadOnlyList<string> fontNames, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(fontNames);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var pdf = new RawPdfWriter();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var pageObjects = new List<int>();
        var widths = string.Join(' ', Enumerable.Range(32, 95).Select(c => (c == ' ' ? 250 : 480 + (c * 37 % 160)).ToString(CultureInfo.InvariantCulture)));
        foreach (var fontName in fontNames)
        {
            var descriptor = pdf.Add($"<< /Type /FontDescriptor /FontName /{fontName} /Flags 32 /FontBBox [-180 -240 1100 950] /ItalicAngle 0 /Ascent 900 /Descent -220 /CapHeight 700 /StemV 80 >>");
            var font = pdf.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /{fontName} /FirstChar 32 /LastChar 126 /Widths [{widths}] /FontDescriptor {descriptor} 0 R /Encoding /WinAnsiEncoding >>");
            var content = new StringBuilder();
            var y = PageHeight - 110;
            foreach (var paragraph in paragraphs)
            {
                foreach (var line in Wrap(paragraph, text => text.Length * 5.6))
                {
                    content.Append(CultureInfo.InvariantCulture, $"BT /F1 {FontSize} Tf {Margin} {y} Td ({line.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)}) Tj ET\n");
                    y -= Leading;
                }

                y -= ParagraphGap - Leading;
            }

            var contents = pdf.AddStream(RawPdfWriter.Latin1(content.ToString()));
            pageObjects.Add(pdf.Add($"<< /Type /Page /Parent {pagesObject} 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>"));
        }

        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pagesObject} 0 R >>");
        pdf.Set(pagesObject, $"<< /Type /Pages /Kids [{string.Join(' ', pageObjects.Select(p => $"{p} 0 R"))}] /Count {pageObjects.Count} >>");
        return pdf.Build(catalog);
    }
}
