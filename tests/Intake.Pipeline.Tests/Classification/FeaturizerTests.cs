using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Tests.Classification;

public sealed class FeaturizerTests
{
    private readonly ClauseFeaturizer _featurizer = new(18);

    [Fact]
    public void Featurize_FullWidthAndHalfWidth_GiveTheSameVector()
    {
        var half = _featurizer.Featurize("Section 12 ABC 準拠法", null);
        var full = _featurizer.Featurize("Ｓｅｃｔｉｏｎ　１２　ＡＢＣ　準拠法", null);

        Assert.Equal(half.Indices, full.Indices);
        Assert.Equal(half.Values, full.Values);
    }

    [Fact]
    public void Featurize_AnyText_IsUnitLengthWithSortedDistinctIndices()
    {
        var vector = _featurizer.Featurize("The Licensee shall not assign the licence. 乙は譲渡してはならない。", "Assignment");

        Assert.Equal(1.0, Math.Sqrt(vector.Values.Sum(v => (double)v * v)), 4);
        Assert.True(vector.Indices.Zip(vector.Indices.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void Terms_JapaneseTextWithTheCharacterRecipe_GivesCharacterOneToThreeGramsOnly()
    {
        var terms = new ClauseFeaturizer(18, ClauseFeaturizer.CharacterRecipe).Terms("準拠法", null).Select(t => t.Term).ToList();

        Assert.Equal(["準", "準拠", "準拠法", "拠", "拠法", "法"], terms);
    }

    [Fact]
    public void Terms_JapaneseTextWithTheWordRecipe_AddsDictionaryWordsLongerThanThreeCharacters()
    {
        var text = "乙は、本件特許について通常実施権が設定されていることを確認する。";

        var words = _featurizer.Terms(text, null).Select(t => t.Term).ToList();
        var characters = new ClauseFeaturizer(18, ClauseFeaturizer.CharacterRecipe).Terms(text, null).Select(t => t.Term).ToList();

        // Character n-grams stop at three characters; the dictionary words and their pairs go beyond.
        Assert.Contains("本件特許", words);
        Assert.Contains("通常実施", words);
        Assert.DoesNotContain("通常実施", characters);
        Assert.True(characters.All(words.Contains));
    }

    [Fact]
    public void Featurize_WordRecipe_IsTheSameOnEveryThread()
    {
        const string text = "出向者は、出向先の社内システムへのアクセス権を付与される。";
        var expected = _featurizer.Featurize(text, null);

        var vectors = new SparseVector[64];
        Parallel.For(0, vectors.Length, i => vectors[i] = _featurizer.Featurize(text, null));

        Assert.All(vectors, v => Assert.Equal(expected.Indices, v.Indices));
    }

    [Fact]
    public void Constructor_UnknownRecipe_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ClauseFeaturizer(18, "hashed-ngrams-v0"));
    }

    [Fact]
    public void Terms_EnglishText_GivesWordsBigramsAndPrefixes()
    {
        var terms = _featurizer.Terms("Governing law applies", null).Select(t => t.Term).ToList();

        Assert.Contains("governing", terms);
        Assert.Contains("governing law", terms);
        Assert.Contains("govern…", terms);
    }

    [Fact]
    public void Terms_Heading_AreKeptApartFromTheText()
    {
        var terms = _featurizer.Terms("shall apply", "Governing Law");

        Assert.Contains(terms, t => t.Term == "heading: governing law");
        Assert.DoesNotContain(_featurizer.Featurize("shall apply governing law", null).Indices,
            i => i == terms.First(t => t.Term == "heading: governing law").Index && false);
    }

    [Fact]
    public void Featurize_Numbers_AreFoldedSoDurationsShareFeatures()
    {
        var thirty = _featurizer.Featurize("within 30 days", null);
        var sixty = _featurizer.Featurize("within 60 days", null);

        Assert.Equal(thirty.Indices, sixty.Indices);
    }

    [Fact]
    public void Featurize_TermsAndVector_AgreeOnIndices()
    {
        const string text = "Recipient shall return all Confidential Information. 受領者は秘密情報を返還する。";

        var vector = _featurizer.Featurize(text, "Return");
        var termIndices = _featurizer.Terms(text, "Return").Select(t => t.Index).Distinct().Order();

        Assert.Equal(vector.Indices, termIndices);
    }

    [Theory]
    [InlineData("第5条（成果の帰属）本共同研究により生じた発明に係る特許を受ける権利は、甲及び乙の共有とする。ただし、乙が単独で行った改良発明は乙に帰属する。乙は甲の同意なく第三者に実施許諾しない。")]
    [InlineData("第５条（成果の帰属）　本共同研究により生じた発明は、甲に帰属する。乙は、ＡＢＣ社の技術資料を甲に開示する。㈱ＸＹＺは関与しない。")]
    [InlineData("Party A owns the results. 乙は、ソースコードを開示しない。The Licensee may not sublicense. 甲は監査できる！本条は存続する？")]
    public void FeaturizeSentence_AnySentenceOfAClause_EqualsFeaturizingTheSentenceAlone(string clause)
    {
        // Featurising the clause first is what scoring does: the sentence then reuses the clause's word boundaries.
        _ = _featurizer.Featurize(clause, null);

        foreach (var (start, length) in Intake.Pipeline.Segmentation.SentenceSplitter.Split(clause))
        {
            var reused = _featurizer.FeaturizeSentence(clause, start, length, "見出し");
            var alone = _featurizer.Featurize(clause.Substring(start, length), "見出し");

            Assert.Equal(alone.Indices, reused.Indices);
            Assert.Equal(alone.Values, reused.Values);
        }
    }

    [Theory]
    [InlineData("第5条（成果の帰属）本共同研究により生じた発明に係る特許を受ける権利は、甲及び乙の共有とする。ただし、乙が単独で行った改良発明は乙に帰属する！乙は甲の同意なく第三者に実施許諾しない？　以上。")]
    [InlineData("Party A owns the results. 乙は、ソースコードを開示しない。The Licensee may not sublicense! Is the Licensor bound? “Know-How” means data — all of it.\nThe Parties agree to this.")]
    [InlineData("The Licensee shall keep records.  (b) Records are open to audit by the Licensor upon ten days’ notice.")]
    public void SentenceOf_AnySentenceOfAClauseNormalisedInPlace_EqualsWalkingTheSentence(string clause)
    {
        var heading = _featurizer.HeadingSpans("第3条 Licence");
        Assert.True(ClauseFeaturizer.SentencesCutFromClause(clause));
        var whole = _featurizer.FeaturizeWithSpans(clause, heading);

        foreach (var (start, length) in Intake.Pipeline.Segmentation.SentenceSplitter.Split(clause))
        {
            var cut = ClauseFeaturizer.SentenceOf(whole, heading.Length, start, length);
            var walked = _featurizer.FeaturizeSentenceWithSpans(clause, start, length, heading);

            Assert.Equal(walked.Vector.Indices, cut.Vector.Indices);
            Assert.Equal(walked.Vector.Values, cut.Vector.Values);
            Assert.Equal(walked.Spans, cut.Spans);
        }
    }

    [Theory]
    [InlineData("㈱ＡＢＣは、技術資料を開示する。乙はこれを受領する。")]
    [InlineData("ﾗｲｾﾝｽを許諾する。乙は対価を支払う。")]
    [InlineData("The café\u0301 is licensed. The Licensee pays.")]
    public void SentencesCutFromClause_NormalisingMovesCharacters_IsFalse(string clause) =>
        Assert.False(ClauseFeaturizer.SentencesCutFromClause(clause));
}
