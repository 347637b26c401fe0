using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// Renders a scan report as one self-contained HTML page (inline CSS and SVG, no script, no external
/// resources). Used by <c>intake scan --format html</c> and by the function app's <c>GetReport</c>.
/// The page opens with a picture of the counted findings by severity and by route; the words are in
/// the document's language (<c>lang</c> too); the title is the file name, never its path; a finding is
/// located by page and heading (offsets are for the JSON report). Everything taken from a document
/// (file names, clause text, headings, reasons, route names) is hostile input: every value goes
/// through <see cref="Encode"/>, and the page forbids scripts by its Content-Security-Policy as a
/// second line of defence.
/// </summary>
public static class HtmlReportRenderer
{
    // Keeps Japanese readable in the source while escaping <, >, &, quotes and control characters.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page of one document; the title defaults to its file name.</summary>
    public static string Render(DocumentReport document, string? title = null, double? minimumConfidence = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(new ScanReport([document]), title, minimumConfidence);
    }

    /// <param name="minimumConfidence">The scan's <see cref="ScoringOptions.MinimumConfidenceForRisk"/>: findings below it are shown apart as possible. Default: that option's default.</param>
    public static string Render(ScanReport report, string? title = null, double? minimumConfidence = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var threshold = minimumConfidence ?? new ScoringOptions().MinimumConfidenceForRisk;
        var language = PageLanguage(report.Documents);
        title ??= DefaultTitle(report.Documents, language);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        AppendSummary(html, report.Documents, threshold, language);
        for (var i = 0; i < report.Documents.Count; i++)
        {
            AppendDocument(html, report.Documents[i], i + 1, threshold, report.Documents.Count > 1);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>HTML-encodes text for element content and quoted attribute values.</summary>
    public static string Encode(string? text) => text is null ? string.Empty : s_encoder.Encode(text);

    /// <summary>The last segment of a path, whether it was written with / or \ (a blob name, a Windows path).</summary>
    public static string FileName(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var trimmed = source.TrimEnd('/', '\\');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? trimmed : trimmed[(cut + 1)..];
    }

    /// <summary>The language all documents share ("ja" or "en"); English when they differ or none is known.</summary>
    internal static string PageLanguage(IReadOnlyList<DocumentReport> documents)
    {
        var languages = documents.Select(d => d.Language).Where(l => l is "ja" or "en").Distinct(StringComparer.Ordinal).ToList();
        return languages.Count == 1 ? languages[0]! : "en";
    }

    private static string DefaultTitle(IReadOnlyList<DocumentReport> documents, string language) =>
        documents.Count == 1 ? FileName(documents[0].Source) : ReportText.Documents(documents.Count, language);

    private static void AppendSummary(StringBuilder html, IReadOnlyList<DocumentReport> documents, double threshold, string language)
    {
        var summary = ReportSummary.Of(documents, threshold, language);
        html.Append("<section class=\"summary\">\n<h2>").Append(Encode(ReportText.Summary.In(language))).Append("</h2>\n")
            .Append("<p class=\"counts\">").Append(Encode(language is "ja" ? ReportText.DocumentsLine(documents) : SummaryLine(documents))).Append("</p>\n<div class=\"charts\">\n");
        SummaryChart.Append(html, ReportText.BySeverity.In(language), summary.BySeverity, language);
        SummaryChart.Append(html, ReportText.ByRoute.In(language), summary.ByRoute, language);
        html.Append("</div>\n<p class=\"counted\">").Append(Encode(ReportText.Counted(summary.Counted, summary.Possible, threshold, language))).Append("</p>\n");
        if (documents.Count > 1)
        {
            AppendDocumentTable(html, documents, language);
        }

        html.Append("</section>\n");
    }

    private static void AppendDocumentTable(StringBuilder html, IReadOnlyList<DocumentReport> documents, string language)
    {
        html.Append("<table class=\"documents\">\n<thead><tr>");
        foreach (var header in new[] { ReportText.Document, ReportText.Status, ReportText.Risk, ReportText.Language, ReportText.Pages, ReportText.Clauses, ReportText.FindingCount, ReportText.Reason })
        {
            html.Append("<th>").Append(Encode(header.In(language))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            html.Append("<tr><td><a href=\"#doc-").Append(i + 1).Append("\">").Append(Encode(FileName(d.Source))).Append("</a></td>")
                .Append("<td class=\"status-").Append(Encode(d.Status.ToString())).Append("\">").Append(Encode(ReportText.StatusName(d.Status, language))).Append("</td>")
                .Append("<td class=\"risk-").Append(Encode(d.RiskLevel.ToString())).Append("\">").Append(Encode(ReportText.RiskName(d.RiskLevel, language))).Append("</td>")
                .Append("<td>").Append(Encode(d.Language ?? "—")).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Pages.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Clauses.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(Encode(d.Reason ?? string.Join("; ", d.RiskReasons))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendDocument(StringBuilder html, DocumentReport d, int number, double threshold, bool several)
    {
        var language = d.Language is "ja" ? "ja" : "en";
        html.Append("<section class=\"document\" id=\"doc-").Append(number).Append("\" lang=\"").Append(language).Append("\">\n");
        if (several)
        {
            html.Append("<h2>").Append(Encode(FileName(d.Source))).Append("</h2>\n");
        }

        html.Append("<dl>\n");
        if (several && FileName(d.Source) != d.Source)
        {
            // Two files of one name in different folders are told apart here, not in the title.
            AppendField(html, ReportText.Source.In(language), d.Source);
        }

        AppendField(html, ReportText.Status.In(language), ReportText.StatusName(d.Status, language));
        if (d.Reason is not null)
        {
            AppendField(html, ReportText.Reason.In(language), d.Reason);
        }

        AppendField(html, ReportText.Risk.In(language), ReportText.RiskName(d.RiskLevel, language));
        if (d.Status == DocumentStatus.Completed)
        {
            AppendField(html, ReportText.DocumentType.In(language), ReportText.DocumentTypeName(d.DocumentType, language));
            AppendField(html, ReportText.Language.In(language), d.Language ?? "—");
            AppendField(html, ReportText.Clauses.In(language), d.Clauses.ToString(CultureInfo.InvariantCulture));
            AppendField(html, ReportText.CommentarySkipped.In(language), ReportText.CommentaryClauses(d.SkippedCommentary, language));
            AppendField(html, ReportText.Model.In(language), d.ModelVersion ?? ReportText.NoModel.In(language));
            AppendField(html, ReportText.Direction.In(language), d.Direction.Note.In(language));
        }

        AppendField(html, ReportText.FileType.In(language), d.Kind.ToString());
        AppendField(html, ReportText.Pages.In(language), d.Pages.ToString(CultureInfo.InvariantCulture));
        html.Append("</dl>\n");

        if (d.RiskReasons.Count > 0)
        {
            html.Append("<h3>").Append(Encode(ReportText.WhyThisRisk.In(language))).Append("</h3>\n<ul>\n");
            foreach (var reason in d.RiskReasons)
            {
                html.Append("<li>").Append(Encode(reason)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (d.Status == DocumentStatus.Completed)
        {
            SignalsSection.Append(html, d, language);
        }

        FindingsSection.Append(html, d, threshold, language);
        html.Append("</section>\n");
    }

    internal static void AppendField(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");

    /// <summary>"p. 3 · 5. Results", or "whole document" for a missing safeguard; English words.</summary>
    public static string Where(Finding finding) => Where(finding, "en");

    /// <summary>Page and heading in the document's language ("3ページ · 第5条（知的財産権の帰属）"); the offset is left to the JSON report.</summary>
    public static string Where(Finding finding, string? language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string>(2);
        if (finding.Page is int page)
        {
            parts.Add(ReportText.Page(page, language));
        }

        if (!string.IsNullOrWhiteSpace(finding.Heading))
        {
            parts.Add(finding.Heading);
        }

        return parts.Count == 0 ? ReportText.WholeDocument.In(language) : string.Join(" · ", parts);
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
}
