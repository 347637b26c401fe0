using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Pipeline.Tests.Scanning;

/// <summary>
/// A template with commentary, scanned end to end with the real extractor, segmenter and scorer; the
/// classifier labels by keyword so the test knows what each clause would score.
/// </summary>
public sealed class CommentaryScanTests
{
    private const string JapaneseTemplate = """
        共同研究開発契約書

        第1条（秘密保持）
        甲および乙は、相手方の秘密情報を第三者に開示してはならない。

        ＜解説＞
        輸出管理条項の例：甲および乙は、外国為替及び外国貿易法を遵守する。
        支配権が変動した場合に解除できる条項を置く例もある。

        第2条（成果）
        本研究の成果は甲に帰属する。
        """;

    private const string EnglishTemplate = """
        RESEARCH COLLABORATION AGREEMENT

        ARTICLE 1 CONFIDENTIALITY
        1.1 Each party shall keep the other party's confidential information secret.

        Drafting note: an export control clause such as "each party shall comply with export control laws" is often added here.

        ARTICLE 2 RESULTS
        2.1 Results shall belong to the Sponsor.
        """;

    [Theory]
    [InlineData(JapaneseTemplate)]
    [InlineData(EnglishTemplate)]
    public async Task Scan_CommentaryInATemplate_YieldsNoFindingsCreditsNoSafeguardAndIsCounted(string template)
    {
        var scanner = NewScanner();

        var report = await scanner.ScanAsync(new ScanRequest("template.txt", Encoding.UTF8.GetBytes(template)));

        Assert.Equal(DocumentType.JointResearch, report.DocumentType);
        Assert.True(report.SkippedCommentary >= 1, $"skipped {report.SkippedCommentary}");
        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.Clause && f.Label is "export-compliance" or "change-of-control");
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.MissingSafeguard && f.Label == "export-compliance");
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Clause && f.Label == "confidentiality");
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Clause && f.Label == "ip-ownership");
    }

    private static DocumentScanner NewScanner()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IClauseClassifier, KeywordClassifier>();
        services.AddIntakePipeline();
        return services.BuildServiceProvider().GetRequiredService<DocumentScanner>();
    }

    private sealed class KeywordClassifier : IClauseClassifier
    {
        private static readonly (string Label, string[] Words)[] s_words =
        [
            ("confidentiality", ["秘密情報", "confidential information"]),
            ("export-compliance", ["外国為替", "export control"]),
            ("change-of-control", ["支配権"]),
            ("ip-ownership", ["帰属", "belong"]),
        ];

        public string? ModelVersion => "keywords";

        public IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses) =>
            [.. clauses.Select(c => new ClauseClassification([.. s_words
                .Where(w => w.Words.Any(word => c.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
                .Select(w => new LabelPrediction(w.Label, 0.9f, [w.Words[0]]))]))];
    }
}
