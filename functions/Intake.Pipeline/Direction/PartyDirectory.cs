using System.Text.RegularExpressions;

namespace Intake.Pipeline.Direction;

/// <summary>
/// The names by which a contract refers to its parties: 甲/乙/丙, the usual English roles (Licensor,
/// Licensee, Company, Investor …) and the defined names the document itself introduces
/// (<c>Acme Corp. ("Licensor")</c>, 「株式会社A（以下「甲」という。）」). Resolves the user's
/// <c>--our-party</c> hint, a role or a party's name, to the roles that stand for us.
/// </summary>
/// <remarks>
/// When a parties extraction from the preamble is available (issue 11), its (name, role) pairs can be
/// passed as the <c>knownParties</c> of <see cref="Build"/>; the defined-name scan here is the fallback.
/// </remarks>
public sealed partial class PartyDirectory
{
    // Generic role words contracts use for parties; matched as whole words, case-insensitively.
    private static readonly string[] s_roles =
    [
        "甲", "乙", "丙", "丁",
        "Licensor", "Licensee", "Company", "Investor", "Sponsor", "Institution", "University", "Partner", "Supplier", "Customer", "Buyer", "Seller",
        "Purchaser", "Recipient", "Discloser", "Disclosing Party", "Receiving Party", "Contractor", "Subcontractor", "Client", "Developer", "Manufacturer",
        "Distributor", "Collaborator", "Consultant", "Provider", "Service Provider", "Vendor", "Host", "Employer", "Shareholder", "Owner", "Licensee Affiliate",
    ];

    private PartyDirectory(IReadOnlyList<(string Name, string Role)> definitions, IReadOnlyList<string> roles)
    {
        Definitions = definitions;
        Roles = roles;
    }

    /// <summary>Each defined name with the text that preceded it (the party's full name, when the preamble gives it).</summary>
    public IReadOnlyList<(string Name, string Role)> Definitions { get; }

    /// <summary>Every role or defined name the document uses for a party, longest first.</summary>
    public IReadOnlyList<string> Roles { get; }

    public static PartyDirectory Build(string documentText, IReadOnlyList<(string Name, string Role)>? knownParties = null)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        var definitions = new List<(string Name, string Role)>(knownParties ?? []);
        var matches = EnglishDefinition().Matches(documentText).Concat(JapaneseDefinition().Matches(documentText)).OrderBy(m => m.Index).ToList();
        var previousEnd = 0;
        foreach (var match in matches)
        {
            definitions.Add((Preceding(documentText, match.Index, previousEnd), match.Groups["role"].Value.Trim()));
            previousEnd = match.Index + match.Length;
        }

        // A defined name is a party role only when it looks like one: short, not a defined term such as "Confidential Information".
        var roles = s_roles
            .Concat(definitions.Select(d => d.Role).Where(r => r.Length is > 0 and <= 30 && !r.Contains("Information", StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(r => r.Length)
            .ToList();
        return new PartyDirectory(definitions, roles);
    }

    /// <summary>
    /// The roles that stand for us: the hint itself when it is a role or defined name the document uses,
    /// else the defined names whose full name (the words before the definition) contains the hint. Empty when nothing matches.
    /// </summary>
    public IReadOnlyList<string> Resolve(string hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hint);
        var trimmed = hint.Trim();
        var direct = Roles.Where(r => string.Equals(r, trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (direct.Count > 0)
        {
            return direct;
        }

        return [.. Definitions
            .Where(d => d.Name.Contains(trimmed, StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Role)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // The party's name is what stands just before its definition, on the same line and after the previous
    // definition: "… ("Licensor") and Beta Ltd. ("Licensee")" names Beta Ltd. only.
    private static string Preceding(string text, int index, int previousEnd)
    {
        var start = Math.Max(previousEnd, Math.Max(0, index - 160));
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1));
        if (lineStart >= start)
        {
            start = lineStart + 1;
        }

        return text[start..index];
    }

    [GeneratedRegex(@"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[""“](?<role>[^""”]{1,40})[""”]\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDefinition();

    [GeneratedRegex(@"[（(]\s*以下[、,]?\s*「(?<role>[^」]{1,20})」という")]
    private static partial Regex JapaneseDefinition();
}
