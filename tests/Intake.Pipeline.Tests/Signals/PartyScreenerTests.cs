using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Tests.Signals;

public sealed class PartyScreenerTests
{
    private static readonly ScreeningListSet Lists = new([new ScreeningList("lists/test.csv",
    [
        new ScreeningEntry("Orion Tech Co., Ltd.", ["Orion Technologies", "オリオン科技有限公司"], "XX", "End User List", "WMD procurement", 2),
        new ScreeningEntry("Kestrel Optronics", [], null, null, null, 3),
        new ScreeningEntry("Tokai Ceramics", [], "YY", "EUL", null, 4),
    ])]);

    private static ScreeningMatch? Screen(string name) => Lists.Screener.Screen(name);

    [Theory]
    [InlineData("Orion Tech Co., Ltd.", SignalBasis.ExactName)]
    [InlineData("ORION TECH COMPANY LIMITED", SignalBasis.ExactName)]
    [InlineData("Orion-Tech Inc.", SignalBasis.ExactName)]
    [InlineData("Orion Technologies, LLC", SignalBasis.Alias)]
    [InlineData("オリオン科技有限公司", SignalBasis.Alias)]
    [InlineData("ｵﾘｵﾝ科技有限公司", SignalBasis.Alias)]
    public void Screen_SameNameAfterFolding_IsAnExactOrAliasMatch(string name, SignalBasis basis)
    {
        var match = Screen(name);

        Assert.NotNull(match);
        Assert.Equal(basis, match.Basis);
        Assert.Equal("Orion Tech Co., Ltd.", match.Entry.Name);
    }

    [Fact]
    public void Screen_CloseVariant_ResemblesTheListedEntity()
    {
        var match = Screen("Kestrel Optronic GmbH");

        Assert.NotNull(match);
        Assert.Equal(SignalBasis.SimilarName, match.Basis);
        Assert.Equal("Kestrel Optronics", match.Entry.Name);
        Assert.InRange(match.Similarity, PartyScreener.VariantThreshold, 0.99);
    }

    [Fact]
    public void Similarity_NearTheThreshold_DecidesBothWays()
    {
        // Two edits in fourteen characters: 1 - 2/14 = 0.857, just above 0.85.
        Assert.Equal(1 - (2.0 / 14), PartyScreener.Similarity("kestreloptroni", "kestraloptrono"), 3);
        Assert.NotNull(Screen("Kestral Optronis"));

        // Two edits in thirteen: 1 - 2/13 = 0.846, just below: Tokyo Ceramics is not Tokai Ceramics.
        Assert.Equal(1 - (2.0 / 13), PartyScreener.Similarity("tokaiceramics", "tokyoceramics"), 3);
        Assert.Null(Screen("Tokyo Ceramics Corp."));
    }

    [Theory]
    [InlineData("Northgate Components Ltd.")]
    [InlineData("Orbit Tech Co., Ltd.")]
    [InlineData("Kestrel Aviation Inc.")]
    [InlineData("ミナト電子株式会社")]
    public void Screen_UnlistedCompanies_DoNotMatch(string name)
    {
        Assert.Null(Screen(name));
    }

    [Theory]
    [InlineData("Orion Inc.")]
    [InlineData("Orion Trading Co., Ltd.")]
    [InlineData("オリオン株式会社")]
    public void Screen_SameDistinctiveNameWithOtherGenericWords_Resembles(string name)
    {
        var match = Screen(name);

        Assert.NotNull(match);
        Assert.Equal(SignalBasis.SimilarName, match.Basis);
        Assert.Equal("Orion Tech Co., Ltd.", match.Entry.Name);
    }

    [Fact]
    public void Screen_CrossScript_OnlyThroughAliases()
    {
        Assert.Null(Screen("ケストレル・オプトロニクス"));
        Assert.NotNull(Screen("オリオン科技有限公司"));
    }

    [Fact]
    public void Screen_TheCountryColumn_ChangesNothing()
    {
        var withCountry = new ScreeningListSet([new ScreeningList("a.csv", [new ScreeningEntry("Kestrel Optronics", [], "XX", null, null, 2)])]);
        var without = new ScreeningListSet([new ScreeningList("b.csv", [new ScreeningEntry("Kestrel Optronics", [], null, null, null, 2)])]);

        foreach (var name in new[] { "Kestrel Optronics", "Kestrel Optronic", "Kestral Optronis", "Tokyo Ceramics" })
        {
            Assert.Equal(withCountry.Screener.Screen(name)?.Similarity, without.Screener.Screen(name)?.Similarity);
        }
    }

    [Theory]
    [InlineData("ACME Co., Ltd.", "acme")]
    [InlineData("Acme Company Limited", "acme")]
    [InlineData("Acme K.K.", "acme")]
    [InlineData("Acme Pte. Ltd.", "acme")]
    [InlineData("株式会社アクメ", "アクメ")]
    [InlineData("アクメ（株）", "アクメ")]
    [InlineData("㈱アクメ", "アクメ")]
    [InlineData("阿克美有限公司", "阿克美")]
    [InlineData("Smith & Co.", "smith")]
    public void Fold_StripsLegalFormsInThreeLanguages(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }
}
