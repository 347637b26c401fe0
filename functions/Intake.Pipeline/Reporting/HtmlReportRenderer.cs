using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// Renders a scan report as one self-contained HTML page (inline CSS, no script, no external
/// resources). Used by <c>intake scan --format html</c> and by the function app's <c>GetReport</c>.
/// Everything taken from a document (file names, clause text, headings, reasons) is hostile input:
/// every value goes through <see cref="Encode"/>, and the page forbids scripts by its
/// Content-Security-Policy as a second line of defence.
/// </summary>
public static class HtmlReportRenderer
{
    // Keeps Japanese readable in the source while escaping <, >, &, quotes and control characters.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(DocumentReport document, string title = "Intake report")
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(new ScanReport([document]), title);
    }

    public static string Render(ScanReport report, string title = "Intake report")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        AppendSummary(html, report.Documents);
        for (var i = 0; i < report.Documents.Count; i++)
        {
            AppendDocument(html, report.Documents[i], i + 1);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>HTML-encodes text for element content and quoted attribute values.</summary>
    public static string Encode(string? text) => text is null ? string.Empty : s_encoder.Encode(text);

    private static void AppendSummary(StringBuilder html, IReadOnlyList<DocumentReport> documents)
    {
        html.Append("<p class=\"counts\">").Append(Encode(SummaryLine(documents))).Append("</p>\n");
        if (documents.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"summary\">\n<thead><tr><th>Document</th><th>Status</th><th>Risk</th><th>Language</th><th>Pages</th><th>Clauses</th><th>Findings</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            html.Append("<tr><td><a href=\"#doc-").Append(i + 1).Append("\">").Append(Encode(d.Source)).Append("</a></td>")
                .Append("<td class=\"status-").Append(Encode(d.Status.ToString())).Append("\">").Append(Encode(d.Status.ToString())).Append("</td>")
                .Append("<td class=\"risk-").Append(Encode(d.RiskLevel.ToString())).Append("\">").Append(Encode(d.RiskLevel.ToString())).Append("</td>")
                .Append("<td>").Append(Encode(d.Language ?? "—")).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Pages.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Clauses.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Encode(d.Reason ?? string.Join("; ", d.RiskReasons))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendDocument(StringBuilder html, DocumentReport d, int number)
    {
        html.Append("<section id=\"doc-").Append(number).Append("\">\n<h2>").Append(Encode(d.Source)).Append("</h2>\n<dl>\n");
        AppendField(html, "Status", d.Status.ToString());
        if (d.Reason is not null)
        {
            AppendField(html, "Reason", d.Reason);
        }

        AppendField(html, "Risk", d.RiskLevel.ToString());
        if (d.Status == DocumentStatus.Completed)
        {
            AppendField(html, "Document type", d.DocumentType.ToString());
            AppendField(html, "Language", d.Language ?? "—");
            AppendField(html, "Clauses", d.Clauses.ToString(CultureInfo.InvariantCulture));
            AppendField(html, "Commentary skipped", string.Create(CultureInfo.InvariantCulture, $"{d.SkippedCommentary} clauses (no findings from them)"));
            AppendField(html, "Model", d.ModelVersion ?? "none installed: clauses are reported without findings");
            AppendField(html, "Direction", d.Direction.Note.In(d.Language));
        }

        AppendField(html, "File type", d.Kind.ToString());
        AppendField(html, "Pages", d.Pages.ToString(CultureInfo.InvariantCulture));
        html.Append("</dl>\n");

        if (d.RiskReasons.Count > 0)
        {
            html.Append("<h3>Why this risk level</h3>\n<ul>\n");
            foreach (var reason in d.RiskReasons)
            {
                html.Append("<li>").Append(Encode(reason)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (d.Status == DocumentStatus.Completed)
        {
            AppendSignals(html, d);
        }

        if (d.Findings.Any(f => f.Kind != FindingKind.Signal))
        {
            AppendFindings(html, d);
        }

        html.Append("</section>\n");
    }

    /// <summary>Parties, screening and the list findings, above the clause findings: they are what the guidance puts first.</summary>
    private static void AppendSignals(StringBuilder html, DocumentReport d)
    {
        var lang = d.Language is "ja" or "en" ? d.Language : null;
        var langAttribute = lang is null ? string.Empty : $" lang=\"{lang}\"";
        html.Append("<h3 class=\"signals\">Signals</h3>\n<dl>\n");
        AppendField(html, "Parties", d.Parties.Count == 0
            ? "none found in the preamble or signature block"
            : string.Join("; ", d.Parties.Select(p => $"{p.Name}{(p.Role is null ? string.Empty : $" ({p.Role})")} — {p.Section.ToString().ToLowerInvariant()}, p. {p.Page.ToString(CultureInfo.InvariantCulture)}")));
        if (d.Screening is { } screening)
        {
            AppendField(html, "Screening", screening.Screened
                ? string.Create(CultureInfo.InvariantCulture, $"{screening.Note} ({screening.Entries} entries in {string.Join(", ", screening.Lists)}; {screening.NamesChecked} names checked)")
                : screening.Note);
        }

        html.Append("</dl>\n");
        var signals = d.Findings.Where(f => f.Kind == FindingKind.Signal).OrderByDescending(f => f.Severity).ToList();
        if (signals.Count == 0)
        {
            html.Append("<p class=\"none\">No designated technology, controlled item or listed party found.</p>\n");
            return;
        }

        html.Append("<table class=\"signals\">\n<thead><tr><th>Severity</th><th>Signal</th><th>List</th><th>Where</th><th>What, why and what to do</th></tr></thead>\n<tbody>\n");
        foreach (var f in signals)
        {
            html.Append("<tr><td class=\"sev-").Append(Encode(f.Severity.ToString())).Append("\">").Append(Encode(f.Severity.ToString())).Append("</td>")
                .Append("<td><code>").Append(Encode(f.Label)).Append("</code><br><small>").Append(Encode(f.Signal?.Basis.ToString())).Append("</small></td>")
                .Append("<td>").Append(Encode(f.Signal?.List)).Append("</td>")
                .Append("<td>").Append(Encode(Where(f))).Append("</td><td").Append(langAttribute).Append('>');
            if (f.Signal is { } signal)
            {
                html.Append("<p><strong>").Append(Encode(signal.Name)).Append("</strong> — “").Append(Encode(signal.Matched)).Append("”</p>");
            }

            html.Append("<ul class=\"why\">");
            foreach (var line in f.Explanation)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>");
            }

            html.Append("</ul>");
            if (!string.IsNullOrEmpty(f.Recommendation))
            {
                html.Append("<p class=\"todo\">").Append(Encode(f.Recommendation)).Append("</p>");
            }

            if (f.Text is not null)
            {
                html.Append("<blockquote>").Append(Encode(f.Text)).Append("</blockquote>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendFindings(StringBuilder html, DocumentReport d)
    {
        // Clause text is shown in the document's language so the browser picks fitting fonts.
        var lang = d.Language is "ja" or "en" ? d.Language : null;
        html.Append("<h3>Findings</h3>\n<table class=\"findings\">\n<thead><tr><th>Severity</th><th>Label</th><th>Confidence</th><th>Where</th><th>Clause and explanation</th></tr></thead>\n<tbody>\n");
        foreach (var f in d.Findings.Where(f => f.Kind != FindingKind.Signal).OrderByDescending(f => f.Severity).ThenBy(f => f.Offset ?? int.MaxValue))
        {
            html.Append("<tr><td class=\"sev-").Append(Encode(f.Severity.ToString())).Append("\">").Append(Encode(f.Severity.ToString())).Append("</td>")
                .Append("<td><code>").Append(Encode(f.Label)).Append("</code><br><small>").Append(Encode(FamilyText(f))).Append("</small></td>")
                .Append("<td class=\"num\">").Append(f.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Encode(Where(f))).Append("</td><td>");
            if (f.Text is not null)
            {
                html.Append("<blockquote").Append(lang is null ? string.Empty : $" lang=\"{lang}\"").Append('>').Append(Encode(f.Text)).Append("</blockquote>");
            }

            if (f.Explanation.Count > 0)
            {
                html.Append("<p class=\"why\">Why: ").Append(Encode(string.Join("; ", f.Explanation))).Append("</p>");
            }

            AppendGuidance(html, f, d.Language);
            if (!string.IsNullOrEmpty(f.Recommendation))
            {
                html.Append("<p class=\"todo\">Recommendation: ").Append(Encode(f.Recommendation)).Append("</p>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    // Route, basis, why it matters and direction, in the document's language (the JSON keeps both).
    private static void AppendGuidance(StringBuilder html, Finding f, string? language)
    {
        if (f.Evidence is { } evidence && !string.IsNullOrEmpty(evidence.Why.In(language)))
        {
            html.Append("<p class=\"why\">Why it matters: ").Append(Encode(evidence.Why.In(language))).Append("</p>");
        }

        if (f.Route is not null)
        {
            html.Append("<p class=\"route\">Route: ").Append(Encode(f.RouteName?.In(language) ?? f.Route)).Append(" <code>").Append(Encode(f.Route)).Append("</code></p>");
        }

        if (f.Basis.Count > 0)
        {
            html.Append("<ul class=\"basis\">");
            foreach (var basis in f.Basis)
            {
                html.Append("<li>").Append(basis.Kind == BasisKind.Practice ? "Practice: " : "Guidance: ").Append(Encode(basis.Cite(language)));
                if (basis.Kind == BasisKind.Guidance)
                {
                    html.Append(" — ").Append(Encode(basis.Point.In(language)));
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        if (f.Direction is { } direction)
        {
            html.Append("<p class=\"direction\">Direction: ").Append(Encode(direction.Reason.In(language))).Append("</p>");
        }
    }

    private static void AppendField(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    private static string FamilyText(Finding f) =>
        f.Kind == FindingKind.MissingSafeguard ? "missing safeguard" : f.Kind == FindingKind.Permission ? "permitted without consent" : f.Kind == FindingKind.Signal ? "signal" : f.Family == LabelFamily.Safeguard ? "safeguard" : "exposure";

    /// <summary>"p. 3 · 第5条（知的財産権の帰属） · offset 1204", or "whole document" for a missing safeguard.</summary>
    public static string Where(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string>(3);
        if (finding.Page is int page)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"p. {page}"));
        }

        if (!string.IsNullOrWhiteSpace(finding.Heading))
        {
            parts.Add(finding.Heading);
        }

        if (finding.Offset is int offset)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"offset {offset}"));
        }

        return parts.Count == 0 ? "whole document" : string.Join(" · ", parts);
    }

    /// <summary>"5 documents: 3 Completed, 1 NeedsOcr, 1 Rejected · risk: 2 High, 1 Medium".</summary>
    public static string SummaryLine(IReadOnlyList<DocumentReport> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var statuses = documents.GroupBy(d => d.Status).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        var risks = documents.Where(d => d.RiskLevel > RiskLevel.None).GroupBy(d => d.RiskLevel).OrderByDescending(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")).ToList();
        var line = string.Create(CultureInfo.InvariantCulture, $"{documents.Count} document{(documents.Count == 1 ? string.Empty : "s")}");
        if (documents.Count > 0)
        {
            line += ": " + string.Join(", ", statuses);
        }

        return risks.Count == 0 ? line : line + " · risk: " + string.Join(", ", risks);
    }

    private const string Style =
        "body{font-family:system-ui,'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}" +
        "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}.num{text-align:right}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}" +
        "blockquote{margin:0 0 .4rem;padding:.3rem .6rem;border-left:3px solid #999;background:#fafafa;white-space:pre-wrap}" +
        ".risk-High,.sev-High{color:#a40000;font-weight:700}.risk-Medium,.sev-Medium{color:#a35a00;font-weight:700}.risk-Low,.sev-Low{color:#555}" +
        ".status-Failed{color:#a40000}.status-Rejected,.status-NeedsOcr{color:#a35a00}.why,.todo,.route,.direction,.basis{margin:.2rem 0;font-size:.9em}section{border-top:2px solid #ddd;margin-top:1.5rem}";
}
