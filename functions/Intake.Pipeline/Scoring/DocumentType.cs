using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring;

/// <summary>Document types of the taxonomy's "Missing safeguards" table.</summary>
public enum DocumentType
{
    Unknown,
    Nda,
    Licence,
    JointResearch,
    Investment,
    Secondment,
    Supply,
}

/// <summary>
/// Infers the document type from the blob metadata hint, else from the title words near the top.
/// Only used to decide which safeguards are expected; an unknown type expects none.
/// </summary>
public static partial class DocumentTypeDetector
{
    // Order matters: "joint research ... licence" titles are joint research first.
    private static readonly (DocumentType Type, Regex Pattern)[] s_titlePatterns =
    [
        (DocumentType.Nda, NdaPattern()),
        (DocumentType.JointResearch, JointResearchPattern()),
        (DocumentType.Investment, InvestmentPattern()),
        (DocumentType.Secondment, SecondmentPattern()),
        (DocumentType.Licence, LicencePattern()),
        (DocumentType.Supply, SupplyPattern()),
    ];

    public static DocumentType Detect(string? hint, string openingText)
    {
        if (!string.IsNullOrWhiteSpace(hint) && Enum.TryParse<DocumentType>(hint.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var hinted))
        {
            return hinted;
        }

        ArgumentNullException.ThrowIfNull(openingText);
        foreach (var (type, pattern) in s_titlePatterns)
        {
            if (pattern.IsMatch(openingText))
            {
                return type;
            }
        }

        return DocumentType.Unknown;
    }

    public static IReadOnlyList<string> ExpectedSafeguards(DocumentType type) => type switch
    {
        DocumentType.Nda => ["confidentiality"],
        DocumentType.Licence => ["confidentiality", "export-compliance", "assignment-restriction"],
        DocumentType.JointResearch => ["confidentiality", "export-compliance", "change-of-control"],
        DocumentType.Investment => ["confidentiality", "change-of-control", "non-solicit"],
        DocumentType.Secondment => ["confidentiality"],
        DocumentType.Supply => ["export-compliance"],
        _ => [],
    };

    [GeneratedRegex(@"non-?disclosure|confidentiality agreement|秘密保持契約", RegexOptions.IgnoreCase)]
    private static partial Regex NdaPattern();

    [GeneratedRegex(@"joint (research|development)|research collaboration|collaborative research|sponsored research|research proposal|共同研究|共同開発|研究提案|技術検証", RegexOptions.IgnoreCase)]
    private static partial Regex JointResearchPattern();

    [GeneratedRegex(@"joint venture|shareholders'? agreement|investment agreement|term sheet|subscription agreement|合弁|出資契約|投資契約|株主間契約|タームシート", RegexOptions.IgnoreCase)]
    private static partial Regex InvestmentPattern();

    [GeneratedRegex(@"secondment|visiting researcher|employment agreement|出向|研究員受入|客員研究員|雇用契約", RegexOptions.IgnoreCase)]
    private static partial Regex SecondmentPattern();

    [GeneratedRegex(@"licen[cs]e agreement|technical assistance|technology transfer|OEM|manufacturing agreement|ライセンス契約|実施許諾契約|技術援助|技術指導契約|製造委託", RegexOptions.IgnoreCase)]
    private static partial Regex LicencePattern();

    [GeneratedRegex(@"supply agreement|purchase agreement|sales agreement|distribution agreement|売買契約|供給契約|取引基本契約", RegexOptions.IgnoreCase)]
    private static partial Regex SupplyPattern();
}
