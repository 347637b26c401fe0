using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// The findings of one clause: a clause with several labels is shown once, with all its labels.
/// Findings without a clause (a missing safeguard) stay one group each.
/// </summary>
internal sealed record ClauseGroup(IReadOnlyList<Finding> Findings)
{
    public Finding First => Findings[0];

    public Classification.Severity Severity => Findings.Max(f => f.Severity);

    /// <summary>Groups by the clause's text and place, most severe first, then in document order.</summary>
    public static IReadOnlyList<ClauseGroup> Of(IEnumerable<Finding> findings)
    {
        var groups = new List<ClauseGroup>();
        var byClause = new Dictionary<(string Text, int? Page, string? Heading, int? Offset), List<Finding>>();
        foreach (var finding in findings)
        {
            if (finding.Text is null)
            {
                groups.Add(new ClauseGroup([finding]));
                continue;
            }

            var key = (finding.Text, finding.Page, finding.Heading, finding.Offset);
            if (!byClause.TryGetValue(key, out var list))
            {
                byClause[key] = list = [];
                groups.Add(new ClauseGroup(list));
            }

            list.Add(finding);
        }

        return [.. groups
            .Select(g => new ClauseGroup([.. g.Findings.OrderByDescending(f => f.Severity).ThenByDescending(f => f.Confidence).ThenBy(f => f.Label, StringComparer.Ordinal)]))
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.First.Offset ?? int.MaxValue)];
    }
}
