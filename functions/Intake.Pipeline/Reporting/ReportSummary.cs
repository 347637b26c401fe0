using Intake.Pipeline.Classification;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>One bar of the summary picture: what it counts (already in the page's language) and how many.</summary>
internal sealed record SummaryBar(string Name, int Count, string CssClass);

/// <summary>
/// What the summary picture shows: the findings at or above the risk confidence
/// (<see cref="ScoringOptions.MinimumConfidenceForRisk"/>) counted by severity and by route, and how
/// many below it are shown apart as possible findings. Every severity has a bar, zero included, so
/// "no High" is seen rather than inferred.
/// </summary>
internal sealed record ReportSummary(IReadOnlyList<SummaryBar> BySeverity, IReadOnlyList<SummaryBar> ByRoute, int Counted, int Possible)
{
    public static bool IsCounted(Finding finding, double minimumConfidence) => finding.Confidence >= minimumConfidence;

    public static ReportSummary Of(IReadOnlyList<DocumentReport> documents, double minimumConfidence, string? language)
    {
        var findings = documents.SelectMany(d => d.Findings).ToList();
        var counted = findings.Where(f => IsCounted(f, minimumConfidence)).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => new SummaryBar(ReportText.SeverityName(s, language), counted.Count(f => f.Severity == s), $"sev-{s}"))
            .ToList();
        var byRoute = counted
            .GroupBy(f => f.RouteName?.In(language) ?? f.Route ?? ReportText.NoRoute.In(language), StringComparer.Ordinal)
            .Select(g => new SummaryBar(g.Key, g.Count(), "route"))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        return new ReportSummary(bySeverity, byRoute, counted.Count, findings.Count - counted.Count);
    }
}
