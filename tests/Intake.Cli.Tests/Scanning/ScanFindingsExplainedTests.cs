using System.Text.Json;
using Intake.Cli.Tests.TestSupport;

namespace Intake.Cli.Tests.Scanning;

/// <summary>
/// <c>intake scan</c> with the real pipeline and the shipped model on contracts the test writes, in
/// both languages: every finding carries route, basis, evidence and advice in the document's
/// language, evidence is whole words at the right offsets, and <c>--our-party</c> changes severities and the risk level.
/// </summary>
public sealed class ScanFindingsExplainedTests : IDisposable
{
    private const string Japanese = """
        技術ライセンス契約書

        株式会社アルファ（以下「甲」という。）と株式会社ベータ（以下「乙」という。）は、次のとおり契約を締結する。

        第1条（知的財産権の帰属）
        本契約に基づく改良の成果に係る知的財産権は、乙に帰属するものとする。

        第2条（技術指導）
        甲は、乙に対し、本製品の製造に必要な図面及び製造ノウハウを開示し、乙の技術者に技術指導を行う。

        第3条（実施許諾）
        甲は、乙に対し、本技術を永久に実施する権利を許諾する。乙は、本契約の終了後も本技術を使用することができる。
        """;

    private const string English = """
        TECHNOLOGY LICENSE AGREEMENT

        This Agreement is made between Alpha Inc. ("Licensor") and Beta Ltd. ("Licensee").

        1. Grant. Licensor hereby grants to Licensee a perpetual, irrevocable, worldwide license to use the Licensed Technology, and Licensee may grant sublicenses to third parties.

        2. Technical Assistance. Licensor shall provide technical assistance, deliver all drawings and process conditions, and train Licensee's engineers at Licensor's plant.

        3. Improvements. All improvements to the Licensed Technology made by Licensee shall be the sole property of Licensee.
        """;

    private static readonly HashSet<string> s_routes = ["procurement", "investment", "talent", "joint-venture-offshore", "joint-research", "personnel-exchange", "espionage", "cyber-data", "export-control", "fefta-prior-report"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static bool IsJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u3040';

    private static readonly string[] s_kanjiConjunctions = ["及び", "並びに", "又は", "若しくは", "乃至"];

    private static bool IsCompoundChar(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u30A0' and <= '\u30FF');

    private async Task<JsonElement> ScanAsync(string name, string text, params string[] options)
    {
        var path = _folder.Write(name, text);
        var result = await CliRun.RunAsync(["scan", path, "--format", "json", .. options]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("documents")[0].Clone();
    }

    [Theory]
    [InlineData("licence-ja.txt", "ja")]
    [InlineData("licence-en.txt", "en")]
    public async Task Scan_Json_EveryFindingHasRouteBasisEvidenceAndAdviceInTheDocumentsLanguage(string name, string language)
    {
        var text = language == "ja" ? Japanese : English;

        var document = await ScanAsync(name, text);

        Assert.Equal(language, document.GetProperty("language").GetString());
        var findings = document.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "Clause");
        foreach (var finding in findings)
        {
            var label = finding.GetProperty("label").GetString();
            Assert.Contains(finding.GetProperty("route").GetString()!, s_routes);
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("routeName").GetProperty(language).GetString()), label);
            var basis = finding.GetProperty("basis").EnumerateArray().ToList();
            Assert.NotEmpty(basis);
            Assert.All(basis, b => Assert.True(b.GetProperty("kind").GetString() is "Guidance" or "Practice"));
            var advice = finding.GetProperty("advice");
            Assert.True(IsJapanese(advice.GetProperty("ja").GetString()!), label);
            Assert.False(string.IsNullOrEmpty(advice.GetProperty("en").GetString()), label);
            Assert.Equal(advice.GetProperty(language).GetString(), finding.GetProperty("recommendation").GetString());
            Assert.Equal(language == "ja", IsJapanese(finding.GetProperty("recommendation").GetString()!));
            var why = finding.GetProperty("evidence").GetProperty("why");
            Assert.Equal(language == "ja", IsJapanese(why.GetProperty(language).GetString()!));
        }
    }

    [Theory]
    [InlineData("licence-ja.txt", "ja")]
    [InlineData("licence-en.txt", "en")]
    public async Task Scan_Json_EvidenceIsWholeWordsAtTheirOffsetsInTheClauseAndTheDocument(string name, string language)
    {
        var text = (language == "ja" ? Japanese : English).ReplaceLineEndings("\n");

        var document = await ScanAsync(name, text);

        var clauseFindings = document.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "Clause").ToList();
        Assert.NotEmpty(clauseFindings);
        foreach (var finding in clauseFindings)
        {
            var clause = finding.GetProperty("text").GetString()!;
            var clauseOffset = finding.GetProperty("offset").GetInt32();
            var terms = finding.GetProperty("evidence").GetProperty("terms").EnumerateArray().ToList();
            Assert.NotEmpty(terms);
            foreach (var term in terms)
            {
                var word = term.GetProperty("text").GetString()!;
                var offset = term.GetProperty("offset").GetInt32();
                var length = term.GetProperty("length").GetInt32();
                Assert.Equal(word, clause.Substring(offset, length));
                Assert.Equal(clauseOffset + offset, term.GetProperty("documentOffset").GetInt32());
                Assert.Equal(word, text.Substring(clauseOffset + offset, length));
                Assert.Contains(word, finding.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()));

                // Never a cut word: the characters around a term do not continue it.
                var before = offset > 0 ? clause[offset - 1] : ' ';
                var after = offset + length < clause.Length ? clause[offset + length] : ' ';
                if (IsWordChar(word[0]))
                {
                    Assert.False(IsWordChar(before), $"'{word}' starts inside a word");
                }

                if (IsWordChar(word[^1]))
                {
                    Assert.False(IsWordChar(after), $"'{word}' ends inside a word");
                }

                if (IsCompoundChar(word[0]))
                {
                    Assert.False(IsCompoundChar(before), $"「{word}」 starts inside a compound");
                }

                // A conjunction written in kanji (「図面及び製造ノウハウ」) starts a new word, not more of the compound.
                if (IsCompoundChar(word[^1]) && !s_kanjiConjunctions.Any(c => clause.AsSpan(offset + length).StartsWith(c, StringComparison.Ordinal)))
                {
                    Assert.False(IsCompoundChar(after), $"「{word}」 ends inside a compound");
                }
            }
        }
    }

    [Fact]
    public async Task Scan_Json_ChoosesAdviceForPerpetualSublicensableAndAfterTerminationGrants()
    {
        var japanese = await ScanAsync("licence-ja.txt", Japanese);
        var english = await ScanAsync("licence-en.txt", English);

        var variants = japanese.GetProperty("findings").EnumerateArray().Concat(english.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("label").GetString() == "license-grant")
            .Select(f => f.GetProperty("adviceVariant").GetString())
            .ToList();
        Assert.Contains("sublicensable-grant", variants);
        Assert.Contains(variants, v => v is "perpetual-grant" or "use-after-termination");
    }

    [Fact]
    public async Task Scan_OurParty_ChangesSeveritiesAndTheRiskLevel()
    {
        var without = await ScanAsync("licence-ja.txt", Japanese);
        var licensee = await ScanAsync("licence-ja.txt", Japanese, "--our-party", "乙");
        var licensor = await ScanAsync("licence-ja.txt", Japanese, "--our-party", "株式会社アルファ");

        Assert.False(without.GetProperty("direction").GetProperty("considered").GetBoolean());
        Assert.Contains("考慮していない", without.GetProperty("direction").GetProperty("note").GetProperty("ja").GetString(), StringComparison.Ordinal);
        Assert.True(licensee.GetProperty("direction").GetProperty("considered").GetBoolean());
        Assert.Equal(["甲"], licensor.GetProperty("direction").GetProperty("ourRoles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal("High", without.GetProperty("riskLevel").GetString());
        Assert.Equal("High", licensor.GetProperty("riskLevel").GetString());
        Assert.NotEqual("High", licensee.GetProperty("riskLevel").GetString());
        var favoured = licensee.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("direction").ValueKind == JsonValueKind.Object && f.GetProperty("direction").GetProperty("favours").GetString() == "Us")
            .ToList();
        Assert.NotEmpty(favoured);
        Assert.All(favoured, f => Assert.Equal("Info", f.GetProperty("severity").GetString()));
    }

    [Theory]
    [InlineData("licence-ja.txt", "経路：|ガイダンス：|推奨対応：|重大度|経済産業省|考慮していない", "Route: ")]
    [InlineData("licence-en.txt", "Route: |Guidance: |Recommendation: |Severity", "経路：")]
    public async Task Scan_Table_ShowsRouteBasisAndAdviceInTheDocumentsLanguage(string file, string expected, string otherLanguage)
    {
        var path = _folder.Write(file, file.EndsWith("-ja.txt", StringComparison.Ordinal) ? Japanese : English);

        var result = await CliRun.RunAsync("scan", path, "--format", "table");

        Assert.Equal(0, result.ExitCode);
        Assert.All(expected.Split('|'), words => Assert.Contains(words, result.Output, StringComparison.Ordinal));
        Assert.DoesNotContain(otherLanguage, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Html_ShowsRouteBasisAndAdvice()
    {
        var path = _folder.Write("licence-en.txt", English);

        var result = await CliRun.RunAsync("scan", path, "--format", "html", "--our-party", "Licensor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Route: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Guidance: METI", result.Output, StringComparison.Ordinal);
        Assert.Contains("Recommendation: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Direction: ", result.Output, StringComparison.Ordinal);
    }
}
