using Intake.Training.Data;

namespace Intake.Training.Tests.Data;

public sealed class CorpusTwinsTests
{
    [Fact]
    public void Join_TranslationAndItsOriginalInTwoFiles_LandOnOneSideOfEverySplit()
    {
        // Forty unrelated Japanese lines (random words, so each is a family of its own) and an English line
        // naming each as its original, read from two files as training reads them.
        string[] nouns = ["試料", "装置", "図面", "台帳", "検査", "報告", "価格", "納期", "倉庫", "運送", "品質", "保険", "会議", "書式", "部品", "工程", "予算", "設備", "記録", "番号"];
        string[] words = ["sample", "device", "drawing", "ledger", "inspection", "report", "price", "delivery", "warehouse", "carrier", "quality", "insurance", "meeting", "form", "part", "process", "budget", "plant", "record", "number"];
        var japanese = Enumerable.Range(0, 40).Select(i =>
        {
            var random = new Random(i);
            return $$"""{"text":"{{string.Concat(Enumerable.Range(0, 8).Select(_ => nouns[random.Next(nouns.Length)] + "の"))}}件。","labels":["none"],"lang":"ja"}""";
        });
        var japaneseRead = CorpusReader.Read(new StringReader(string.Join('\n', japanese)), "ja.jsonl");
        var english = japaneseRead.Clauses.Select((c, i) =>
        {
            var random = new Random(1000 + i);
            return $$"""{"text":"{{string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]))}}.","labels":["none"],"lang":"en","twin":"{{CorpusTwins.KeyOf(c.Text)}}"}""";
        });
        var englishRead = CorpusReader.Read(new StringReader(string.Join('\n', english)), "en-from-ja.jsonl");

        var joined = CorpusTwins.Join([.. japaneseRead.Clauses, .. englishRead.Clauses]);
        var (kept, held) = GroupSplit.Split(joined.Clauses, 0.25, seed: 7);

        Assert.Empty(joined.Problems);
        Assert.NotEmpty(held);
        Assert.NotEmpty(kept);
        var heldKeys = held.Select(c => CorpusTwins.KeyOf(c.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.All(joined.Clauses.Where(c => c.TwinOf is not null), c => Assert.Equal(heldKeys.Contains(c.TwinOf!), held.Contains(c)));
        var groupOfKey = joined.Clauses.Where(c => c.Language == "ja").ToDictionary(c => CorpusTwins.KeyOf(c.Text), c => c.Group, StringComparer.Ordinal);
        Assert.All(joined.Clauses.Where(c => c.Language == "en"), c => Assert.Equal(groupOfKey[c.TwinOf!], c.Group));
    }

    [Fact]
    public void Join_TwinWhoseOriginalIsMissing_IsReportedAndKeepsItsGroup()
    {
        var read = CorpusReader.Read(new StringReader("""{"text":"Party A shall keep the records.","labels":["none"],"lang":"en","twin":"0123456789abcdef"}"""), "en-from-ja.jsonl");

        var joined = CorpusTwins.Join(read.Clauses);

        Assert.Contains(joined.Problems, p => p.Contains("0123456789abcdef", StringComparison.Ordinal));
        Assert.Equal(read.Clauses[0].Group, joined.Clauses[0].Group);
    }

    [Fact]
    public void KeyOf_IsSixteenHexDigitsAndDependsOnlyOnTheText()
    {
        Assert.Equal(CorpusTwins.KeyOf("甲は乙に通知する。"), CorpusTwins.KeyOf("甲は乙に通知する。"));
        Assert.NotEqual(CorpusTwins.KeyOf("甲は乙に通知する。"), CorpusTwins.KeyOf("乙は甲に通知する。"));
        Assert.Matches("^[0-9a-f]{16}$", CorpusTwins.KeyOf("甲は乙に通知する。"));
    }
}
