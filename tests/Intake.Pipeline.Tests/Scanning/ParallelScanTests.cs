using Intake.Pipeline.Reporting;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Pipeline.Tests.Scanning;

/// <summary>
/// The same folder gives byte-identical JSON however many scans run at once: nothing a document's
/// result depends on is shared between documents read in parallel (PdfPig's system-font index
/// included, see SystemFontIndex).
/// </summary>
public sealed class ParallelScanTests : IDisposable
{
    private const int ConcurrentScans = 8;

    private readonly string _folder = Directory.CreateTempSubdirectory("intake-parallel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Scan_OneFolderManyTimesAtOnce_GivesByteIdenticalJson()
    {
        WriteFolder();
        await using var provider = Pipeline();
        var scanner = provider.GetRequiredService<DocumentScanner>();

        // The first scans start together, while PdfPig still learns the machine's fonts.
        var reports = await Task.WhenAll(Enumerable.Range(0, ConcurrentScans).Select(_ => Task.Run(() => ScanFolderAsync(scanner))));
        var again = await ScanFolderAsync(scanner);

        Assert.Contains("\"status\": \"Completed\"", again, StringComparison.Ordinal);
        Assert.All(reports, report => Assert.Equal(again, report));
    }

    private async Task<string> ScanFolderAsync(DocumentScanner scanner)
    {
        // Files in parallel within one scan too, as `intake scan` reads them.
        var files = Directory.GetFiles(_folder).Order(StringComparer.Ordinal).ToArray();
        var documents = new DocumentReport[files.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            documents[i] = await scanner.ScanAsync(new ScanRequest(Path.GetFileName(files[i]), await File.ReadAllBytesAsync(files[i], ct)), ct));
        return ReportJson.Serialize(new ScanReport(documents));
    }

    private void WriteFolder()
    {
        string[] english =
        [
            "Article 1 Confidentiality",
            "1.1 The Recipient shall keep the technical information of the Discloser confidential and use it only for the joint evaluation of the coating process.",
            "1.2 On request the Recipient shall return or destroy every copy, including notes, samples and derived data.",
            "Article 2 Results",
            "2.1 Inventions made by the staff of one party belong to that party; joint inventions are owned in equal shares.",
        ];
        var pages = Enumerable.Range(0, 4).Select(_ => (IReadOnlyList<string>)english).ToList();
        FixtureFiles.Write(_folder, "a-several-pages.pdf", FixtureFiles.EnglishPdf(pages, runningHeader: "Northwind and Contoso draft", pageNumbers: true));
        for (var i = 0; i < FixtureFiles.InstalledFontNames.Count; i += 2)
        {
            FixtureFiles.Write(_folder, $"b-fonts-{i}.pdf", FixtureFiles.PdfNamingSystemFonts([.. FixtureFiles.InstalledFontNames.Skip(i).Take(2), .. FixtureFiles.InstalledFontNames.Take(2)], english));
        }

        FixtureFiles.Write(_folder, "c-japanese.pdf", FixtureFiles.JapanesePdf(["第1条（秘密保持）", "受領者は、開示者の技術情報を秘密として保持し、共同評価の目的にのみ使用する。", "第2条（成果）", "共同で生じた発明は、両者の共有とする。"]));
        FixtureFiles.Write(_folder, "d-english.docx", FixtureFiles.EnglishContractDocx());
        FixtureFiles.Write(_folder, "e-japanese.docx", FixtureFiles.JapaneseContractDocx());
        FixtureFiles.Write(_folder, "f-english.txt", FixtureFiles.Utf8(string.Join("\n\n", english)));
        FixtureFiles.Write(_folder, "g-japanese.txt", FixtureFiles.ShiftJis("第1条（目的）\n本契約は、共同研究の条件を定める。\n\n第2条（知的財産）\n共同発明は、甲乙の共有とする。\n"));
    }

    private static ServiceProvider Pipeline()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging();
        services.AddIntakePipeline();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
