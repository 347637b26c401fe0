using System.Text.RegularExpressions;
using Intake.Pipeline.Guidance;

namespace Intake.Pipeline.Direction;

/// <summary>
/// Reads from a clause's wording who receives what the clause moves: the grantee of a licence, the
/// owner results vest in, the recipient of know-how or data, the party a permission is given to
/// (「甲は乙に対し…許諾する」: 乙 receives; "shall be the sole property of Sponsor": Sponsor receives;
/// "Investor may appoint a director": Investor receives). An explicit recipient wins over a
/// provider ("Licensor shall provide …": the other side receives). Mutual wording (each party,
/// jointly, 共有) is both. Anything else is unknown and is scored as without the hint: the reader
/// never invents a direction.
/// </summary>
/// <remarks>Hand-written patterns: no library reads contract roles; the patterns are few and listed here so a reviewer can check them.</remarks>
public sealed class DirectionReader
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<string> _ours;
    private readonly Regex[] _receiver;
    private readonly Regex[] _permitted;
    private readonly Regex[] _provider;
    private readonly Regex _consent;
    private readonly Regex _mutual = new(@"共有|両当事者|各当事者|相互に|\beach\s+party\b|\beither\s+party\b|\bboth\s+parties\b|\bjointly\b|\bmutual(ly)?\b", RegexOptions.IgnoreCase, s_timeout);

    public DirectionReader(PartyDirectory parties, IReadOnlyList<string> ourRoles)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(ourRoles);
        _ours = ourRoles;
        var p = "(?<p>" + string.Join('|', parties.Roles.Select(r => r.Any(c => c >= '\u3040') ? Regex.Escape(r) : $@"\b{Regex.Escape(r)}\b")) + ")";
        _receiver =
        [
            Compile($@"(?:grant(?:s|ed)?|assign(?:s|ed)?|transfer(?:s|red)?|licen[cs]e(?:s|d)?|provide(?:s|d)?|disclose(?:s|d)?|deliver(?:s|ed)?|furnish(?:es|ed)?|make\s+available|train(?:s)?|contribute(?:s|d)?)\s+(?:\w+\s+){{0,8}}?to\s+(?:the\s+)?{p}"),
            Compile($@"(?:property\s+of|vest(?:s|ed)?\s+(?:solely\s+|exclusively\s+)?in|belong(?:s)?\s+(?:solely\s+|exclusively\s+)?to|owned\s+(?:solely\s+|exclusively\s+)?by|for\s+the\s+(?:sole\s+)?benefit\s+of)\s+(?:the\s+)?{p}"),
            Compile($@"{p}(?:に|へ)(?:単独で)?帰属|{p}の(?:単独の?)?(?:所有|財産)"),
            Compile($@"{p}に(?:対し|対して)?[、,]?[^。]{{0,80}}?(?:許諾|提供|開示|譲渡|移転|指導|引き渡|引渡|貸与)"),
        ];
        _permitted =
        [
            Compile($@"{p}\s+(?:shall|will|may)\s+(?:solely\s+|exclusively\s+|also\s+)?(?:own|retain|have|be\s+entitled|acquire|appoint|access|use|re-?export|resell|export|publish|withhold|continue\s+to\s+use|sublicen[cs]e|hire|recruit)"),
            Compile($@"{p}は[、,]?[^。]{{0,80}}?(?:ことができる|できるものとする|できる。)"),
        ];
        _provider =
        [
            Compile($@"{p}\s+(?:hereby\s+)?(?:shall\s+|will\s+|agrees\s+to\s+|must\s+)?(?:grant|grants|assign|assigns|transfer|transfers|provide|provides|disclose|discloses|deliver|delivers|furnish|furnishes|license|licenses|licence|train|trains|make\s+available|contribute|contributes)\b"),
            Compile($@"{p}は[、,]?[^。]{{0,80}}?(?:許諾|提供|開示|譲渡|移転|指導|引き渡)(?:する|しなければならない|を行う|を行なう)"),
        ];
        _consent = Compile($@"{p}(?:'s|’s)?\s+(?:sole\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval)|{p}の(?:事前の)?(?:書面による)?(?:承諾|同意|承認)");
    }

    public FindingDirection Read(string label, string clauseText)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        var receivers = Parties(_receiver, clauseText);
        if (label == "publication-control")
        {
            // Whoever must consent to publication controls it.
            receivers.UnionWith(Parties([_consent], clauseText));
        }

        if (receivers.Count == 0)
        {
            receivers = Parties(_permitted, clauseText);
        }

        string? provider = null;
        if (receivers.Count == 0)
        {
            var providers = Parties(_provider, clauseText);
            if (providers.Count == 1)
            {
                provider = providers.First();
                return IsOurs(provider)
                    ? Counterparty(null, provider)
                    : Us(null, provider);
            }
        }

        var ours = receivers.Where(IsOurs).ToList();
        var theirs = receivers.Where(r => !IsOurs(r)).ToList();
        var mutual = _mutual.IsMatch(clauseText);
        if ((ours.Count > 0 && theirs.Count > 0) || (mutual && (receivers.Count == 0 || label == "ip-ownership")))
        {
            return new FindingDirection(Favours.Both, receivers.Count == 0 ? null : string.Join(", ", receivers), provider, new LocalizedText(
                "両当事者に及ぶ条項（共有・各当事者）のため、相手方への流出として評価した。",
                "Works both ways (joint or each party): counted as an exposure towards the counterparty."));
        }

        if (ours.Count > 0)
        {
            return Us(ours[0], provider);
        }

        if (theirs.Count > 0)
        {
            return Counterparty(theirs[0], provider);
        }

        return new FindingDirection(Favours.Unknown, null, null, new LocalizedText(
            "条項の文言から受ける側を判別できないため、当方の指定がない場合と同様に評価した。",
            "The wording does not say who receives: scored as if no party had been named."));
    }

    private bool IsOurs(string role) => _ours.Any(o => string.Equals(o, role, StringComparison.OrdinalIgnoreCase));

    private static FindingDirection Us(string? receiver, string? provider)
    {
        var who = receiver ?? "当方";
        var whoEn = receiver ?? "our side";
        return new FindingDirection(Favours.Us, receiver, provider, new LocalizedText(
            provider is not null && receiver is null
                ? $"相手方（{provider}）が提供・許諾する側で、当方が受ける側の条項のため、当方に有利な条項として Info に下げた。"
                : $"{who}（当方）が権利・情報を受ける側の条項のため、当方に有利な条項として Info に下げた。",
            provider is not null && receiver is null
                ? $"Favours our side: the counterparty ({provider}) provides or grants and we receive; lowered to Info."
                : $"Favours our side: {whoEn} (us) receives the rights or information; lowered to Info."));
    }

    private static FindingDirection Counterparty(string? receiver, string? provider) => new(Favours.Counterparty, receiver, provider, new LocalizedText(
        receiver is not null
            ? $"{receiver}（相手方）が権利・情報を受ける側の条項のため、当方からの流出として評価した。"
            : $"当方（{provider}）が提供・許諾する側の条項のため、当方からの流出として評価した。",
        receiver is not null
            ? $"Towards the counterparty: {receiver} receives the rights or information; counted as an exposure."
            : $"Towards the counterparty: we ({provider}) provide or grant; counted as an exposure."));

    private static HashSet<string> Parties(IEnumerable<Regex> patterns, string text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in patterns)
        {
            try
            {
                foreach (Match match in pattern.Matches(text))
                {
                    foreach (var capture in match.Groups["p"].Captures.Cast<Capture>())
                    {
                        found.Add(capture.Value);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological clause: no direction rather than a stalled scan.
            }
        }

        return found;
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, s_timeout);
}
