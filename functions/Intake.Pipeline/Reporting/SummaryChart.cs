using System.Globalization;
using System.Text;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// Draws bar charts as inline SVG: no script and nothing loaded, so the page's
/// Content-Security-Policy (<c>default-src 'none'</c>) stays as it is. Each bar's name sits on its
/// own line above the bar, so a long route name (Japanese or English) never collides with its bar;
/// every name goes through <see cref="HtmlReportRenderer.Encode"/>.
/// </summary>
internal static class SummaryChart
{
    private const int Width = 520;
    private const int RowHeight = 40;
    private const int BarHeight = 14;
    private const int CountWidth = 48;

    public static void Append(StringBuilder html, string title, IReadOnlyList<SummaryBar> bars, string? language)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Count));
        var label = title + ReportText.Colon(language) + string.Join(", ", bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Name} {b.Count}")));
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{HtmlReportRenderer.Encode(title)}</figcaption>")
            .Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{HtmlReportRenderer.Encode(label)}\">")
            .Append("<title>").Append(HtmlReportRenderer.Encode(label)).Append("</title>");
        if (bars.Count == 0)
        {
            html.Append("<text x=\"0\" y=\"24\" class=\"empty\">").Append(HtmlReportRenderer.Encode(ReportText.NoCountedFindings.In(language))).Append("</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = i * RowHeight;
            // A count of zero still gets a sliver, so the row reads as "none" rather than as missing.
            var length = bar.Count == 0 ? 2 : Math.Max(4, (Width - CountWidth) * bar.Count / max);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 15}\" class=\"name\">{HtmlReportRenderer.Encode(bar.Name)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top + 21}\" width=\"{length}\" height=\"{BarHeight}\" rx=\"2\" class=\"{bar.CssClass}\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{length + 6}\" y=\"{top + 33}\" class=\"count\">{bar.Count}</text>");
        }

        html.Append("</svg></figure>\n");
    }
}
