using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Tests.Classification;

public sealed class ClauseConceptsTests
{
    [Fact]
    public void Lexicon_Embedded_ParsesWithEveryConceptInBothLanguages()
    {
        Assert.True(ClauseConcepts.Ids.Count >= 50, $"{ClauseConcepts.Ids.Count} concepts");
        var japaneseConcepts = ClauseConcepts.Japanese.Values.ToHashSet();
        var latinConcepts = ClauseConcepts.Latin.Values.ToHashSet();
        Assert.All(Enumerable.Range(0, ClauseConcepts.Ids.Count), c => Assert.True(japaneseConcepts.Contains(c) && latinConcepts.Contains(c), ClauseConcepts.Ids[c]));
    }

    [Theory]
    [InlineData("The Licensee may sublicense the licensed patents.", "乙は、本件特許について再実施許諾することができる。")]
    [InlineData("Party A shall assign the results to Party B.", "甲は、成果を乙に譲渡する。")]
    [InlineData("Neither party shall solicit the other's employees.", "甲及び乙は、相手方の従業員を勧誘してはならない。")]
    public void Featurize_SameClauseInBothLanguages_SharesConceptFeaturesOnlyWithTheConceptRecipe(string english, string japanese)
    {
        var concepts = new ClauseFeaturizer(18, ClauseFeaturizer.ConceptRecipe);
        var words = new ClauseFeaturizer(18, ClauseFeaturizer.WordRecipe);

        var shared = concepts.Featurize(english, null).Indices.Intersect(concepts.Featurize(japanese, null).Indices).Count();
        var sharedWithout = words.Featurize(english, null).Indices.Intersect(words.Featurize(japanese, null).Indices).Count();

        Assert.True(shared >= 2, $"{shared} shared features");
        Assert.Equal(0, sharedWithout);
    }

    [Fact]
    public void Featurize_LongWord_MatchesItsConceptByItsFirstSixLetters()
    {
        var featurizer = new ClauseFeaturizer(18, ClauseFeaturizer.ConceptRecipe);

        var licensing = featurizer.Terms("licensing", null).Select(t => t.Index).ToHashSet();
        var licence = featurizer.Terms("実施権", null).Select(t => t.Index).ToHashSet();

        Assert.NotEmpty(licensing.Intersect(licence));
    }

    [Theory]
    [InlineData("a\tlicense\t許諾\nb\tlicensed\t譲渡", "already stands for")]
    [InlineData("a\tlicense\t知的財産権", "two or three kana or kanji")]
    [InlineData("a\tLicense\t許諾", "lower-case word")]
    [InlineData("a\tlicense", "expected id")]
    public void Parse_BadLexicon_IsRefusedWithTheLine(string tsv, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ClauseConcepts.Parse(new StringReader(tsv)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
