using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring.Polarity;

/// <summary>The reasons the polarity rules give, in the clause's language, and the few extra cues they check.</summary>
internal static partial class PolarityWords
{
    public static string Permits(PolarityTopic topic, bool japanese) => japanese
        ? topic switch
        {
            PolarityTopic.Assignment => "許容: 承諾なく契約上の地位・権利の譲渡を認めている",
            PolarityTopic.Sublicensing => "許容: 承諾なく再実施許諾（サブライセンス）を認めている",
            PolarityTopic.Subcontracting => "許容: 承諾なく再委託を認めている",
            PolarityTopic.Export => "許容: 輸出・再輸出を認めている",
            PolarityTopic.UseAfterTermination => "許容: 契約終了後の使用を認めている",
            PolarityTopic.ReverseEngineering => "許容: リバースエンジニアリング・解析を認めている",
            _ => "許容: 改変・改良を認めている",
        }
        : topic switch
        {
            PolarityTopic.Assignment => "permission: assignment or transfer without consent",
            PolarityTopic.Sublicensing => "permission: sublicensing without consent",
            PolarityTopic.Subcontracting => "permission: subcontracting without consent",
            PolarityTopic.Export => "permission: export or re-export",
            PolarityTopic.UseAfterTermination => "permission: use after termination",
            PolarityTopic.ReverseEngineering => "permission: reverse engineering",
            _ => "permission: modification or derivatives",
        };

    public static string Restricts(PolarityTopic topic, bool japanese) => japanese
        ? topic switch
        {
            PolarityTopic.Export => "制限: 相手方の輸出・地域外への持出しを制限している（露出ではない）",
            PolarityTopic.ReverseEngineering => "制限: 相手方のリバースエンジニアリング・解析を禁止している（露出ではない）",
            _ => "制限: 相手方の改変を禁止している（露出ではない）",
        }
        : topic switch
        {
            PolarityTopic.Export => "restriction on the counterparty: export or sale outside the territory is limited (not an exposure)",
            PolarityTopic.ReverseEngineering => "restriction on the counterparty: no reverse engineering (not an exposure)",
            _ => "restriction on the counterparty: no modification (not an exposure)",
        };

    public static bool SpeaksOfExport(string text) => ExportWord().IsMatch(text);

    public static bool OtherEndUse(string text) => OtherEndUseWord().IsMatch(text);

    public static bool OtherImprovement(string text) => OtherImprovementWord().IsMatch(text);

    [GeneratedRegex(@"\b(?:re-?)?export|輸出", RegexOptions.IgnoreCase)]
    private static partial Regex ExportWord();

    // End use is more than export: military use, unknown end users, destinations named later.
    [GeneratedRegex(@"\bmilitar\w*|\bdefen[cs]e\b|\bweapon\w*|\barmed forces\b|\bend[- ]users?\b|\bfinal destination|\bnotified (?:at )?a later|軍事|兵器|防衛|最終需要者|最終使用者|最終仕向|追って", RegexOptions.IgnoreCase)]
    private static partial Regex OtherEndUseWord();

    // Improvements are more than modification: who owns them, grant-backs, duties to disclose them.
    [GeneratedRegex(@"\b(?:improve\w*|derivative\w*|modifications?)\b[^.;]*\b(?:belong\w*|own\w*|vest\w*|assign\w*|disclose\w*|notify|licen[cs]e\w*)|\bgrant[- ]?back|(?:改良|派生|改変)[^。]*(?:帰属|通知|開示|実施許諾|譲渡)|グラントバック", RegexOptions.IgnoreCase)]
    private static partial Regex OtherImprovementWord();
}
