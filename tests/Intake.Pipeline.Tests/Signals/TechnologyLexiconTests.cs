using Intake.Pipeline.Signals.Technologies;

namespace Intake.Pipeline.Tests.Signals;

public sealed class TechnologyLexiconTests
{
    private static readonly TechnologyLexicon Lexicon = TechnologyLexicon.Embedded;

    [Fact]
    public void Embedded_HasTheFifteenDesignatedTechnologies_TheLastFiveFrom20250609()
    {
        var designated = Lexicon.Entries.Where(e => e.List == "fefta-prior-report").OrderBy(e => e.Number).ToList();

        Assert.Equal(Enumerable.Range(1, 15), designated.Select(e => e.Number));
        Assert.All(designated.Take(10), e => Assert.Null(e.AppliesFrom));
        Assert.All(designated.Skip(10), e => Assert.Equal("2025-06-09", e.AppliesFrom));
        Assert.Equal(["magnetic-sensor", "titanium-sponge", "electrode-binder", "solid-electrolyte", "separator-manufacturing-equipment"], designated.Skip(10).Select(e => e.Id));
        Assert.All(designated, e => Assert.Equal(["technology"], e.Senses));
    }

    [Fact]
    public void Embedded_ExportControlItems_ApplyFrom20240908WithTheirProvisions()
    {
        var items = Lexicon.Entries.Where(e => e.List == "export-control-2024").ToList();

        Assert.Equal(["cryogenic-cmos", "sem-ic-imaging", "quantum-computer", "gdsii-program", "gaafet"], items.Select(e => e.Id));
        Assert.All(items, e => Assert.Equal("2024-09-08", e.AppliesFrom));
        Assert.All(items, e => Assert.NotNull(e.Provisions));
        Assert.Equal("貨物等省令 第19条第3項第8号", items.Single(e => e.Id == "gaafet").Provisions!.Technology);
    }

    [Fact]
    public void Embedded_EveryEntryCitesIssuerTitleAndSection_AndSaysWhatTheListObligesInBothLanguages()
    {
        Assert.All(Lexicon.Entries, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.False(string.IsNullOrWhiteSpace(e.Obligation.Ja));
            Assert.False(string.IsNullOrWhiteSpace(e.Obligation.En));
        });
        Assert.Equal(["fefta-prior-report", "export-control-2024", "common-high-priority", "emerging"], Lexicon.Lists.Select(l => l.Id));
    }

    [Fact]
    public void Parse_AnotherSchemaVersion_IsRejected()
    {
        var exception = Assert.Throws<InvalidDataException>(() => TechnologyLexicon.Parse("""{"schemaVersion":2,"version":"x","lists":[],"entries":[]}"""));

        Assert.Contains("schema version 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnEntryOfAnUnknownList_IsRejected()
    {
        const string json = """
            {"schemaVersion":1,"version":"x","lists":[],"entries":[{"id":"a","list":"nowhere","number":1,"name":{"ja":"a","en":"a"},
            "terms":{"ja":["a"],"en":[]},"abbreviations":[],"exclusions":[],"senses":["technology"],"obligation":{"ja":"a","en":"a"},
            "appliesFrom":"2025-01-01","sources":[{"issuer":"i","title":"t","section":"s"}]}]}
            """;

        var exception = Assert.Throws<InvalidDataException>(() => TechnologyLexicon.Parse(json));

        Assert.Contains("unknown list 'nowhere'", exception.Message, StringComparison.Ordinal);
    }
}
