using System.Text.RegularExpressions;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Signals.Technologies;

/// <summary>
/// Tells a transfer of technology from a sale of goods, clause by clause. A clause transfers technology
/// when the clause model gave it a transfer label (know-how-transfer, license-grant, ip-ownership,
/// improvements). A clause that only names the technology with a technology word (製造技術, know-how,
/// design, joint development…) counts when the document transfers technology elsewhere (a clause with
/// a transfer label) or is a joint-research or licence document. Anything else is goods.
/// </summary>
public sealed partial class TransferContext
{
    /// <summary>The clause labels that mean technology passes to the counterparty.</summary>
    public static IReadOnlyList<string> TransferLabels { get; } = ["know-how-transfer", "license-grant", "ip-ownership", "improvements"];

    private readonly IReadOnlyList<Clause> _clauses;
    private readonly IReadOnlyList<ClauseClassification> _classifications;
    private readonly DocumentType _documentType;
    private readonly (int Clause, string Label)? _firstTransfer;

    public TransferContext(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseClassification> classifications, DocumentType documentType)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(classifications);
        _clauses = clauses;
        _classifications = classifications;
        _documentType = documentType;
        for (var i = 0; i < classifications.Count && _firstTransfer is null; i++)
        {
            if (TransferLabelOf(i) is { } label)
            {
                _firstTransfer = (i, label);
            }
        }
    }

    /// <summary>The basis of a technology named in clause <paramref name="index"/>, and the evidence for it in the document's language.</summary>
    public (SignalBasis Basis, string Evidence) Judge(int index, string? language)
    {
        var ja = language == "ja";
        if (TransferLabelOf(index) is { } label)
        {
            return (SignalBasis.TechnologyTransfer, ja
                ? $"技術の提供: この条項は {label}（技術の提供・実施許諾・成果の帰属）に当たると判定されました"
                : $"technology transfer: this clause is labelled {label} (technology licensed, taught, disclosed or assigned)");
        }

        var cue = TechnologyCue().Match(SignalText.Fold(_clauses[index].Text));
        if (cue.Success)
        {
            if (_firstTransfer is { } transfer)
            {
                var where = _clauses[transfer.Clause].Heading ?? (ja ? "別の条項" : "another clause");
                return (SignalBasis.TechnologyTransfer, ja
                    ? $"技術の提供: 「{cue.Value}」とともに記載され、{where}が {transfer.Label} に当たります"
                    : $"technology transfer: named with \"{cue.Value}\", and {where} is labelled {transfer.Label}");
            }

            if (_documentType is DocumentType.JointResearch or DocumentType.Licence)
            {
                return (SignalBasis.TechnologyTransfer, ja
                    ? $"技術の提供: 「{cue.Value}」とともに記載され、文書は{(_documentType == DocumentType.JointResearch ? "共同研究・共同開発" : "実施許諾・技術援助")}の契約です"
                    : $"technology transfer: named with \"{cue.Value}\" in a {(_documentType == DocumentType.JointResearch ? "joint research or development" : "licence or technical assistance")} document");
            }
        }

        return (SignalBasis.Goods, ja
            ? "貨物のみ: 技術の提供を示す条項はなく、製品（貨物）として記載されています"
            : "goods only: no clause transfers the technology; it is named as a product");
    }

    private string? TransferLabelOf(int index) =>
        index < _classifications.Count
            ? _classifications[index].Labels.Select(l => l.Label).FirstOrDefault(l => TransferLabels.Contains(l, StringComparer.Ordinal))
            : null;

    // Matched on folded (lower-case) text. "design" but not "designated"; 技術 covers 製造技術, 技術情報, 技術指導.
    [GeneratedRegex(@"\bdesign(s|ing)?\b|\bmanufactur\w*\s+(technolog\w*|process\w*|method\w*|know how)|\bproduction\s+(technolog\w*|process\w*|method\w*)|\bprocess\s+technolog\w*|\bknow how\b|\btechnical\s+(information|data|assistance|documentation|knowledge)|\btechnolog(y|ies)\b|\bfabrication\s+(process\w*|technolog\w*)|\b(jointly|joint|co)\s?develop\w*|\bresearch and development\b|技術|ノウハウ|設計|製法|製造方法|製造プロセス|共同研究|共同開発|研究開発", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TechnologyCue();
}
