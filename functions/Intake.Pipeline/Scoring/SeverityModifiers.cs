using System.Text.RegularExpressions;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring.Polarity;

namespace Intake.Pipeline.Scoring;

/// <summary>
/// The taxonomy's severity modifiers: a licence that is perpetual, irrevocable, sublicensable or
/// survives termination is high; a forum in our home jurisdiction is not an exposure at all.
/// These change the severity of a label the model chose; they never choose a label.
/// </summary>
public static partial class SeverityModifiers
{
    public static (Severity Severity, string? Reason) Apply(string label, string clauseText, ScoringOptions options, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        ArgumentNullException.ThrowIfNull(options);
        var severity = Taxonomy.Get(label).DefaultSeverity;
        switch (label)
        {
            case "license-grant":
                foreach (Match broad in BroadLicencePattern().Matches(clauseText))
                {
                    if (!IsRestricted(broad, clauseText))
                    {
                        return (Severity.High, language == "ja" ? $"広い許諾：「{broad.Value}」" : $"broad grant: \"{broad.Value}\"");
                    }
                }

                break;
            case "foreign-jurisdiction":
                if (options.HomeJurisdictionPattern.IsMatch(clauseText))
                {
                    return (Severity.Info, language == "ja" ? "紛争解決地が当方の本拠の法域" : "forum in the home jurisdiction");
                }

                break;
        }

        return (severity, null);
    }

    // "Licensee shall not sublicense", "shall cease all use after termination": the broad words are
    // restricted there (PolarityRules decides), so they do not broaden the grant.
    private static bool IsRestricted(Match broad, string clauseText)
    {
        var start = Math.Max(0, broad.Index - 12);
        if (NegatedBroadLicencePattern().IsMatch(clauseText.AsSpan(start, Math.Min(clauseText.Length - start, broad.Length + 24))))
        {
            return true;
        }

        var topic = SublicencePattern().IsMatch(broad.Value) ? PolarityTopic.Sublicensing
            : AfterTerminationPattern().IsMatch(broad.Value) ? PolarityTopic.UseAfterTermination
            : (PolarityTopic?)null;
        return topic is { } t && PolarityRules.Read(clauseText, t).Polarity == ClausePolarity.Restriction;
    }

    [GeneratedRegex(@"sub-?licens|再実施許諾|サブライセンス", RegexOptions.IgnoreCase)]
    private static partial Regex SublicencePattern();

    [GeneratedRegex(@"surviv|after|終了後", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTerminationPattern();

    [GeneratedRegex(@"perpetual|irrevocabl\w*|sub-?licens\w*|royalty-free|fully paid|surviv\w* (the )?(termination|expiration)|after (the )?(termination|expiration)|永久|取消不能|撤回不能|再実施許諾|サブライセンス|無償|終了後も", RegexOptions.IgnoreCase)]
    private static partial Regex BroadLicencePattern();

    // "non-sublicensable", "may not sublicense", 「再実施許諾をすることはできない」 restrict rather than broaden.
    [GeneratedRegex(@"non-?sub|not\s+(be\s+)?sub|no\s+right\s+to\s+sub|できない|してはならない|禁止", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedBroadLicencePattern();
}
