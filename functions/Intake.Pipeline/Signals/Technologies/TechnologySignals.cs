using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Signals.Technologies;

/// <summary>
/// Technology findings of one document: each lexicon entry named in its clauses gives at most one
/// finding, on the clause that shows it best (a transfer of technology before a mention as goods), with
/// the severity its list gives that basis — none when the list obliges nothing for it (a designated
/// technology sold only as goods). Text is in the document's language.
/// </summary>
public sealed class TechnologySignals(TechnologyLexicon lexicon)
{
    private readonly TechnologyMatcher _matcher = new(lexicon);

    public IReadOnlyList<Finding> Find(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseClassification> classifications, DocumentType documentType, string? language)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var context = new TransferContext(clauses, classifications, documentType);
        var best = new Dictionary<string, (TechnologyHit Hit, int Clause, SignalBasis Basis, string Evidence)>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Count; i++)
        {
            foreach (var hit in _matcher.Match(clauses[i].Text))
            {
                if (best.TryGetValue(hit.Entry.Id, out var known) && known.Basis == SignalBasis.TechnologyTransfer)
                {
                    continue;
                }

                var (basis, evidence) = context.Judge(i, language);
                if (!best.ContainsKey(hit.Entry.Id) || basis == SignalBasis.TechnologyTransfer)
                {
                    best[hit.Entry.Id] = (hit, i, basis, evidence);
                }
            }
        }

        var findings = new List<Finding>();
        foreach (var (hit, index, judged, evidence) in best.Values.OrderBy(b => b.Clause))
        {
            // An item controlled only as goods (the IC-imaging SEM) is still goods when its technology is licensed.
            var basis = hit.Entry.Controls(judged) ? judged : judged == SignalBasis.TechnologyTransfer && hit.Entry.Controls(SignalBasis.Goods) ? SignalBasis.Goods : (SignalBasis?)null;
            if (basis is null)
            {
                continue;
            }

            var list = lexicon.ListOf(hit.Entry);
            var severity = basis == SignalBasis.Goods ? list.Severity.Goods : list.Severity.Technology;
            if (severity is not { } level)
            {
                continue;
            }

            findings.Add(ToFinding(hit, clauses[index], list, level, basis.Value, evidence, language));
        }

        return findings;
    }

    private static Finding ToFinding(TechnologyHit hit, Clause clause, TechnologyList list, Severity severity, SignalBasis basis, string evidence, string? language)
    {
        var entry = hit.Entry;
        var ja = language == "ja";
        var explanation = new List<string>
        {
            ja ? $"「{hit.Matched}」: {list.Name.Ja}（{entry.Name.Ja}）" : $"\"{hit.Matched}\": {list.Name.En} ({entry.Name.En})",
            evidence,
            entry.Obligation.In(language),
        };
        if (basis == SignalBasis.Goods && entry.Provisions?.Goods is { } goods)
        {
            explanation.Add(ja ? $"貨物として規制: {goods}（輸出する場合）" : $"controlled as goods: {goods} (if exported)");
        }
        else if (entry.Provisions?.Technology is { } technology)
        {
            explanation.Add(ja ? $"技術として規制: {technology}" : $"controlled as technology: {technology}");
        }

        explanation.AddRange(entry.Sources.Select(s => ja ? $"出典: {s.Issuer}「{s.Title}」{s.Section}" : $"source: {s.Issuer}, {s.Title}, {s.Section}"));
        return new Finding(
            list.Finding, LabelFamily.Exposure, severity, 1.0, clause.Text, clause.Heading, clause.Page, clause.Offset, FindingKind.Signal,
            explanation, list.Advice.In(language))
        {
            Signal = new SignalDetail(list.Id, entry.Id, entry.Name.In(language), hit.Matched, basis),
        };
    }
}
