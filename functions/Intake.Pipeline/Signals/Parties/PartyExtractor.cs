using System.Text.RegularExpressions;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Signals.Parties;

/// <summary>
/// Finds the contracting parties in the preamble (the clauses before the first article, and the
/// first clauses of a document without headings) and in the signature block (the last clauses).
/// English: a name followed by its defined role in brackets — "Acme Ltd., a Delaware corporation
/// ("Licensor")", "(hereinafter referred to as "Alpha")", "(the "Company")" — the name running back
/// to "between", "and", a numbered "(1)" or the clause start, cut before its description ("a company
/// organised under…"); signature lines "LICENSOR: Acme Ltd." and organisation names above "By:".
/// Japanese: 「X株式会社（以下「甲」という。）」 and its variants (と称する, といいます), and in the
/// signature block an organisation name under a role line (甲, 委託者…).
/// Defined terms that are not parties ("Agreement", 本契約, 本技術) are left out.
/// </summary>
public static partial class PartyExtractor
{
    private const int PreambleClauses = 6;
    private const int SignatureClauses = 6;
    private const int LaterPreambleSearch = 80;

    private static readonly HashSet<string> s_notParties = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "this agreement", "effective date", "products", "product", "technology", "territory", "confidential information", "services",
        "patents", "licensed patents", "know-how", "field", "term", "parties", "party", "affiliate", "affiliates", "work", "project", "results",
        "research", "program", "programme", "background ip", "foreground ip", "deliverables", "specifications", "contract", "purpose", "business",
        "shares", "closing", "closing date", "subscription shares", "licensed technology", "licensed products", "improvements", "software", "materials",
    };

    // The roles that only ever name a contracting party.
    private static readonly HashSet<string> s_contractingRoles = new(StringComparer.Ordinal) { "甲", "乙", "丙", "丁" };

    // Roles a signature block may label even when the preamble defined none.
    private static readonly HashSet<string> s_commonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "甲", "乙", "丙", "丁", "委託者", "受託者", "売主", "買主", "開示者", "受領者", "譲渡人", "譲受人", "ライセンサー", "ライセンシー", "許諾者", "実施権者",
        "Licensor", "Licensee", "Supplier", "Buyer", "Seller", "Purchaser", "Company", "Investor", "Contractor", "Client", "Customer", "Distributor",
    };

    public static IReadOnlyList<Party> Extract(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var parties = new List<Party>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clause in Preamble(clauses))
        {
            foreach (var (name, role) in DefinedParties(clause.Text))
            {
                Add(parties, byName, new Party(name, role, PartySection.Preamble, clause.Page, clause.Offset));
            }
        }

        var roles = parties.Where(p => p.Role is not null).Select(p => p.Role!).ToList();
        foreach (var (name, role, clause) in SignatureParties([.. clauses.Skip(Math.Max(0, clauses.Count - SignatureClauses))], roles))
        {
            Add(parties, byName, new Party(name, role, PartySection.Signature, clause.Page, clause.Offset));
        }

        return parties;
    }

    // The clauses before the first numbered one, but at least the first three (a title line or a
    // numbered list of parties must not hide the opening words), and the first few clauses that
    // define parties further down: a cover page, a table of contents or a commentary (逐条解説) may
    // come before the opening words.
    private static IEnumerable<Clause> Preamble(IReadOnlyList<Clause> clauses)
    {
        var opening = clauses.Take(Math.Clamp(clauses.TakeWhile(c => c.Number is null).Count(), 3, PreambleClauses)).ToList();
        var later = clauses.Skip(opening.Count).Take(LaterPreambleSearch).Where(c => PreambleWords().IsMatch(c.Text)).Take(3);
        return opening.Concat(later);
    }

    private static void Add(List<Party> parties, Dictionary<string, int> byName, Party party)
    {
        var key = NameFolding.Fold(party.Name);
        if (key.Length == 0)
        {
            return;
        }

        // "Haruka Ishida, Representative Director Meridian Films Pte. Ltd." is the known party "Meridian Films Pte. Ltd.".
        var known = byName.Keys.FirstOrDefault(k => key.EndsWith(" " + k, StringComparison.Ordinal) || (k.Any(SignalText.IsCjk) && (key.EndsWith(k, StringComparison.Ordinal) || k.StartsWith(key, StringComparison.Ordinal))));
        if (known is not null)
        {
            key = known;
        }

        if (byName.TryGetValue(key, out var index))
        {
            if (parties[index].Role is null && party.Role is not null)
            {
                parties[index] = parties[index] with { Role = party.Role };
            }

            return;
        }

        byName[key] = parties.Count;
        parties.Add(party);
    }

    /// <summary>Names with their defined role in the opening words, in both languages.</summary>
    internal static IEnumerable<(string Name, string? Role)> DefinedParties(string text)
    {
        foreach (Match match in JapaneseDefinition().Matches(text))
        {
            var role = match.Groups["role"].Value.Trim();
            var name = JapaneseName(text[..match.Index]);

            // A description is not a party: 「派遣機関に所属する研究者２名」, or 「甲または乙が相手方」 defined as 受領者 in a
            // confidentiality article. Without a legal form a name has no hiragana, unless it is defined as 甲, 乙, 丙 or 丁.
            if (name is not null && IsPartyRole(role) && (NameFolding.HasLegalForm(name) || s_contractingRoles.Contains(role) || !name.Any(c => c is >= '\u3041' and <= '\u309F')))
            {
                yield return (name, role);
            }
        }

        var previousEnd = 0;
        foreach (Match match in EnglishDefinition().Matches(text))
        {
            var role = match.Groups["role"].Value.Trim();
            var name = EnglishName(text[previousEnd..match.Index]);
            previousEnd = match.Index + match.Length;
            if (name is not null && IsPartyRole(role) && (NameFolding.HasLegalForm(name) || s_commonRoles.Contains(role) || (BetweenBefore().IsMatch(text[Math.Max(0, match.Index - 250)..match.Index]) && !NumberedHeading().IsMatch(name))))
            {
                yield return (name, role);
            }
        }

        // "between Acme Ltd. and Beta Inc." without defined roles: both sides must look like organisations.
        var between = PlainBetween().Match(text);
        if (between.Success)
        {
            foreach (var side in new[] { between.Groups["a"].Value, between.Groups["b"].Value })
            {
                var name = CutDescription(side);
                if (name is not null && NameFolding.HasLegalForm(name))
                {
                    yield return (name, null);
                }
            }
        }
    }

    /// <summary>
    /// Organisations in the signature block, each with the last role label before it (甲, 委託者,
    /// "LICENSOR:"). Headings are read too: the segmenter takes a short line such as a company name on
    /// its own for a heading.
    /// </summary>
    internal static IEnumerable<(string Name, string? Role, Clause Clause)> SignatureParties(IReadOnlyList<Clause> tail, IReadOnlyList<string> knownRoles)
    {
        var region = new System.Text.StringBuilder();
        var starts = new List<(int Start, Clause Clause)>();
        string? lastHeading = null;
        foreach (var clause in tail)
        {
            starts.Add((region.Length, clause));
            if (clause.Heading is { } heading && heading != lastHeading)
            {
                region.Append(heading).Append('\n');
            }

            lastHeading = clause.Heading;
            region.Append(clause.Text).Append('\n');
        }

        var text = region.ToString();
        // Two passes: in joined lines (山田太郎乙　大阪府…) a one-character role hides at the end of a longer run.
        var roles = RoleToken().Matches(text).Concat(SingleCharacterRole().Matches(text))
            .Select(m => (m.Index, Role: m.Groups["role"].Value))
            .OrderBy(r => r.Index)
            .Where(r => IsKnownRole(r.Role, knownRoles) || s_commonRoles.Contains(r.Role))
            .ToList();
        foreach (Match organisation in OrganisationName().Matches(text))
        {
            var name = organisation.Value.Trim().TrimEnd(',', '、');
            if (name.Length is <= 2 or > 80 || !NameFolding.HasLegalForm(name))
            {
                continue;
            }

            var role = roles.LastOrDefault(r => r.Index < organisation.Index).Role;
            var clause = starts.Last(s => s.Start <= organisation.Index).Clause;
            yield return (name, string.IsNullOrEmpty(role) ? null : role, clause);
        }
    }

    /// <summary>Organisations named with a legal form in a text (recitals, end users, parent companies, signature lines).</summary>
    public static IEnumerable<string> OrganisationsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match organisation in OrganisationName().Matches(text))
        {
            var name = organisation.Value.Trim().TrimEnd(',', '、');
            if (name.Length is > 2 and <= 80 && NameFolding.HasLegalForm(name))
            {
                yield return name;
            }
        }
    }

    private static bool IsKnownRole(string candidate, IReadOnlyList<string> knownRoles) =>
        knownRoles.Any(r => string.Equals(r, candidate.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool IsPartyRole(string role) =>
        role.Length is > 0 and <= 30 && !s_notParties.Contains(role) && !role.StartsWith('本') && !role.EndsWith("契約", StringComparison.Ordinal);

    /// <summary>The Japanese name just before （以下…）: back to a delimiter, without a leading と/及び or a description ending in a particle.</summary>
    private static string? JapaneseName(string before)
    {
        var start = before.LastIndexOfAny(['、', '。', '」', '）', ')', '\n', '：', ':', '　', ' ', '\t']);
        var name = before[(start + 1)..].Trim();
        foreach (var particle in new[] { "及び", "および", "並びに", "ならびに", "と", "が", "は", "に", "を" })
        {
            if (start >= 0 && before[start] is '）' or ')' && name.StartsWith(particle, StringComparison.Ordinal))
            {
                name = name[particle.Length..];
                break;
            }
        }

        // "…に本店を有するX株式会社" → "X株式会社": a description ends in hiragana; the name is what follows it.
        var lastHiragana = -1;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] is >= '\u3041' and <= '\u309F')
            {
                lastHiragana = i;
            }
        }

        if (lastHiragana >= 0 && lastHiragana < name.Length - 1 && NameFolding.HasLegalForm(name[(lastHiragana + 1)..]))
        {
            name = name[(lastHiragana + 1)..];
        }

        // "一方当事者（以下「開示者」）が相手方（以下「受領者」）に…" defines roles, not parties.
        if (name.EndsWith("当事者", StringComparison.Ordinal) || name is "相手方" or "当事者" or "第三者")
        {
            return null;
        }

        return name.Length is > 0 and <= 60 ? name : null;
    }

    /// <summary>
    /// The English name before a defined-role bracket: the nearest start that gives an organisation
    /// name (legal form), else the nearest that gives any name — so "Dialog Semiconductor (UK) Ltd., a
    /// corporation organised under the laws of England and Wales" is Dialog, not "Wales".
    /// </summary>
    private static string? EnglishName(string before)
    {
        var names = EnglishNameStart().Matches(before).Select(m => m.Index + m.Length).Prepend(0).Reverse()
            .Select(start => CutDescription(before[start..]))
            .OfType<string>()
            .ToList();
        return names.FirstOrDefault(NameFolding.HasLegalForm) ?? names.FirstOrDefault();
    }

    private static string? CutDescription(string candidate)
    {
        var text = candidate.Trim();
        var description = Description().Match(text);
        if (description.Success)
        {
            text = text[..description.Index];
        }

        text = text.Trim().TrimEnd(',', ';').Trim();
        if (text.Length is 0 or > 100 || !(char.IsUpper(text[0]) || char.IsDigit(text[0])) || NotAName().IsMatch(text) || NumberedHeading().IsMatch(text) || DefinedTermInside().IsMatch(text) || CountryInBrackets().Replace(text, string.Empty).IndexOfAny(['(', ')', '"', '“', '”']) >= 0)
        {
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"[（(]\s*以下[、,]?\s*(?:単に)?[「『""](?<role>[^」』""]{1,20})[」』""]\s*(?:という|と称する|と略称する|と呼ぶ|といいます|と総称する)。?\s*[）)]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JapaneseDefinition();

    [GeneratedRegex(@"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+|each\s+a\s+|individually\s+)?[""“”']+(?<role>(?:[A-Z0-9]|[a-z][a-z-]*[A-Z])[^""“”']{0,40})[""“”']+[^()]{0,80}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnglishDefinition();

    [GeneratedRegex(@"\b(?:between|among|and|by)\s+|[;:]\s*|\(\s*\d{1,2}\s*\)\s*|\n|\),?\s+(?:and|in|to|with|of|by|from)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnglishNameStart();

    [GeneratedRegex(@",\s*(?:an?|the)\s|,\s*(?:having|with|whose|located|incorporated|organi[sz]ed|existing|duly|acting|registered)\b|\s+(?:an?\s+(?:\w+\s+){0,3}(?:corporation|company|limited|partnership|entity|individual|university|institute)\b)|\s+(?:having|with\s+(?:its|a)\s+(?:principal|registered))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:between|among)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"\bby and between\b|\bbetween\s*:|\bamong\b|[（(]\s*以下", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PreambleWords();

    // "Dialog Semiconductor (UK) Ltd.": a short code in brackets is part of a name.
    [GeneratedRegex(@"\s?\([A-Z]{2,5}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountryInBrackets();

    [GeneratedRegex(@"^\d+(\.\d+)+\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberedHeading();

    // "Preferred Shares of the Company" refers to a party; it is not one.
    [GeneratedRegex(@"\b(?:of|to|by)\s+the\s+(?:company|parties|party|licensor|licensee|investor)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DefinedTermInside();

    // "the Company", "each Party" are not names; "The Regents of …", "The Riverside Institute of Technology" are.
    [GeneratedRegex(@"^(?:(?i:this|these|such|each|either|any|all|both|party|parties|agreement)\b|(?i:the)\b(?!(?:\s+[A-Z][\w.&'-]*|\s+(?:of|for|and|the|in))+?\s+(?:University|Institute|College|Regents|Trustees|Board|Foundation|Hospital|Center|Centre|School|Society|Trust)\b))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\bbetween\s+(?<a>[A-Z][^()""“”;]{2,100}?)\s+and\s+(?<b>[A-Z][^()""“”;]{2,100}?)(?:[,;]\s|\.\s*$|\.\s+[A-Z]|\s+(?:is|are|dated|effective|as\s+of)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainBetween();

    // A role label: 甲/乙/丙/丁 before a space, colon or bracket; "LICENSOR:"; 委託者 before a space or colon.
    [GeneratedRegex(@"(?<role>甲|乙|丙|丁)(?=[\s:：（(])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleCharacterRole();

    [GeneratedRegex(@"(?<![A-Za-z])(?<role>[A-Z][A-Za-z]{2,20})\s*[:：]|(?<![一-龥ァ-ヶー])(?<role>[一-龥ァ-ヶー]{2,8})(?=[\s:：])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleToken();

    // An organisation: a capitalised run ending in a legal form, or a Japanese/Chinese name with one
    // (a name before the form stops at a particle, so 「甲は東京…株式会社」 does not swallow the sentence).
    [GeneratedRegex(@"(?:[A-Z0-9][\w&'\-\.]*(?:\s+|\s*&\s*|,\s*(?=(?:Co|Inc|Ltd|LLC|Limited|GmbH|AG|S\.A|B\.V|N\.V|PLC|Corp|Pte|Pty|K\.\s?K)\b))){1,8}?(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|K\.\s?K\.|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|GmbH|AG|S\.A\.|B\.V\.|N\.V\.|PLC|plc|Corporation|Corp\.?|JSC)(?=$|[\s,;)])|(?:株式会社|有限会社|合同会社|国立大学法人|学校法人)[^\s、。（(「」　]{1,30}|[^\s、。（(「」　:：ぁ-ん]{1,30}?(?:株式会社|有限会社|合同会社|有限公司|股份有限公司)|[^\s、。（(「」　:：ぁ-ん]{1,20}?[(（]株[)）]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrganisationName();
}
