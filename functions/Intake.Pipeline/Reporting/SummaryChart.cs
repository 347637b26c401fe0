using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// Draws bar charts as inline SVG: no script and nothing loaded, so the page's
/// Content-Security-Policy (<c>default-src 'none'</c>) stays as it is. Each bar's name sits above the
/// bar, broken at a space onto a second line when it is longer than the chart is wide (SVG text does
/// not wrap by itself), so a long route name never runs out of the picture; every name goes through
/// <see cref="HtmlReportRenderer.Encode"/>.
/// </summary>
internal static class SummaryChart
{
    private const int Width = 400;
    private const int FontSize = 13;
    private const int LineHeight = 16;
    private const int BarHeight = 14;
    private const int CountWidth = 40;

    // Widths in ems: an ideograph or kana is one em, a Latin letter a little over half.
    private const double LineEms = (double)Width / FontSize;

    public static void Append(StringBuilder html, string title, IReadOnlyList<SummaryBar> bars, string? language)
    {
        var rows = bars.Select(b => (Bar: b, Lines: Lines(b.Name))).ToList();
        var height = Math.Max(32, rows.Sum(r => r.Lines.Count * LineHeight + BarHeight + 12) + 4);
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Count));
        var label = title + ReportText.Colon(language) + string.Join(", ", bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Name} {b.Count}")));
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{HtmlReportRenderer.Encode(title)}</figcaption>")
            .Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" font-size=\"{FontSize}\" role=\"img\" aria-label=\"{HtmlReportRenderer.Encode(label)}\">")
            .Append("<title>").Append(HtmlReportRenderer.Encode(label)).Append("</title>");
        if (bars.Count == 0)
        {
            html.Append("<text x=\"0\" y=\"20\" class=\"empty\">").Append(HtmlReportRenderer.Encode(ReportText.NoCountedFindings.In(language))).Append("</text>");
        }

        var top = 0;
        foreach (var (bar, lines) in rows)
        {
            foreach (var line in lines)
            {
                top += LineHeight;
                html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top - 3}\" class=\"name\">{HtmlReportRenderer.Encode(line)}</text>");
            }

            // A count of zero still gets a sliver, so the row reads as "none" rather than as missing.
            var length = bar.Count == 0 ? 2 : Math.Max(4, (Width - CountWidth) * bar.Count / max);
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top + 2}\" width=\"{length}\" height=\"{BarHeight}\" rx=\"2\" class=\"{bar.CssClass}\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{length + 6}\" y=\"{top + 14}\" class=\"count\">{bar.Count}</text>");
            top += BarHeight + 12;
        }

        html.Append("</svg></figure>\n");
    }

    /// <summary>The name on as many lines as it needs, broken at spaces (a Japanese name has none and fits: route names are at most 16 characters).</summary>
    internal static IReadOnlyList<string> Lines(string name)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in name.Split(' '))
        {
            if (line.Length > 0 && Ems(line + " " + word) > LineEms)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static double Ems(string text) => text.Sum(c => c < 0x2E80 ? 0.6 : 1.0);
}
