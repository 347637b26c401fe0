using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private const string Mixed =
        "The Licensee shall keep the results confidential. Acme Inc. Europe may audit the records once a year. " +
        "(a) The Licensor may terminate on notice! 2. Each party bears its own costs. 甲は乙に通知する。乙は甲に回答する。";

    [Theory]
    [InlineData("The first sentence is here. A second sentence follows here.", 2)]
    [InlineData("甲は乙に通知する。乙は甲に回答する。", 2)]
    [InlineData("Section 4.2. The Licensee shall comply with all laws.", 1)]
    [InlineData("One sentence without a stop", 1)]
    public void Split_Text_CutsAtSentenceEnds(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Split_AfterAbbreviation_StillCutsAsTheShippedModelWasTrained()
    {
        var pieces = SentenceSplitter.Split("The Supplier is Acme Holdings Inc. Europe is where the Supplier delivers the goods.");

        Assert.Equal(2, pieces.Count);
    }

    [Fact]
    public void Group_AfterAbbreviation_NeverEndsAGroup()
    {
        var text = "The Supplier is Acme Holdings Inc. Europe is where the Supplier delivers the goods.";

        var groups = SentenceSplitter.Group(text, 0, text.Length, targetLength: 1).ToList();

        Assert.Equal([(0, text.Length)], groups);
    }

    [Fact]
    public void SplitAndGroup_SameText_CutAtTheSameSentenceEnds()
    {
        var ends = SentenceSplitter.Ends(Mixed, 0, Mixed.Length).Append(Mixed.Length).ToHashSet();

        var splitEnds = SentenceSplitter.Split(Mixed).Select(p => p.Start + p.Length).ToList();
        var groupEnds = SentenceSplitter.Group(Mixed, 0, Mixed.Length, targetLength: 1).Select(g => g.Start + g.Length).ToList();

        Assert.All(splitEnds, e => Assert.Contains(e, ends));
        Assert.All(groupEnds, e => Assert.Contains(e, ends));
        Assert.True(groupEnds.Count >= 6, string.Join(",", groupEnds));
    }

    [Fact]
    public void Group_TargetLength_PacksNeighboursWithoutLosingText()
    {
        var groups = SentenceSplitter.Group(Mixed, 0, Mixed.Length, targetLength: 120).ToList();

        Assert.True(groups.Count > 1);
        Assert.Equal(Mixed, string.Concat(groups.Select(g => Mixed.Substring(g.Start, g.Length))));
    }
}
