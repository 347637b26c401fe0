using Intake.Pipeline.Classification;
using Intake.Pipeline.Direction;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Scoring.Polarity;
using Intake.Pipeline.Segmentation;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Scoring;

/// <summary>
/// Turns clause labels into findings: severity (taxonomy default plus modifiers) and confidence per
/// clause, a finding for each safeguard the document type expects but lacks, then — with an
/// <c>--our-party</c> hint — the direction of each exposure (one that favours us drops to Info),
/// then route, basis and advice from each finding's final label, and a risk level whose reasons are spelled out.
/// </summary>
public sealed class DocumentScorer(IOptions<ScoringOptions> options)
{
    private readonly ScoringOptions _options = options.Value;

    /// <param name="signals">Findings of the signals stage (lexicon, screening); they count towards the risk level like clause exposures.</param>
    public DocumentScore Score(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseClassification> classifications, DocumentType documentType, IReadOnlyList<Finding>? signals = null) =>
        Score(clauses, classifications, documentType, new ScoringContext(), signals);

    public DocumentScore Score(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseClassification> classifications, DocumentType documentType, ScoringContext context, IReadOnlyList<Finding>? signals = null)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(classifications);
        ArgumentNullException.ThrowIfNull(context);
        if (clauses.Count != classifications.Count)
        {
            throw new ArgumentException("One classification per clause is expected.", nameof(classifications));
        }

        var language = context.Language;
        var findings = new List<Finding>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.IsCommentary)
            {
                continue;
            }

            foreach (var prediction in PolarityLayer.Apply(clause.Text, clause.Language, classifications[i].Labels))
            {
                var (severity, modifier) = SeverityModifiers.Apply(prediction.Label, clause.Text, _options, clause.Language);
                if (prediction.MinimumSeverity is { } floor && floor > severity)
                {
                    (severity, modifier) = (floor, null);
                }

                // A permission opens the route its safeguard would close: it counts as an exposure.
                var family = prediction.Kind == FindingKind.Permission ? LabelFamily.Exposure : Taxonomy.Get(prediction.Label).Family;
                var explanation = modifier is null ? prediction.Evidence : [.. prediction.Evidence, modifier];
                findings.Add(new Finding(
                    prediction.Label, family, severity, Math.Round(prediction.Score, 3),
                    clause.Text, clause.Heading, clause.Page, clause.Offset, prediction.Kind,
                    explanation, string.Empty)
                {
                    Evidence = new FindingEvidence(prediction.Source?.Spans ?? [], prediction.Source?.HeadingTerms ?? [], new LocalizedText(string.Empty, string.Empty)),
                });
            }
        }

        // Only a clause that provides the safeguard credits it; a permission of the same act does not.
        var present = findings.Where(f => f.Kind == FindingKind.Clause).Select(f => f.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in ExpectedSafeguards.For(documentType).Where(s => !present.Contains(s)))
        {
            findings.Add(new Finding(
                missing, LabelFamily.Safeguard, Severity.Medium, 1.0, null, null, null, null, FindingKind.MissingSafeguard,
                [MissingExplanation(missing, documentType, language)], string.Empty));
        }

        // Signals first: the reports show them above the clause findings.
        findings.InsertRange(0, signals ?? []);

        var direction = DirectionOf(context);
        if (direction.Reader is not null)
        {
            findings = [.. findings.Select(f => Directed(f, direction.Reader))];
        }

        // Last, in one place: guidance follows the label each finding ends with.
        findings = [.. findings.Select(f => FindingAnnotator.Annotate(f, documentType.ToString(), language))];

        var (level, reasons) = RiskOf(findings, language);
        return new DocumentScore(documentType, level, reasons, findings) { Direction = direction.Summary };
    }

    private static (DirectionSummary Summary, DirectionReader? Reader) DirectionOf(ScoringContext context)
    {
        if (string.IsNullOrWhiteSpace(context.OurParty))
        {
            return (DirectionSummary.NotConsidered, null);
        }

        var parties = PartyDirectory.Build(context.DocumentText ?? string.Empty);
        var ours = parties.Resolve(context.OurParty);
        if (ours.Count == 0)
        {
            return (new DirectionSummary(false, context.OurParty, [], new LocalizedText(
                $"指定された当事者「{context.OurParty}」が文書中の当事者名・呼称に見つからないため、条項の向きは考慮していない。",
                $"Direction was not considered: the party '{context.OurParty}' matches no party name or role in the document.")), null);
        }

        return (new DirectionSummary(true, context.OurParty, ours, new LocalizedText(
            $"当方＝{string.Join("、", ours)}（指定: {context.OurParty}）。当方に有利な条項は Info とし、リスクは相手方への流出のみで評価した。",
            $"Our side is {string.Join(", ", ours)} (given: {context.OurParty}); clauses favouring us are Info and the risk level counts exposures towards the counterparty only.")),
            new DirectionReader(parties, ours));
    }

    // Only exposures have a direction; a forum clause binds both sides alike.
    private static Finding Directed(Finding finding, DirectionReader reader)
    {
        if (finding.Kind != FindingKind.Clause || finding.Family != LabelFamily.Exposure || finding.Label == "foreign-jurisdiction" || finding.Text is null)
        {
            return finding;
        }

        var direction = reader.Read(finding.Label, finding.Text);
        return direction.Favours == Favours.Us
            ? finding with { Severity = Severity.Info, Direction = direction }
            : finding with { Direction = direction };
    }

    /// <summary>Without a clause model only the signals are known: no clause findings and no missing safeguards are invented.</summary>
    public DocumentScore ScoreSignals(IReadOnlyList<Finding> signals, DocumentType documentType, string language)
    {
        ArgumentNullException.ThrowIfNull(signals);
        List<Finding> annotated = [.. signals.Select(f => FindingAnnotator.Annotate(f, documentType.ToString(), language))];
        var (level, reasons) = RiskOf(annotated, language);
        return new DocumentScore(documentType, level, reasons, annotated);
    }

    private static string EnglishReason(string label, FindingKind kind, List<Finding> group, Severity top) => kind switch
    {
        FindingKind.MissingSafeguard => $"missing safeguard: {label}",
        FindingKind.Permission => $"permitted without consent, against {label} ({group.Count} clause{(group.Count == 1 ? string.Empty : "s")}, {top.ToString().ToLowerInvariant()})",
        FindingKind.Signal => $"{label}: {string.Join(", ", group.Select(f => f.Signal?.Name ?? f.Label).Distinct(StringComparer.Ordinal))} ({top.ToString().ToLowerInvariant()})",
        _ => $"{label} ({group.Count} clause{(group.Count == 1 ? string.Empty : "s")}, {top.ToString().ToLowerInvariant()})",
    };

    // The same reasons in Japanese words; the label id stays in brackets so a reader can look it up.
    private static string JapaneseReason(string label, FindingKind kind, List<Finding> group, Severity top)
    {
        var severity = top switch { Severity.High => "高", Severity.Medium => "中", _ => "低" };
        return kind switch
        {
            FindingKind.MissingSafeguard => $"欠けている保護条項：{DisplayNames.Label(label, "ja")}（{label}）",
            FindingKind.Permission => $"同意なく許されている行為（{DisplayNames.Label(label, "ja")}に反する、{label}）：{group.Count} 条項・{severity}",
            FindingKind.Signal => $"{label}：{string.Join("、", group.Select(f => f.Signal?.Name ?? f.Label).Distinct(StringComparer.Ordinal))}（{severity}）",
            _ => $"{DisplayNames.Label(label, "ja")}（{label}）：{group.Count} 条項・{severity}",
        };
    }

    // 「共同研究開発契約に支配権変動（change-of-control）の条項が見当たらない」: names the reader knows, the id for the search.
    private static string MissingExplanation(string label, DocumentType documentType, string? language) => language == "ja"
        ? $"{DisplayNames.DocumentType(documentType, language)}に通常置かれる{DisplayNames.Label(label, language)}（{label}）の条項が見当たらない"
        : $"no {DisplayNames.Label(label, language)} ({label}) clause found, which a {DisplayNames.DocumentType(documentType, language)} is expected to have";

    private (RiskLevel Level, IReadOnlyList<string> Reasons) RiskOf(List<Finding> findings, string? language)
    {
        var counted = findings
            .Where(f => f.Severity > Severity.Info && f.Confidence >= _options.MinimumConfidenceForRisk)
            .Where(f => f.Family == LabelFamily.Exposure || f.Kind is FindingKind.MissingSafeguard or FindingKind.Permission or FindingKind.Signal)
            .Where(f => f.Direction?.Favours != Favours.Us)
            .ToList();
        if (counted.Count == 0)
        {
            return (RiskLevel.None, []);
        }

        var top = counted.Max(f => f.Severity);
        var level = top switch
        {
            Severity.High => RiskLevel.High,
            Severity.Medium => RiskLevel.Medium,
            _ => RiskLevel.Low,
        };
        var reasons = counted
            .Where(f => f.Severity == top)
            .GroupBy(f => (f.Label, f.Kind))
            .Select(g => language == "ja" ? JapaneseReason(g.Key.Label, g.Key.Kind, [.. g], top) : EnglishReason(g.Key.Label, g.Key.Kind, [.. g], top))
            .ToList();
        return (level, reasons);
    }
}
