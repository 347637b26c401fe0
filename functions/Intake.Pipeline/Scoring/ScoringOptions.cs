using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring;

/// <summary>How findings are scored. Bound from configuration section "Scoring".</summary>
public sealed class ScoringOptions
{
    /// <summary>Names of the user's home jurisdiction in clause text; a forum there is not an exposure. Default: Japan.</summary>
    public string HomeJurisdiction { get; set; } = @"\bJapan(ese)?\b|日本法|日本国|東京地方裁判所|大阪地方裁判所|日本商事仲裁協会|JCAA";

    /// <summary>Findings below this confidence do not raise the document's risk level. Default 0.5.</summary>
    public double MinimumConfidenceForRisk { get; set; } = 0.5;

    internal Regex HomeJurisdictionPattern => _homePattern ??= new Regex(HomeJurisdiction, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private Regex? _homePattern;
}
