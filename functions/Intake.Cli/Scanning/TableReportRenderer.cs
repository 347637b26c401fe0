using System.Globalization;
using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Spectre.Console;

namespace Intake.Cli.Scanning;

/// <summary>
/// The console form of a scan report: one row per document, then each document's findings. The summary
/// table spans documents of both languages, so it stays in English; each document's own part (captions,
/// field names, severities) speaks the document's language, with the words of the HTML report.
/// Lives in the CLI (not Intake.Pipeline) because it draws with Spectre.Console, which the function
/// app has no use for. Every value from a document is wrapped in <see cref="Text"/>, never parsed
/// as markup, so a clause containing "[red]" prints as written.
/// </summary>
internal static class TableReportRenderer
{
    private const int ExcerptLength = 110;

    public static void Render(ScanReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);

        var documents = report.Documents;
        if (documents.Count > 0)
        {
            console.Write(SummaryTable(documents));
        }

        foreach (var document in documents.Where(d => d.Findings.Count > 0 || d.Parties.Count > 0))
        {
            console.WriteLine();
            var language = document.Language;
            console.Write(new Rule($"[bold]{Markup.Escape(document.Source)}[/] — {Markup.Escape(ReportText.Risk.In(language))}{ReportText.Colon(language)}{RiskMarkup(document.RiskLevel, language)}").LeftJustified());
            foreach (var reason in document.RiskReasons)
            {
                console.Write(new Text("  · " + reason + "\n"));
            }

            console.Write(new Text("  · " + document.Direction.Note.In(document.Language) + "\n", new Style(Color.Grey)));
            if (document.SkippedCommentary > 0)
            {
                console.Write(new Text("  " + ReportText.CommentarySkipped.In(language) + ReportText.Colon(language) + ReportText.CommentaryClauses(document.SkippedCommentary, language) + "\n", new Style(Color.Grey)));
            }

            WriteSignals(document, console, language);
            if (document.Findings.Any(f => f.Kind != FindingKind.Signal))
            {
                console.Write(FindingsTable(document, language));
            }
        }

        console.WriteLine();
        console.Write(new Text(HtmlReportRenderer.SummaryLine(documents) + "\n"));
        if (documents.Any(d => d.Status == DocumentStatus.Completed && d.ModelVersion is null))
        {
            console.Write(new Text("No clause model is installed: documents are segmented into clauses but carry no findings.\n", new Style(Color.Grey)));
        }
    }

    private static Table SummaryTable(IReadOnlyList<DocumentReport> documents)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Document")
            .AddColumn("Status")
            .AddColumn("Risk")
            .AddColumn("Lang")
            .AddColumn(new TableColumn("Pages").RightAligned())
            .AddColumn(new TableColumn("Clauses").RightAligned())
            .AddColumn(new TableColumn("Findings").RightAligned())
            .AddColumn("Reason");
        foreach (var d in documents)
        {
            table.AddRow(
                new Text(d.Source),
                new Markup(StatusMarkup(d.Status)),
                new Markup(RiskMarkup(d.RiskLevel, "en")),
                new Text(d.Language ?? "-"),
                Number(d.Pages),
                Number(d.Clauses),
                Number(d.Findings.Count),
                new Text(d.Reason ?? string.Empty));
        }

        return table;
    }

    /// <summary>Parties, screening and the signal findings, above the clause findings: they are what the guidance puts first.</summary>
    private static void WriteSignals(DocumentReport document, IAnsiConsole console, string? language)
    {
        var colon = ReportText.Colon(language);
        if (document.Parties.Count > 0)
        {
            console.Write(new Text("  " + ReportText.Parties.In(language) + colon + string.Join(language is "ja" ? "、" : "; ", document.Parties.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})")) + "\n"));
        }

        if (document.Screening is { } screening)
        {
            console.Write(new Text("  " + ReportText.Screening.In(language) + colon + ReportText.ScreeningNote(screening, ReportText.ListedNameMatches(document), language) + "\n", new Style(screening.Screened ? Color.Default : Color.Yellow)));
        }

        var signals = document.Findings.Where(f => f.Kind == FindingKind.Signal).ToList();
        if (signals.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(ReportText.Signals.In(language)))
            .AddColumn(Markup.Escape(ReportText.SeverityHeader.In(language)))
            .AddColumn(Markup.Escape(ReportText.Signal.In(language)))
            .AddColumn(new TableColumn(Markup.Escape(ReportText.Where.In(language))) { Width = 26 })
            .AddColumn(Markup.Escape(ReportText.WhatWhyTodo.In(language)));
        foreach (var f in signals.OrderByDescending(f => f.Severity))
        {
            var what = f.Signal is { } signal ? $"{signal.Name} [{signal.List}] — \"{signal.Matched}\", {signal.Basis}" : f.Label;
            table.AddRow(
                new Markup(SeverityMarkup(f.Severity, language)),
                new Text(f.Label),
                new Text(Where(f, language)),
                new Text(what + "\n" + string.Join("\n", f.Explanation.Take(3)) + (string.IsNullOrEmpty(f.Recommendation) ? string.Empty : "\n" + ReportText.Recommendation.In(language) + colon + f.Recommendation)));
        }

        console.Write(table);
    }

    private static Table FindingsTable(DocumentReport document, string? language)
    {
        var colon = ReportText.Colon(language);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(Markup.Escape(ReportText.SeverityHeader.In(language)))
            .AddColumn(Markup.Escape(ReportText.Labels.In(language)))
            .AddColumn(new TableColumn(Markup.Escape(ReportText.Confidence.In(language))).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(ReportText.Where.In(language))) { Width = 26 })
            .AddColumn(Markup.Escape(ReportText.ClauseAndExplanation.In(language)));
        foreach (var f in document.Findings.Where(f => f.Kind != FindingKind.Signal).OrderByDescending(f => f.Severity).ThenBy(f => f.Offset ?? int.MaxValue))
        {
            var detail = f.Text is null ? string.Join("; ", f.Explanation) : Excerpt(f.Text);
            if (f.Text is not null && f.Explanation.Count > 0)
            {
                detail += "\n" + ReportText.Why.In(language) + colon + string.Join(language is "ja" ? "、" : "; ", f.Explanation);
            }

            detail += Guidance(f, language);

            table.AddRow(
                new Markup(SeverityMarkup(f.Severity, language)),
                new Text(f.Kind switch
                {
                    FindingKind.MissingSafeguard => $"{f.Label} ({ReportText.MissingSafeguard.In(language)})",
                    FindingKind.Permission => $"{f.Label} ({ReportText.Permitted.In(language)})",
                    _ => f.Label,
                }),
                new Text(f.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Text(Where(f, language)),
                new Text(detail));
        }

        return table;
    }

    /// <summary>Route, the first basis, advice and direction, each on its own line, in the document's language.</summary>
    private static string Guidance(Finding f, string? language)
    {
        var lines = new StringBuilder();
        void Field(LocalizedText name, string value) => lines.Append('\n').Append(name.In(language)).Append(ReportText.Colon(language)).Append(value);
        if (f.Evidence?.Why.In(language) is { Length: > 0 } why)
        {
            Field(ReportText.WhyItMatters, why);
        }

        if (f.Route is not null)
        {
            Field(ReportText.Route, $"{f.RouteName?.In(language) ?? f.Route} ({f.Route})");
        }

        foreach (var basis in f.Basis)
        {
            Field(basis.Kind == BasisKind.Practice ? ReportText.Practice : ReportText.Guidance, basis.Cite(language));
        }

        if (!string.IsNullOrEmpty(f.Recommendation))
        {
            Field(ReportText.Recommendation, f.Recommendation);
        }

        if (f.Direction is { } direction)
        {
            Field(ReportText.Direction, direction.Reason.In(language));
        }

        return lines.ToString();
    }

    /// <summary>Page and heading; the character offset is left to the JSON and HTML reports to keep the column narrow.</summary>
    private static string Where(Finding finding, string? language)
    {
        if (finding.Page is null && finding.Heading is null)
        {
            return ReportText.WholeDocument.In(language);
        }

        var page = finding.Page is int p ? ReportText.Page(p, language) : null;
        return string.Join(" · ", new[] { page, finding.Heading }.Where(part => !string.IsNullOrWhiteSpace(part)));
    }

    /// <summary>The clause on one line, cut to a readable length.</summary>
    internal static string Excerpt(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, ExcerptLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (lastWasSpace || line.Length == 0))
            {
                continue;
            }

            line.Append(space ? ' ' : c);
            lastWasSpace = space;
            if (line.Length > ExcerptLength)
            {
                return line.ToString(0, ExcerptLength).TrimEnd() + "…";
            }
        }

        return line.ToString().TrimEnd();
    }

    private static Text Number(int value) => new Text(value.ToString(CultureInfo.InvariantCulture));

    private static string StatusMarkup(DocumentStatus status) => status switch
    {
        DocumentStatus.Completed => "[green]Completed[/]",
        DocumentStatus.Failed => "[red]Failed[/]",
        _ => $"[yellow]{status}[/]",
    };

    private static string RiskMarkup(RiskLevel level, string? language) => Paint(ReportText.RiskName(level, language), level switch
    {
        RiskLevel.High => "bold red",
        RiskLevel.Medium => "yellow",
        RiskLevel.Low => null,
        _ => "grey",
    });

    private static string SeverityMarkup(Severity severity, string? language) => Paint(ReportText.SeverityName(severity, language), severity switch
    {
        Severity.High => "bold red",
        Severity.Medium => "yellow",
        Severity.Low => null,
        _ => "grey",
    });

    /// <summary>A name in a Spectre style (none when null); the name is escaped, so it is never read as markup.</summary>
    private static string Paint(string name, string? style) => style is null ? Markup.Escape(name) : $"[{style}]{Markup.Escape(name)}[/]";
}
