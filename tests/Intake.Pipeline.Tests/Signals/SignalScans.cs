using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Signals.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Pipeline.Tests.Signals;

/// <summary>
/// Stands in for the clause model: labels a clause by a few plain words, so the signal tests decide
/// what the "model" said and test only the signals stage's use of it.
/// </summary>
internal sealed class KeywordClauseClassifier : IClauseClassifier
{
    private static readonly (string Label, string[] Words)[] s_rules =
    [
        ("know-how-transfer", ["know-how", "technical assistance", "technical information", "技術指導", "技術情報を開示", "ノウハウ"]),
        ("license-grant", ["hereby grants", "licence to", "license to", "実施を許諾", "実施許諾する"]),
        ("ip-ownership", ["shall be assigned to", "に帰属する"]),
    ];

    public string? ModelVersion => "keyword-test";

    public IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses) =>
        [.. clauses.Select(c => new ClauseClassification(
            [.. s_rules.Where(r => r.Words.Any(w => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(r => new LabelPrediction(r.Label, 0.9f, [r.Words[0]]))]))];
}

/// <summary>Scans text the tests write, through the pipeline as the hosts register it.</summary>
internal static class SignalScans
{
    public static async Task<DocumentReport> ScanAsync(string text, IScreeningListSource? lists = null, string? doctype = null, bool withModel = true)
    {
        var services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        if (withModel)
        {
            services.AddSingleton<IClauseClassifier, KeywordClauseClassifier>();
        }
        else
        {
            services.AddSingleton<IClauseClassifier>(new NoModelClassifier());
        }
        if (lists is not null)
        {
            services.AddSingleton(lists);
        }

        services.AddIntakePipeline();
        await using var provider = services.BuildServiceProvider();
        var scanner = provider.GetRequiredService<DocumentScanner>();
        return await scanner.ScanAsync(new ScanRequest("test.txt", Encoding.UTF8.GetBytes(text), doctype));
    }

    public static IScreeningListSource List(string csv, string source = "lists/test.csv") =>
        new FixedScreeningListSource(new ScreeningListSet([ScreeningListReader.Read(source, Encoding.UTF8.GetBytes(csv))]));
}
