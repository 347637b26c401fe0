using Intake.Pipeline.Classification.Features;
using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Evidence;

namespace Intake.Pipeline.Tests.Evidence;

public sealed class EvidenceFinderTests
{
    // A push on the n-gram `ngram` of the normalised text, as the model reports it.
    private static TermContribution Push(string text, string ngram, float weight, bool heading = false)
    {
        var normalized = ClauseFeaturizer.Normalize(text);
        var start = normalized.IndexOf(ngram, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{ngram}' is not in the normalised text");
        return new TermContribution(start, ngram.Length, heading, weight);
    }

    private static EvidencePick Pick(string text, params TermContribution[] pushes) =>
        EvidenceFinder.Pick(text, null, new LabelContributions(0, text.Length, pushes), 3);

    [Fact]
    public void Pick_CutKanjiNgram_IsWidenedToTheWholeCompound()
    {
        const string text = "本研究の成果に係る知的財産権は、乙に帰属するものとする。";

        var pick = Pick(text, Push(text, "的財産", 1f), Push(text, "帰属す", 0.5f));

        Assert.Equal(["知的財産権", "帰属する"], pick.Terms.Select(t => t.Text));
        Assert.All(pick.Terms, t => Assert.Equal(t.Text, text.Substring(t.Offset, t.Length)));
    }

    [Fact]
    public void Pick_KatakanaAndKanjiWords_JoinIntoOnePhraseWithoutParticles()
    {
        const string text = "乙は、甲に対しソースコードを開示し、技術指導を行う。";

        var pick = Pick(text, Push(text, "ースコ", 1f), Push(text, "術指", 0.8f), Push(text, "に対し", 0.3f));

        Assert.Equal(["ソースコード", "技術指導"], pick.Terms.Select(t => t.Text));
    }

    [Fact]
    public void Pick_EnglishPrefixOrBigram_IsWholeWords()
    {
        const string text = "The Licensee may sublicense the Licensed Technology to its Affiliates.";

        var pick = Pick(text, Push(text, "sublic", 1f), Push(text, "licensed technology", 0.7f), Push(text, "the", 0.9f));

        Assert.Equal(["sublicense", "Licensed Technology"], pick.Terms.Select(t => t.Text));
        Assert.All(pick.Terms, t => Assert.Equal(t.Text, text.Substring(t.Offset, t.Length)));
    }

    [Fact]
    public void Pick_TextThatNormalisesToAnotherLength_StillIndexesTheOriginal()
    {
        // 「㈱」 becomes 「(株)」 in the featuriser's text: positions after it shift by two.
        const string text = "㈱テックは、ソースコードを開示する。";

        var pick = Pick(text, Push(text, "ソースコ", 1f));

        var term = Assert.Single(pick.Terms);
        Assert.Equal("ソースコード", term.Text);
        Assert.Equal(text.IndexOf("ソースコード", StringComparison.Ordinal), term.Offset);
    }

    [Fact]
    public void Pick_WindowInsideTheClause_GivesOffsetsIntoTheWholeClause()
    {
        const string clause = "Article 5. Each party keeps its own data. Partner shall have remote access to the Project servers.";
        var windowStart = clause.IndexOf("Partner", StringComparison.Ordinal);
        var window = clause[windowStart..];

        var pick = EvidenceFinder.Pick(clause, null, new LabelContributions(windowStart, window.Length, [Push(window, "remote access", 1f)]), 3);

        var term = Assert.Single(pick.Terms);
        Assert.Equal("remote access", term.Text);
        Assert.Equal(clause.IndexOf("remote access", StringComparison.Ordinal), term.Offset);
    }

    [Fact]
    public void Pick_HeadingPushes_AreReportedAsHeadingWords()
    {
        const string heading = "第5条（知的財産権の帰属）";
        const string text = "成果は乙に帰属する。";

        var pick = EvidenceFinder.Pick(text, heading, new LabelContributions(0, text.Length, [Push(heading, "財産権", 1f, heading: true), Push(heading, "条", 2f, heading: true)]), 3);

        Assert.Empty(pick.Terms);
        Assert.Equal(["知的財産権"], pick.HeadingTerms);
    }

    [Fact]
    public void Pick_BigramStrongerTogether_ReplacesItsOwnWord()
    {
        const string text = "Inventions made by both parties shall be jointly owned.";

        var pick = Pick(text, Push(text, "jointly", 1f), Push(text, "jointly owned", 0.6f), Push(text, "inventions", 0.5f));

        Assert.Equal(["jointly owned", "Inventions"], pick.Terms.Select(t => t.Text));
    }

    [Fact]
    public void Pick_HyphenatedWord_StaysWhole()
    {
        const string text = "Licensor shall disclose its Know-How to Licensee.";

        var pick = Pick(text, Push(text, "how", 1f));

        Assert.Equal("Know-How", Assert.Single(pick.Terms).Text);
    }
}
