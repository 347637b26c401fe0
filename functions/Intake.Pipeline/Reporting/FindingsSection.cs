using System.Globalization;
using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// The clause findings and missing safeguards of one document: the counted ones (confidence at or
/// above the risk confidence) first, then, apart, the possible ones below it. One row per clause,
/// with every label the clause has.
/// </summary>
internal static class FindingsSection
{
    public static void Append(StringBuilder html, DocumentReport d, double threshold, string language)
    {
        var findings = d.Findings.Where(f => f.Kind != FindingKind.Signal).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        var counted = findings.Where(f => ReportSummary.IsCounted(f, threshold)).ToList();
        var possible = findings.Where(f => !ReportSummary.IsCounted(f, threshold)).ToList();
        if (counted.Count > 0)
        {
            html.Append("<h3>").Append(HtmlReportRenderer.Encode(ReportText.Findings.In(language))).Append("</h3>\n");
            AppendTable(html, counted, "findings", language);
        }

        if (possible.Count > 0)
        {
            html.Append("<h3 class=\"possible\">").Append(HtmlReportRenderer.Encode(ReportText.PossibleFindings.In(language))).Append("</h3>\n")
                .Append("<p class=\"note\">").Append(HtmlReportRenderer.Encode(ReportText.PossibleNote(threshold, language))).Append("</p>\n");
            AppendTable(html, possible, "findings possible", language);
        }
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<Finding> findings, string cssClass, string language)
    {
        html.Append("<table class=\"").Append(cssClass).Append("\">\n<thead><tr>");
        foreach (var header in new[] { ReportText.SeverityHeader, ReportText.Labels, ReportText.Where, ReportText.ClauseAndExplanation })
        {
            html.Append("<th>").Append(HtmlReportRenderer.Encode(header.In(language))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var group in ClauseGroup.Of(findings))
        {
            AppendRow(html, group, language);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendRow(StringBuilder html, ClauseGroup group, string language)
    {
        html.Append("<tr><td class=\"sev-").Append(group.Severity).Append("\">").Append(HtmlReportRenderer.Encode(ReportText.SeverityName(group.Severity, language))).Append("</td><td><ul class=\"labels\">");
        foreach (var f in group.Findings)
        {
            html.Append("<li><code>").Append(HtmlReportRenderer.Encode(f.Label)).Append("</code><br><small>").Append(HtmlReportRenderer.Encode(FamilyText(f, language)))
                .Append(" · ").Append(HtmlReportRenderer.Encode(ReportText.Confidence.In(language))).Append(' ')
                .Append(f.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</small></li>");
        }

        html.Append("</ul></td><td>").Append(HtmlReportRenderer.Encode(HtmlReportRenderer.Where(group.First, language))).Append("</td><td>");
        if (group.First.Text is not null)
        {
            html.Append("<blockquote>").Append(HtmlReportRenderer.Encode(group.First.Text)).Append("</blockquote>");
        }

        foreach (var f in group.Findings)
        {
            html.Append("<div class=\"label\">");
            if (group.Findings.Count > 1)
            {
                html.Append("<p class=\"label-name\"><code>").Append(HtmlReportRenderer.Encode(f.Label)).Append("</code> <span class=\"sev-").Append(f.Severity).Append("\">")
                    .Append(HtmlReportRenderer.Encode(ReportText.SeverityName(f.Severity, language))).Append("</span></p>");
            }

            AppendExplanation(html, f, language);
            html.Append("</div>");
        }

        html.Append("</td></tr>\n");
    }

    // Why, route, basis, advice and direction, in the document's language (the JSON keeps both).
    private static void AppendExplanation(StringBuilder html, Finding f, string language)
    {
        var colon = ReportText.Colon(language);
        if (f.Explanation.Count > 0)
        {
            Line(html, "why", ReportText.Why.In(language) + colon + string.Join("; ", f.Explanation));
        }

        if (f.Evidence is { } evidence && !string.IsNullOrEmpty(evidence.Why.In(language)))
        {
            Line(html, "why", ReportText.WhyItMatters.In(language) + colon + evidence.Why.In(language));
        }

        if (f.Route is not null)
        {
            html.Append("<p class=\"route\">").Append(HtmlReportRenderer.Encode(ReportText.Route.In(language) + colon + (f.RouteName?.In(language) ?? f.Route)))
                .Append(" <code>").Append(HtmlReportRenderer.Encode(f.Route)).Append("</code></p>");
        }

        if (f.Basis.Count > 0)
        {
            html.Append("<ul class=\"basis\">");
            foreach (var basis in f.Basis)
            {
                var kind = basis.Kind == BasisKind.Practice ? ReportText.Practice : ReportText.Guidance;
                html.Append("<li>").Append(HtmlReportRenderer.Encode(kind.In(language) + colon + basis.Cite(language)));
                if (basis.Kind == BasisKind.Guidance)
                {
                    html.Append(" — ").Append(HtmlReportRenderer.Encode(basis.Point.In(language)));
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        if (!string.IsNullOrEmpty(f.Recommendation))
        {
            Line(html, "todo", ReportText.Recommendation.In(language) + colon + f.Recommendation);
        }

        if (f.Direction is { } direction)
        {
            Line(html, "direction", ReportText.Direction.In(language) + colon + direction.Reason.In(language));
        }
    }

    private static void Line(StringBuilder html, string cssClass, string text) =>
        html.Append("<p class=\"").Append(cssClass).Append("\">").Append(HtmlReportRenderer.Encode(text)).Append("</p>");

    private static string FamilyText(Finding f, string language) => (f.Kind switch
    {
        FindingKind.MissingSafeguard => ReportText.MissingSafeguard,
        FindingKind.Permission => ReportText.Permitted,
        _ => f.Family == LabelFamily.Safeguard ? ReportText.SafeguardFamily : ReportText.ExposureFamily,
    }).In(language);
}
