using System.Text;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>Parties, screening and the list findings, above the clause findings: they are what the guidance puts first.</summary>
internal static class SignalsSection
{
    public static void Append(StringBuilder html, DocumentReport d, string language)
    {
        html.Append("<h3 class=\"signals\">").Append(HtmlReportRenderer.Encode(ReportText.Signals.In(language))).Append("</h3>\n<dl>\n");
        HtmlReportRenderer.AppendField(html, ReportText.Parties.In(language), d.Parties.Count == 0
            ? ReportText.NoParties.In(language)
            : string.Join("; ", d.Parties.Select(p => $"{p.Name}{(p.Role is null ? string.Empty : $" ({p.Role})")} — {ReportText.Section(p.Section, language)}{(language is "ja" ? "、" : ", ")}{ReportText.Page(p.Page, language)}")));
        if (d.Screening is { } screening)
        {
            HtmlReportRenderer.AppendField(html, ReportText.Screening.In(language), ReportText.ScreeningNote(screening, ReportText.ListedNameMatches(d), language));
        }

        html.Append("</dl>\n");
        var signals = d.Findings.Where(f => f.Kind == FindingKind.Signal).OrderByDescending(f => f.Severity).ToList();
        if (signals.Count == 0)
        {
            html.Append("<p class=\"none\">").Append(HtmlReportRenderer.Encode(ReportText.NoSignals.In(language))).Append("</p>\n");
            return;
        }

        html.Append("<table class=\"signals\">\n<thead><tr>");
        foreach (var header in new[] { ReportText.SeverityHeader, ReportText.Signal, ReportText.List, ReportText.Where, ReportText.WhatWhyTodo })
        {
            html.Append("<th>").Append(HtmlReportRenderer.Encode(header.In(language))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in signals)
        {
            html.Append("<tr><td class=\"sev-").Append(f.Severity).Append("\">").Append(HtmlReportRenderer.Encode(ReportText.SeverityName(f.Severity, language))).Append("</td>")
                .Append("<td><code>").Append(HtmlReportRenderer.Encode(f.Label)).Append("</code><br><small>").Append(HtmlReportRenderer.Encode(f.Signal?.Basis.ToString())).Append("</small></td>")
                .Append("<td>").Append(HtmlReportRenderer.Encode(f.Signal?.List)).Append("</td>")
                .Append("<td>").Append(HtmlReportRenderer.Encode(HtmlReportRenderer.Where(f, language))).Append("</td><td>");
            if (f.Signal is { } signal)
            {
                html.Append("<p><strong>").Append(HtmlReportRenderer.Encode(signal.Name)).Append("</strong> — “").Append(HtmlReportRenderer.Encode(signal.Matched)).Append("”</p>");
            }

            html.Append("<ul class=\"why\">");
            foreach (var line in f.Explanation)
            {
                html.Append("<li>").Append(HtmlReportRenderer.Encode(line)).Append("</li>");
            }

            html.Append("</ul>");
            if (!string.IsNullOrEmpty(f.Recommendation))
            {
                html.Append("<p class=\"todo\">").Append(HtmlReportRenderer.Encode(f.Recommendation)).Append("</p>");
            }

            if (f.Text is not null)
            {
                html.Append("<blockquote>").Append(HtmlReportRenderer.Encode(f.Text)).Append("</blockquote>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
