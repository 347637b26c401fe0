namespace Intake.Pipeline.Scoring;

/// <summary>
/// Document types, after the taxonomy's "Missing safeguards" table. Names are the JSON report's
/// values: existing ones never change, new ones are appended.
/// </summary>
public enum DocumentType
{
    Unknown,

    /// <summary>Non-disclosure, confidentiality, secrecy agreements (秘密保持契約).</summary>
    Nda,

    /// <summary>Technology, patent, know-how, software and content licences, franchises, technical assistance (ライセンス契約・実施許諾契約).</summary>
    Licence,

    /// <summary>Joint research and development, collaboration, strategic alliance, PoC, research proposals (共同研究開発契約・技術検証契約).</summary>
    JointResearch,

    /// <summary>Investment, share subscription and purchase, shareholders' agreements, term sheets (出資契約・投資契約).</summary>
    Investment,

    /// <summary>Secondment, employment, visiting researchers (出向契約・雇用契約・研究員受入).</summary>
    Secondment,

    /// <summary>Supply, sale and purchase, distribution, reselling (売買契約・取引基本契約・販売店契約).</summary>
    Supply,

    /// <summary>Joint ventures (合弁契約).</summary>
    JointVenture,

    /// <summary>Contract manufacturing and OEM (製造委託契約).</summary>
    Manufacturing,

    /// <summary>Services, outsourcing, consulting, hosting, maintenance, development for hire, AI and cloud services (業務委託契約・利用契約).</summary>
    Services,

    /// <summary>Assignment or allocation of patents, inventions and other IP (特許権譲渡契約).</summary>
    IpAssignment,

    /// <summary>Endorsement, sponsorship, co-branding, promotion, marketing and agency agreements.</summary>
    Marketing,

    /// <summary>An amendment or addendum that does not say which kind of agreement it amends (変更契約・覚書).</summary>
    Amendment,
}

/// <summary>The safeguards each document type should carry; a missing one is a finding.</summary>
public static class ExpectedSafeguards
{
    /// <summary>
    /// The taxonomy's table, extended: manufacturing takes the licence row (OEM/manufacturing hands the
    /// manufacturer our drawings); services and outsourcing expect confidentiality and a bar on
    /// assignment and subcontracting without consent (the provider sees our data and systems, and
    /// subcontracting passes them on); an IP assignment expects export compliance (the transfer of the
    /// technology itself may need a licence or a FEFTA prior report); marketing agreements and
    /// amendments that do not name what they amend expect none.
    /// </summary>
    public static IReadOnlyList<string> For(DocumentType type) => type switch
    {
        DocumentType.Nda => ["confidentiality"],
        DocumentType.Licence or DocumentType.Manufacturing => ["confidentiality", "export-compliance", "assignment-restriction"],
        DocumentType.JointResearch => ["confidentiality", "export-compliance", "change-of-control"],
        DocumentType.Investment or DocumentType.JointVenture => ["confidentiality", "change-of-control", "non-solicit"],
        DocumentType.Secondment => ["confidentiality"],
        DocumentType.Supply => ["export-compliance"],
        DocumentType.Services => ["confidentiality", "assignment-restriction"],
        DocumentType.IpAssignment => ["export-compliance"],
        _ => [],
    };
}
