using Intake.Pipeline.Classification;

namespace Intake.Pipeline.Scoring.Polarity;

/// <summary>A label for one clause after the polarity rules: the model's, moved, or added.</summary>
/// <param name="Kind"><see cref="FindingKind.Clause"/>, or <see cref="FindingKind.Permission"/> when the clause permits what the safeguard <paramref name="Label"/> forbids.</param>
/// <param name="MinimumSeverity">A floor the rules set (sublicensing or use after termination make a licence high).</param>
/// <param name="Reason">Why the rules changed the label, in the clause's language; null when they did not.</param>
public sealed record PolarityAdjustedLabel(string Label, float Score, IReadOnlyList<string> Evidence, FindingKind Kind, Severity? MinimumSeverity, string? Reason)
{
    /// <summary>The model's prediction this label came from: its deciding words stay the evidence when the rules move the label.</summary>
    public LabelPrediction? Source { get; init; }
}

/// <summary>
/// Combines the model's labels with <see cref="PolarityRules"/>:
/// <list type="bullet">
/// <item>A safeguard label on a clause that permits what the safeguard forbids is dropped (it credits
/// nothing) and the exposure is raised instead: sublicensing and use after termination become a high
/// <c>license-grant</c>, export or re-export a high <c>end-use</c>; assignment, subcontracting and
/// reverse engineering have no exposure label in the taxonomy, so they become a
/// <see cref="FindingKind.Permission"/> finding on the safeguard they reverse (counted in the risk like
/// a missing safeguard).</item>
/// <item>An exposure label on a clause that only restricts the counterparty is dropped: "no right to
/// export outside the Territory" is not <c>end-use</c>, a ban on reverse engineering or modification
/// is not <c>improvements</c>; the restriction is credited as the safeguard it is
/// (<c>export-compliance</c> when it speaks of export, <c>confidentiality</c> for reverse engineering).</item>
/// <item>A <c>license-grant</c> that permits sublicensing or use after termination is at least high.</item>
/// </list>
/// The rules only act on labels the model decided: a clause the model finds no label for stays
/// without findings, because the act words alone ("transfer", 「移転」) are too common to trust.
/// </summary>
public static class PolarityLayer
{
    private const string AssignmentRestriction = "assignment-restriction";
    private const string ExportCompliance = "export-compliance";
    private const string Confidentiality = "confidentiality";
    private const string LicenseGrant = "license-grant";
    private const string EndUse = "end-use";
    private const string Improvements = "improvements";

    private static readonly Dictionary<string, PolarityTopic[]> s_forbiddenBySafeguard = new(StringComparer.Ordinal)
    {
        [AssignmentRestriction] = [PolarityTopic.Assignment, PolarityTopic.Sublicensing, PolarityTopic.Subcontracting],
        [ExportCompliance] = [PolarityTopic.Export],
        [Confidentiality] = [PolarityTopic.ReverseEngineering],
    };

    public static IReadOnlyList<PolarityAdjustedLabel> Apply(string clauseText, string language, IReadOnlyList<LabelPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        ArgumentNullException.ThrowIfNull(predictions);
        var japanese = string.Equals(language, "ja", StringComparison.Ordinal);
        var result = new List<PolarityAdjustedLabel>();
        foreach (var prediction in predictions)
        {
            var first = result.Count;
            AddAdjusted(result, clauseText, japanese, prediction);
            for (var i = first; i < result.Count; i++)
            {
                result[i] = result[i] with { Source = prediction };
            }
        }

        return Merge(result);
    }

    private static void AddAdjusted(List<PolarityAdjustedLabel> result, string clauseText, bool japanese, LabelPrediction prediction)
    {
        if (s_forbiddenBySafeguard.TryGetValue(prediction.Label, out var topics))
        {
            AddSafeguard(result, clauseText, japanese, prediction, topics);
        }
        else if (prediction.Label == EndUse)
        {
            AddRestrictable(result, clauseText, japanese, prediction, [PolarityTopic.Export], ExportCompliance, OtherEndUseSignal);
        }
        else if (prediction.Label == Improvements)
        {
            AddRestrictable(result, clauseText, japanese, prediction, [PolarityTopic.ReverseEngineering, PolarityTopic.Modification], Confidentiality, OtherImprovementSignal);
        }
        else if (prediction.Label == LicenseGrant)
        {
            AddLicence(result, clauseText, japanese, prediction);
        }
        else
        {
            result.Add(Unchanged(prediction));
        }
    }

    private static void AddSafeguard(List<PolarityAdjustedLabel> result, string text, bool japanese, LabelPrediction prediction, PolarityTopic[] topics)
    {
        var readings = topics.Select(t => PolarityRules.Read(text, t)).Where(r => r.Polarity != ClausePolarity.Unstated).ToList();
        var permissions = readings.Where(r => r.Polarity == ClausePolarity.Permission).ToList();
        if (permissions.Count == 0)
        {
            result.Add(Unchanged(prediction));
            return;
        }

        // Credited only for an act the clause restricts ("shall not assign …; may subcontract freely").
        if (readings.Any(r => r.Polarity == ClausePolarity.Restriction))
        {
            result.Add(Unchanged(prediction));
        }

        foreach (var permission in permissions)
        {
            var reason = PolarityWords.Permits(permission.Topic, japanese);
            var evidence = (IReadOnlyList<string>)[.. prediction.Evidence, reason];
            result.Add(permission.Topic switch
            {
                PolarityTopic.Sublicensing => new PolarityAdjustedLabel(LicenseGrant, prediction.Score, evidence, FindingKind.Clause, Severity.High, reason),
                PolarityTopic.Export => new PolarityAdjustedLabel(EndUse, prediction.Score, evidence, FindingKind.Clause, Severity.High, reason),
                _ => new PolarityAdjustedLabel(prediction.Label, prediction.Score, evidence, FindingKind.Permission, Severity.Medium, reason),
            });
        }
    }

    private static void AddRestrictable(List<PolarityAdjustedLabel> result, string text, bool japanese, LabelPrediction prediction, PolarityTopic[] topics, string creditedSafeguard, Func<string, bool> otherSignal)
    {
        var readings = topics.Select(t => PolarityRules.Read(text, t)).Where(r => r.Polarity != ClausePolarity.Unstated).ToList();
        if (readings.Count == 0)
        {
            result.Add(Unchanged(prediction));
            return;
        }

        var permission = readings.FirstOrDefault(r => r.Polarity == ClausePolarity.Permission);
        if (permission is not null)
        {
            var reason = PolarityWords.Permits(permission.Topic, japanese);
            result.Add(new PolarityAdjustedLabel(prediction.Label, prediction.Score, [.. prediction.Evidence, reason], FindingKind.Clause, null, reason));
            return;
        }

        if (otherSignal(text))
        {
            // "shall not re-export … ; for use by the defence ministry": the restriction does not clear the rest.
            result.Add(Unchanged(prediction));
            return;
        }

        var restriction = readings[0];
        var credit = restriction.Topic != PolarityTopic.Export || PolarityWords.SpeaksOfExport(text);
        if (credit)
        {
            var reason = PolarityWords.Restricts(restriction.Topic, japanese);
            result.Add(new PolarityAdjustedLabel(creditedSafeguard, prediction.Score, [.. prediction.Evidence, reason], FindingKind.Clause, null, reason));
        }
    }

    private static void AddLicence(List<PolarityAdjustedLabel> result, string text, bool japanese, LabelPrediction prediction)
    {
        var permission = new[] { PolarityTopic.Sublicensing, PolarityTopic.UseAfterTermination }
            .Select(t => PolarityRules.Read(text, t))
            .FirstOrDefault(r => r.Polarity == ClausePolarity.Permission);
        if (permission is null)
        {
            result.Add(Unchanged(prediction));
            return;
        }

        var reason = PolarityWords.Permits(permission.Topic, japanese);
        result.Add(new PolarityAdjustedLabel(LicenseGrant, prediction.Score, [.. prediction.Evidence, reason], FindingKind.Clause, Severity.High, reason));
    }

    // One label per clause and kind: a rule may add what the model already said (end-use from a permitted
    // re-export beside the model's own end-use). The stronger claim wins: the higher floor, then the higher score.
    private static List<PolarityAdjustedLabel> Merge(List<PolarityAdjustedLabel> labels) =>
        [.. labels
            .GroupBy(l => (l.Label, l.Kind))
            .Select(g => g.OrderByDescending(l => l.MinimumSeverity ?? Severity.Info).ThenByDescending(l => l.Reason is not null).ThenByDescending(l => l.Score).First())];

    private static PolarityAdjustedLabel Unchanged(LabelPrediction prediction) =>
        new(prediction.Label, prediction.Score, prediction.Evidence, FindingKind.Clause, null, null);

    private static bool OtherEndUseSignal(string text) => PolarityWords.OtherEndUse(text);

    private static bool OtherImprovementSignal(string text) => PolarityWords.OtherImprovement(text);
}
