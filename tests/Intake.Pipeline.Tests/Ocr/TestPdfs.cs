using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Tests.Ocr;

/// <summary>PDFs written by the tests: pages that only paint an image, with no text layer, as a scanner makes them.</summary>
public static class TestPdfs
{
    public static byte[] ImageOnly(int pages = 1)
    {
        // Objects: 1 catalog, 2 page tree, 3 the image; then per page a page object and its content stream.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{4 + (2 * p)} 0 R"))}] /Count {pages} >>",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u00FF\u00C0\u00C0\u00FF\nendstream",
        };
        const string Paint = "q 595 0 0 842 0 0 cm /Scan Do Q";
        for (var p = 0; p < pages; p++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 3 0 R >> >> /Contents {5 + (2 * p)} 0 R >>");
            objects.Add($"<< /Length {Paint.Length} >>\nstream\n{Paint}\nendstream");
        }

        // Latin-1 keeps every char one byte, so string lengths are byte offsets.
        var latin1 = Encoding.Latin1;
        var pdf = new StringBuilder("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return latin1.GetBytes(pdf.ToString());
    }
}
