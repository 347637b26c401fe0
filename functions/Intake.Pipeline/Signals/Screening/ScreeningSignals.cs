using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Signals.Parties;

namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// Screens a document's names: the contracting parties, every other organisation the text names with a
/// legal form (a parent company in the recitals, an end user), and long listed names written out in the
/// text. Exact name or alias → <c>restricted-party</c> High; a close variant → Medium, saying which
/// listed entity it resembles. One finding per listed entity. The list's country is shown, never used.
/// </summary>
public static class ScreeningSignals
{
    public static (IReadOnlyList<Finding> Findings, PartyScreening Screening) Screen(
        IReadOnlyList<Clause> clauses, IReadOnlyList<Party> parties, ScreeningListSet lists, string? language)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(lists);
        if (!lists.IsConfigured)
        {
            return ([], PartyScreening.NotScreened);
        }

        var screener = lists.Screener;
        var candidates = new List<(string Name, Clause? Clause, Party? Party)>();
        candidates.AddRange(parties.Select(p => (p.Name, clauses.FirstOrDefault(c => c.Offset == p.Offset), (Party?)p)));
        foreach (var clause in clauses)
        {
            candidates.AddRange(PartyExtractor.OrganisationsIn(clause.Text).Select(name => (name, (Clause?)clause, (Party?)null)));
        }

        var best = new Dictionary<ScreeningEntry, (ScreeningMatch Match, Clause? Clause, Party? Party)>(ReferenceEqualityComparer.Instance);
        void Offer(ScreeningMatch match, Clause? clause, Party? party)
        {
            if (!best.TryGetValue(match.Entry, out var known) || Rank(match) > Rank(known.Match))
            {
                best[match.Entry] = (match, clause, party);
            }
        }

        var checkedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, clause, party) in candidates)
        {
            // Each organisation once; a party always, so its finding carries its role.
            if ((checkedNames.Add(NameFolding.Fold(name)) || party is not null) && screener.Screen(name) is { } match)
            {
                Offer(match, clause, party);
            }
        }

        foreach (var clause in clauses)
        {
            foreach (var mention in screener.Mentions(clause.Text))
            {
                Offer(mention, clause, null);
            }
        }

        var findings = best.Values
            .OrderByDescending(b => Rank(b.Match))
            .Select(b => ToFinding(b.Match, b.Clause, b.Party, language))
            .ToList();
        var screening = new PartyScreening(true, [.. lists.Lists.Select(l => l.Source)], lists.EntryCount, checkedNames.Count, findings.Count == 0
            ? "screened: no party or named organisation matches a listed entity"
            : $"screened: {findings.Count} listed entit{(findings.Count == 1 ? "y" : "ies")} matched or resembled");
        return (findings, screening);
    }

    private static double Rank(ScreeningMatch match) => match.Basis == SignalBasis.SimilarName ? match.Similarity : 2.0;

    private static Finding ToFinding(ScreeningMatch match, Clause? clause, Party? party, string? language)
    {
        var ja = language == "ja";
        var entry = match.Entry;
        var listName = entry.List ?? Path.GetFileName(match.List.Source);
        var exact = match.Basis != SignalBasis.SimilarName;
        var who = party?.Role is { } role ? (ja ? $"「{match.Name}」（{role}）" : $"\"{match.Name}\" ({role})") : (ja ? $"「{match.Name}」" : $"\"{match.Name}\"");
        var explanation = new List<string>
        {
            match.Basis switch
            {
                SignalBasis.ExactName => ja ? $"{who}はリスト「{listName}」の「{entry.Name}」と一致します" : $"{who} matches \"{entry.Name}\" on the list {listName}",
                SignalBasis.Alias => ja ? $"{who}はリスト「{listName}」の「{entry.Name}」の別名「{match.Matched}」と一致します" : $"{who} matches \"{match.Matched}\", an alias of \"{entry.Name}\" on the list {listName}",
                _ => ja
                    ? $"{who}はリスト「{listName}」の「{entry.Name}」（「{match.Matched}」）に類似しています（類似度 {match.Similarity:0.00}）"
                    : $"{who} resembles \"{entry.Name}\" (\"{match.Matched}\") on the list {listName} (similarity {match.Similarity:0.00})",
            },
        };
        if (entry.Reason is { } reason)
        {
            explanation.Add(ja ? $"掲載理由: {reason}" : $"listed because: {reason}");
        }

        if (entry.Country is { } country)
        {
            explanation.Add(ja ? $"国・地域（リストの記載、評価には用いていません）: {country}" : $"country (as listed; not used in scoring): {country}");
        }

        explanation.Add(ja ? $"リスト: {match.List.Source} {entry.Line}行目" : $"list: {match.List.Source}, line {entry.Line}");
        if (!exact)
        {
            explanation.Add(ja
                ? "出典: 公安調査庁「経済安全保障の確保に向けて」1 調達活動「商号や所在地が制裁対象に似ている」"
                : "source: PSIA, Securing economic security (経済安全保障の確保に向けて), 1 procurement: a trade name or address resembling a sanctioned party");
        }

        var advice = exact
            ? (ja
                ? "取引を進める前に、リストの掲載内容（同一の主体か、掲載理由）を確認し、輸出管理・法務の担当部署に相談してください。外国ユーザーリスト・エンティティ・リスト等の掲載者との取引では、貨物・技術の提供に許可が必要となる場合があります（経済産業省 安全保障貿易管理課「安全保障貿易管理に関する最近の動向」2. 役立つツール等）。"
                : "Before going further, confirm the listing (same entity? why listed?) and involve export control and legal. Dealings with entities on the End User List, the Entity List and similar lists may need a licence for goods or technology (METI, Recent developments in security export control, 2. tools).")
            : (ja
                ? "同一の主体かどうか（正式名称、所在地、役員、資本関係）を確認してください。類似名称は注意点の一つであり、それだけで掲載者とは限りません。"
                : "Check whether this is the listed entity (full legal name, address, officers, ownership). A similar name is a point of caution, not proof of identity.");
        return new Finding(
            SignalLabels.RestrictedParty, LabelFamily.Exposure, exact ? Severity.High : Severity.Medium, match.Similarity,
            clause?.Text, clause?.Heading, clause?.Page, clause?.Offset, FindingKind.Signal, explanation, advice)
        {
            Signal = new SignalDetail(listName, entry.Name, match.Name, match.Matched, match.Basis)
            {
                ListSource = $"{match.List.Source}:{entry.Line}",
                Country = entry.Country,
                Reason = entry.Reason,
                Similarity = exact ? null : match.Similarity,
            },
        };
    }
}
