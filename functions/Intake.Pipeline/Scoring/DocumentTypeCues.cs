using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring;

/// <summary>
/// The words that name a document type, in a title ("Software License and Maintenance Agreement",
/// 「特許実施許諾契約書」) and across a body (Licensor, royalties, 実施料). Listed in priority order:
/// when an English title names two types ("License and Hosting"), the earlier one wins — the one
/// that opens more of a route; a Japanese title is decided by its head, the last type word before 契約.
/// </summary>
internal static partial class DocumentTypeCues
{
    public static IReadOnlyList<(DocumentType Type, Regex Title, Regex Body)> Types { get; } =
    [
        (DocumentType.IpAssignment, IpAssignmentTitle(), IpAssignmentBody()),
        (DocumentType.JointVenture, JointVentureTitle(), JointVentureBody()),
        (DocumentType.Investment, InvestmentTitle(), InvestmentBody()),
        (DocumentType.Secondment, SecondmentTitle(), SecondmentBody()),
        (DocumentType.Nda, NdaTitle(), NdaBody()),
        (DocumentType.Licence, LicenceTitle(), LicenceBody()),
        (DocumentType.JointResearch, JointResearchTitle(), JointResearchBody()),
        (DocumentType.Manufacturing, ManufacturingTitle(), ManufacturingBody()),
        (DocumentType.Supply, SupplyTitle(), SupplyBody()),
        (DocumentType.Services, ServicesTitle(), ServicesBody()),
        (DocumentType.Marketing, MarketingTitle(), MarketingBody()),
    ];

    // A name of an agreement: capitalised words (and the small words between them) ending in
    // Agreement, Contract, Addendum, Amendment, Memorandum or Term Sheet — "Amendment #3 to the Manufacturing Agreement".
    [GeneratedRegex(@"(?:(?:[A-Z][\w&'’./-]*|of|and|to|the|for|with|on|in|&|#\s?\d+|No\.\s?\d+|\d+)[\s,_-]+){0,10}?(?:AGREEMENT|Agreement|CONTRACT|Contract|ADDENDUM|Addendum|AMENDMENT|Amendment|MEMORANDUM(?: OF UNDERSTANDING)?|Memorandum(?: of Understanding)?|TERM SHEET|Term Sheet|PROPOSAL|Proposal)\b")]
    public static partial Regex EnglishTitle();

    // 「特許実施許諾契約書」「技術検証（PoC）契約書」「AIサービス利用規約」「変更覚書」.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}ー・A-Za-z0-9()（）&＆]{1,40}?(?:契約書|契約|覚書|合意書|規約|協定書|協定|提案書|計画書)")]
    public static partial Regex JapaneseTitle();

    // "Amendment No. 2 to the License Agreement", 「…契約の一部を変更する覚書」; an amended and restated agreement is the agreement itself.
    [GeneratedRegex(@"(?<!amended and )(?<!A_R )\b(?:amendment|addendum|amending agreement|supplement(?:al)? agreement)\b|変更契約|変更覚書|修正契約|一部(?:を)?変更|変更に関する|追加合意|補遺", RegexOptions.IgnoreCase)]
    public static partial Regex Amendment();

    // "This Amendment amends the Supply Agreement dated …", 「…原契約」「…契約（以下「原契約」という。）を変更」.
    [GeneratedRegex(@"\bamend(?:s|ing|ment (?:to|of))?\s+(?:the\s+|that\s+certain\s+|a\s+)?(?<name>(?:[A-Z][\w&'’-]*\s+){0,6}(?:Agreement|AGREEMENT|Contract|CONTRACT))|(?<name>[^\s、。「」]{1,30}?契約(?:書)?)(?:（以下「原契約」|の一部を変更|を変更)")]
    public static partial Regex AmendedName();

    [GeneratedRegex(@"\b(?:patent|intellectual property|IP|technology|invention|know-how)s?\s+(?:assignment|purchase|transfer and assignment)|\bassignment of (?:patents?|inventions?|intellectual property)|\bintellectual property agreement|(?:特許|知的財産|発明|著作)(?:権)?(?:等)?(?:の)?譲渡|権利譲渡", RegexOptions.IgnoreCase)]
    private static partial Regex IpAssignmentTitle();

    [GeneratedRegex(@"\bassignors?\b|\bassignees?\b|\bhereby (?:irrevocably )?assigns?\b|譲渡人|譲受人|譲渡対象特許", RegexOptions.IgnoreCase)]
    private static partial Regex IpAssignmentBody();

    [GeneratedRegex(@"\bjoint[- ]venture|合弁", RegexOptions.IgnoreCase)]
    private static partial Regex JointVentureTitle();

    [GeneratedRegex(@"\bjoint[- ]venture\b|\bthe JV\b|\bJV Company\b|合弁会社|合弁事業", RegexOptions.IgnoreCase)]
    private static partial Regex JointVentureBody();

    [GeneratedRegex(@"\binvestment\b|\bshareholders?[’']?s?[’']? agreement|\bstockholders?[’']?s?[’']? agreement|\b(?:stock|share|unit)s? (?:purchase|subscription)|\bsubscription agreement|\bterm sheet|\bconvertible|出資|投資|株主間|株式(?:の)?(?:引受|譲渡|買取)|タームシート|資本(?:業務)?提携", RegexOptions.IgnoreCase)]
    private static partial Regex InvestmentTitle();

    [GeneratedRegex(@"\binvestors?\b|\bsubscri(?:ber|ption)\b|\bpreferred (?:stock|shares)\b|\bseries [A-D]\b|\bpre-money\b|\bvaluation\b|出資|投資者|新株|優先株|払込", RegexOptions.IgnoreCase)]
    private static partial Regex InvestmentBody();

    [GeneratedRegex(@"\bsecondment|\bemployment|\bvisiting (?:researcher|scientist|scholar|professor)|\bresearcher exchange|\bguest researcher|出向|雇用|研究員(?:の)?受入|受入研究員|客員|招へい|招聘|労働契約|兼業", RegexOptions.IgnoreCase)]
    private static partial Regex SecondmentTitle();

    [GeneratedRegex(@"\bsecondee\b|\bseconded\b|\bemployee shall\b|\bsalary\b|\bvisiting researcher|出向者|出向元|出向先|研究員|受入機関|給与", RegexOptions.IgnoreCase)]
    private static partial Regex SecondmentBody();

    [GeneratedRegex(@"\bnon-?disclosure|\bconfidentiality (?:and non-use )?agreement|\bsecrecy agreement|\bNDA\b|秘密保持|機密保持|守秘義務", RegexOptions.IgnoreCase)]
    private static partial Regex NdaTitle();

    [GeneratedRegex(@"\bnon-?disclosure\b|\bdisclosing party\b|\breceiving party\b|秘密保持契約|開示者|受領者", RegexOptions.IgnoreCase)]
    private static partial Regex NdaBody();

    [GeneratedRegex(@"\blicen[cs](?:e|es|ing)\b|\bfranchise|\broyalty agreement|\btechnical assistance|\btechnology transfer|\bknow-how agreement|ライセンス|実施許諾|使用許諾|利用許諾|技術援助|技術供与|技術指導|ノウハウ(?:の)?(?:供与|提供)|フランチャイズ", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceTitle();

    [GeneratedRegex(@"\blicensors?\b|\blicensees?\b|\bfranchisee\b|\blicensed (?:patents?|products?|technology|software|know-how|content|marks?|ip)\b|\broyalt(?:y|ies)\b|ライセンサー|ライセンシー|実施許諾|実施料|通常実施権|専用実施権|使用許諾|ロイヤルティ", RegexOptions.IgnoreCase)]
    private static partial Regex LicenceBody();

    // "Development" alone names joint development; "Development Services" and "Site Development" are services.
    [GeneratedRegex(@"\bjoint (?:research|development)|\bco-?development|\bcollaborat\w*|\bstrategic alliance|\balliance\b|\bcooperation\b|\bco-?operation agreement|\bresearch (?:and development )?(?:agreement|proposal|collaboration)|\bsponsored research|\b(?<!site )(?<!web )(?<!software )development(?!\s+(?:and\s+hosting|services?))\b|共同研究|共同開発|研究開発(?!委託|業務委託)|技術検証|\bPoC\b|産学連携|業務提携|連携協定|研究提案", RegexOptions.IgnoreCase)]
    private static partial Regex JointResearchTitle();

    [GeneratedRegex(@"\bjoint research\b|\bjoint development\b|\bresearch plan\b|\bcollaborat\w*|\bsteering committee\b|\bjoint (?:research |development )?committee\b|\balliance\b|\bresearch program\b|共同研究|共同開発|研究計画|研究成果|本研究|本検証", RegexOptions.IgnoreCase)]
    private static partial Regex JointResearchBody();

    [GeneratedRegex(@"\bmanufactur\w*|\bOEM\b|\bODM\b|\btoll(?:ing)? (?:manufacturing|processing)|製造委託|製造(?:及び|および)?供給|製造|ＯＥＭ", RegexOptions.IgnoreCase)]
    private static partial Regex ManufacturingTitle();

    [GeneratedRegex(@"\bmanufactur(?:e|er|ing)\b|\bOEM\b|\bbatch(?:es)?\b|\bspecifications\b|製造|ＯＥＭ", RegexOptions.IgnoreCase)]
    private static partial Regex ManufacturingBody();

    [GeneratedRegex(@"\bsupply\b|\bpurchase\b|\bsales?\b|\bdistribut\w*|\breseller|\bresale|\bdealer|\bprocurement|売買|供給|取引基本|販売店|販売代理店|代理店|購入|調達", RegexOptions.IgnoreCase)]
    private static partial Regex SupplyTitle();

    [GeneratedRegex(@"\bpurchase orders?\b|\bbuyer\b|\bseller\b|\bdistributor\b|\breseller\b|\bminimum purchase|\bdeliver(?:y|ies) of (?:the )?products\b|売主|買主|個別契約|発注|納入|販売店", RegexOptions.IgnoreCase)]
    private static partial Regex SupplyBody();

    [GeneratedRegex(@"\bservic\w*|\boutsourc\w*|\bconsult\w*|\bmaintenance|\bhosting|\bsupport\b|\btransportation|\bmanagement agreement|\boperations? and maintenance|\bprofessional services|\bsaas\b|\bcloud\b|\bdevelopment services|\bsite development|業務委託|開発委託|受託開発|請負|準委任|サービス|利用契約|利用規約|保守|運用|コンサルティング|顧問", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesTitle();

    [GeneratedRegex(@"\bservice provider\b|\bstatement of work\b|\bservice levels?\b|\bconsultant\b|\bhosting\b|\bmaintenance services\b|\bthe services\b|委託業務|委託料|受託者|委託者|本業務|本サービス", RegexOptions.IgnoreCase)]
    private static partial Regex ServicesBody();

    [GeneratedRegex(@"\bendorse\w*|\bsponsor\w*|\bco-?brand\w*|\bpromotion\w*|\bmarketing|\bremarketing|\badvertis\w*|\baffiliate agreement|\bagency\b|\breferral|広告|販売促進|スポンサー|協賛", RegexOptions.IgnoreCase)]
    private static partial Regex MarketingTitle();

    [GeneratedRegex(@"\bsponsor(?:ship)?\b|\bendors(?:e|er|ement)\b|\bco-branded\b|\bpromotion(?:al)?\b|\bmarketing\b|\badvertis\w*|広告|宣伝|協賛", RegexOptions.IgnoreCase)]
    private static partial Regex MarketingBody();
}
