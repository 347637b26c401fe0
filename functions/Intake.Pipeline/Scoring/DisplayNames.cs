namespace Intake.Pipeline.Scoring;

/// <summary>
/// The names a reader sees for label ids and document types, in the document's language. Ids stay
/// the product vocabulary (JSON, tables); these are only for the sentences findings are explained in.
/// </summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, (string Ja, string En)> s_labels = new(StringComparer.Ordinal)
    {
        ["ip-ownership"] = ("成果・知的財産の帰属", "IP ownership"),
        ["improvements"] = ("改良技術・グラントバック", "improvements and grant-back"),
        ["license-grant"] = ("実施許諾", "licence grant"),
        ["know-how-transfer"] = ("技術指導・ノウハウの提供", "know-how transfer"),
        ["data-access"] = ("データ・施設へのアクセス", "data and site access"),
        ["investment-funding"] = ("出資・資金提供", "investment and funding"),
        ["personnel"] = ("人材の出向・受入れ", "personnel exchange"),
        ["foreign-jurisdiction"] = ("準拠法・紛争解決地", "governing law and forum"),
        ["publication-control"] = ("公表の制限", "publication control"),
        ["end-use"] = ("用途・再輸出", "end use and re-export"),
        ["confidentiality"] = ("秘密保持", "confidentiality"),
        ["export-compliance"] = ("輸出管理", "export compliance"),
        ["change-of-control"] = ("支配権変動", "change of control"),
        ["non-solicit"] = ("引抜きの禁止", "non-solicitation"),
        ["assignment-restriction"] = ("譲渡の制限", "assignment restriction"),
    };

    /// <summary>The label's name in the language ("ja" or other → English); an unknown id is shown as it is.</summary>
    public static string Label(string id, string? language)
    {
        ArgumentNullException.ThrowIfNull(id);
        return s_labels.TryGetValue(id, out var name) ? (language == "ja" ? name.Ja : name.En) : id;
    }

    /// <summary>What the document is, as a noun phrase: 「共同研究開発契約」, "joint research agreement".</summary>
    public static string DocumentType(DocumentType type, string? language)
    {
        var (ja, en) = type switch
        {
            Scoring.DocumentType.Nda => ("秘密保持契約", "non-disclosure agreement"),
            Scoring.DocumentType.Licence => ("ライセンス契約", "licence agreement"),
            Scoring.DocumentType.JointResearch => ("共同研究開発契約", "joint research agreement"),
            Scoring.DocumentType.Investment => ("出資契約", "investment agreement"),
            Scoring.DocumentType.Secondment => ("出向・研究員受入れの契約", "secondment agreement"),
            Scoring.DocumentType.Supply => ("売買・取引の契約", "supply agreement"),
            Scoring.DocumentType.JointVenture => ("合弁契約", "joint venture agreement"),
            Scoring.DocumentType.Manufacturing => ("製造委託契約", "manufacturing agreement"),
            Scoring.DocumentType.Services => ("業務委託契約", "services agreement"),
            Scoring.DocumentType.IpAssignment => ("知的財産権の譲渡契約", "IP assignment"),
            Scoring.DocumentType.Marketing => ("販売促進・代理の契約", "marketing agreement"),
            Scoring.DocumentType.Amendment => ("変更契約", "amendment"),
            _ => ("文書", "document"),
        };
        return language == "ja" ? ja : en;
    }
}
