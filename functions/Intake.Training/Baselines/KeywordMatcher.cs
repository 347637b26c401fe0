using System.Text.RegularExpressions;
using Intake.Training.Data;
using Intake.Training.Evaluation;

namespace Intake.Training.Baselines;

/// <summary>
/// Reference point (a): the naive keyword matcher a user could write in an afternoon — a few
/// English and Japanese keywords per label, any hit decides the label. Never used to label
/// documents; the model is measured against it.
/// </summary>
public sealed class KeywordMatcher : IMultiLabelPredictor
{
    private static readonly (string Label, Regex Pattern)[] s_patterns =
    [
        ("ip-ownership", Compile(@"sole property|jointly owned|all right, title and interest|hereby assigns|ownership of (the )?(results|inventions|intellectual property)|に帰属する|共有とする|権利を譲渡")),
        ("improvements", Compile(@"improvements?|derivative works?|grant[- ]?back|改良|派生物|グラントバック")),
        ("license-grant", Compile(@"grants? (to )?\w+ an? [\w ,-]*licen[cs]e|licen[cs]e to use|hereby licen[cs]es|実施権|使用を許諾|利用を許諾|ライセンスを付与")),
        ("know-how-transfer", Compile(@"technical assistance|know-how|source code|escrow|training of|technical information|技術指導|技術資料|ノウハウ|ソースコード|図面")),
        ("data-access", Compile(@"access to (the )?(data|systems?|servers?|facilit\w+|premises)|raw data|data localization|transfer of (personal )?data|データを提供|立ち入|アクセス|データの提供")),
        ("investment-funding", Compile(@"investment|invest|financing|board of directors|equity|出資|投資|融資|取締役")),
        ("personnel", Compile(@"second(ment|ed)?|visiting researchers?|dispatch|recruit|出向|派遣|受け入れ|招へい|兼業")),
        ("foreign-jurisdiction", Compile(@"governed by|governing law|jurisdiction|arbitration|venue|準拠法|管轄|仲裁|裁判所")),
        ("publication-control", Compile(@"publication|publish|公表|発表|論文")),
        ("end-use", Compile(@"military|re-?export|end[- ]user|end[- ]use|軍事|再輸出|最終需要者|用途")),
        ("confidentiality", Compile(@"confidential|non-?disclosure|shall not disclose|reverse engineer|秘密|機密|開示してはならない|漏えい")),
        ("export-compliance", Compile(@"export control|export administration|export laws?|輸出|外国為替|該非判定")),
        ("change-of-control", Compile(@"change (of|in) control|merger|acquisition of|支配権|株主構成|合併")),
        ("non-solicit", Compile(@"solicit|hire any employee|employ any|引き抜|勧誘|雇用してはならない")),
        ("assignment-restriction", Compile(@"may not assign|shall not assign|non-?transferable|without the prior written consent|assign this agreement|譲渡してはならない|譲渡することはできない|承諾なく")),
    ];

    public string Name => "keyword matcher";

    public IReadOnlyList<IReadOnlySet<string>> Decide(IReadOnlyList<LabelledClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        return [.. clauses.Select(c => Decide(c.Text))];
    }

    public static IReadOnlySet<string> Decide(string text)
    {
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, pattern) in s_patterns)
        {
            if (pattern.IsMatch(text))
            {
                decided.Add(label);
            }
        }

        return decided;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
}
