using System.Text.RegularExpressions;

namespace Intake.Training.Data.Cuad;

/// <summary>
/// Brings CUAD's categories in line with taxonomy v1 where they are wider than the label they map to:
/// CUAD's licence categories include trademark, brand, name-and-likeness and franchise licences, and
/// bare extensions of a licence to affiliates; its IP-assignment category includes transfers of
/// regulatory filings and approvals. The taxonomy counts none of these as <c>license-grant</c> or
/// <c>ip-ownership</c>, so such an excerpt is imported as unmapped (a negative, like a non-compete excerpt).
/// </summary>
/// <remarks>
/// By rule, not by a list of excerpt ids: the rule reads only the excerpt's own words, so it applies the
/// same way to training and held-out contracts and to a CUAD release with other offsets. An excerpt that
/// also names technology (patents, software, know-how, inventions…) keeps its label: it is a technology
/// licence or assignment that happens to include a mark or a filing.
/// </remarks>
public static partial class CuadTaxonomyAlignment
{
    public const string MarksOnly = "licence of marks, names or a franchise only";
    public const string AffiliateBoilerplate = "affiliate licence wording that grants nothing itself";
    public const string RegulatoryFiling = "transfer of regulatory filings or approvals only";

    private static readonly HashSet<string> s_licenceCategories = new(StringComparer.Ordinal)
    {
        "License Grant", "Irrevocable or Perpetual License", "Unlimited/All-You-Can-Eat-License", "Affiliate License-Licensee", "Affiliate License-Licensor",
    };

    /// <summary>The label an excerpt of <paramref name="category"/> carries under the taxonomy, and why it was dropped (null when kept).</summary>
    public static (string? Label, string? Dropped) Align(string category, string? mappedLabel, string excerpt)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(excerpt);
        if (mappedLabel is null || Technology().IsMatch(excerpt))
        {
            return (mappedLabel, null);
        }

        if (s_licenceCategories.Contains(category) && Marks().IsMatch(excerpt))
        {
            return (null, MarksOnly);
        }

        if (category.StartsWith("Affiliate License", StringComparison.Ordinal) && !GrantWording().IsMatch(excerpt))
        {
            return (null, AffiliateBoilerplate);
        }

        if (category == "IP Ownership Assignment" && Regulatory().IsMatch(excerpt) && !IntellectualProperty().IsMatch(excerpt))
        {
            return (null, RegulatoryFiling);
        }

        return (mappedLabel, null);
    }

    [GeneratedRegex(@"\bpatent|software|source code|object code|technolog|know-?how|invention|trade secret|algorithm|firmware|\bprocess(es)?\b|formula|technical (information|data)|\bdesigns?\b|specifications", RegexOptions.IgnoreCase)]
    private static partial Regex Technology();

    [GeneratedRegex(@"trade ?marks?|service marks?|\bmarks\b|\bbrands?\b|logos?\b|trade ?names?|trade dress|likeness|\bimage\b|\bnames?\b|franchis", RegexOptions.IgnoreCase)]
    private static partial Regex Marks();

    [GeneratedRegex(@"\bgrants?\b|\bgranted\b|hereby licen|licen[cs]ed to|right to (use|make|sell|reproduce)", RegexOptions.IgnoreCase)]
    private static partial Regex GrantWording();

    [GeneratedRegex(@"regulatory|marketing authori[sz]ation|\bIND\b|\bNDA\b|\bANDA\b|\bBLA\b|\b510\(k\)|FDA|approvals?\b|dossier|registrations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Regulatory();

    [GeneratedRegex(@"intellectual property|copyright|\bIP\b|proprietary rights", RegexOptions.IgnoreCase)]
    private static partial Regex IntellectualProperty();
}
