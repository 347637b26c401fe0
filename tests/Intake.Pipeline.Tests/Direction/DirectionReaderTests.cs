using Intake.Pipeline.Direction;

namespace Intake.Pipeline.Tests.Direction;

public sealed class DirectionReaderTests
{
    private const string JapanesePreamble = "株式会社アルファ（以下「甲」という。）と株式会社ベータ（以下「乙」という。）は、次のとおり契約を締結する。";
    private const string EnglishPreamble = "This Agreement is made between Alpha Inc. (\"Licensor\") and Beta Ltd. (\"Licensee\").";

    private static Favours Read(string preamble, string hint, string label, string clause)
    {
        var parties = PartyDirectory.Build(preamble + "\n" + clause);
        return new DirectionReader(parties, parties.Resolve(hint)).Read(label, clause).Favours;
    }

    [Theory]
    [InlineData("乙", "ip-ownership", "本研究の成果に係る知的財産権は、乙に帰属する。", Favours.Us)]
    [InlineData("甲", "ip-ownership", "本研究の成果に係る知的財産権は、乙に帰属する。", Favours.Counterparty)]
    [InlineData("乙", "license-grant", "甲は、乙に対し、本技術を実施する権利を許諾する。", Favours.Us)]
    [InlineData("甲", "license-grant", "甲は、乙に対し、本技術を実施する権利を許諾する。", Favours.Counterparty)]
    [InlineData("甲", "know-how-transfer", "甲は、乙の従業員に技術指導を行う。", Favours.Counterparty)]
    [InlineData("乙", "data-access", "乙は、甲の工場に立ち入ることができる。", Favours.Us)]
    [InlineData("甲", "ip-ownership", "本成果に係る特許権は、甲乙の共有とする。", Favours.Both)]
    [InlineData("株式会社ベータ", "ip-ownership", "本研究の成果に係る知的財産権は、乙に帰属する。", Favours.Us)]
    [InlineData("アルファ", "ip-ownership", "本研究の成果に係る知的財産権は、乙に帰属する。", Favours.Counterparty)]
    public void Read_JapaneseClauses_FindWhoReceives(string hint, string label, string clause, Favours expected) =>
        Assert.Equal(expected, Read(JapanesePreamble, hint, label, clause));

    [Theory]
    [InlineData("Licensee", "license-grant", "Licensor hereby grants to Licensee a perpetual licence to the Technology.", Favours.Us)]
    [InlineData("Licensor", "license-grant", "Licensor hereby grants to Licensee a perpetual licence to the Technology.", Favours.Counterparty)]
    [InlineData("Licensor", "improvements", "All Improvements shall be the sole property of Licensee.", Favours.Counterparty)]
    [InlineData("Licensee", "improvements", "All Improvements shall be the sole property of Licensee.", Favours.Us)]
    [InlineData("Licensor", "know-how-transfer", "Licensor shall provide technical assistance and train the engineers.", Favours.Counterparty)]
    [InlineData("Licensee", "know-how-transfer", "Licensor shall provide technical assistance and train the engineers.", Favours.Us)]
    [InlineData("Beta", "end-use", "Licensee may re-export the Products to any country.", Favours.Us)]
    [InlineData("Alpha", "end-use", "Licensee may re-export the Products to any country.", Favours.Counterparty)]
    [InlineData("Licensor", "ip-ownership", "Inventions made jointly shall be jointly owned.", Favours.Both)]
    [InlineData("Licensor", "data-access", "The servers may be accessed remotely.", Favours.Unknown)]
    public void Read_EnglishClauses_FindWhoReceives(string hint, string label, string clause, Favours expected) =>
        Assert.Equal(expected, Read(EnglishPreamble, hint, label, clause));

    [Fact]
    public void Resolve_NameFromThePreamble_GivesItsDefinedRole()
    {
        var parties = PartyDirectory.Build(EnglishPreamble);

        Assert.Equal(["Licensee"], parties.Resolve("Beta Ltd."));
        Assert.Equal(["Licensor"], parties.Resolve("licensor"));
        Assert.Empty(parties.Resolve("Gamma GmbH"));
    }

    [Theory]
    [InlineData("  乙 ", "乙")]
    [InlineData("%E4%B9%99", "乙")]
    [InlineData("", null)]
    [InlineData("bad\u0001value", null)]
    public void FromBlobMetadata_DecodesAndCleansTheHint(string raw, string? expected) =>
        Assert.Equal(expected, OurParty.FromBlobMetadata(raw));
}
