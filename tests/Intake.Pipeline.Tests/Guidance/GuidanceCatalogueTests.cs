using System.Text;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Guidance;

namespace Intake.Pipeline.Tests.Guidance;

public sealed class GuidanceCatalogueTests
{
    private static readonly GuidanceCatalogue Catalogue = GuidanceCatalogue.Default;

    private static readonly string[] SignalLabels = ["designated-technology", "controlled-item", "restricted-party"];

    private static bool HasJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    [Fact]
    public void Routes_AreTheDocumentedTen()
    {
        string[] expected = ["procurement", "investment", "talent", "joint-venture-offshore", "joint-research", "personnel-exchange", "espionage", "cyber-data", "export-control", "fefta-prior-report"];

        Assert.Equal(expected.Order(), Catalogue.Routes.Select(r => r.Id).Order());
        Assert.All(Catalogue.Routes, r => Assert.True(HasJapanese(r.Name.Ja) && !HasJapanese(r.Name.En), r.Id));
    }

    [Fact]
    public void EveryTaxonomyLabelAndDocumentSignal_HasRouteBasisWhyAndAdviceInBothLanguages()
    {
        foreach (var label in Taxonomy.Ids.Concat(SignalLabels))
        {
            var guidance = Catalogue.ForLabel(label);

            Assert.NotEmpty(guidance.Basis);
            Assert.True(HasJapanese(guidance.Advice.Ja), label);
            Assert.False(HasJapanese(guidance.Advice.En.Replace("該非判定", string.Empty, StringComparison.Ordinal)), label);
            Assert.True(HasJapanese(guidance.Why.Ja), label);
            Assert.False(string.IsNullOrWhiteSpace(guidance.Why.En), label);
        }
    }

    [Fact]
    public void GuidanceBasis_NamesIssuerTitleAndSection_AndPracticeBasisSaysItIsPractice()
    {
        var bases = Taxonomy.Ids.Concat(SignalLabels).SelectMany(l => Catalogue.ForLabel(l).Basis).ToList();

        Assert.All(bases.Where(b => b.Kind == BasisKind.Guidance), b =>
        {
            Assert.NotNull(b.Document);
            Assert.False(string.IsNullOrWhiteSpace(b.Document.Issuer.Ja));
            Assert.False(string.IsNullOrWhiteSpace(b.Document.Title.En));
            Assert.NotNull(b.Section);
            Assert.True(b.Document.Date is not null || b.Document.DateNote is not null, b.Document.Id);
        });
        var practice = bases.Where(b => b.Kind == BasisKind.Practice).ToList();
        Assert.NotEmpty(practice);
        Assert.All(practice, b =>
        {
            Assert.Null(b.Document);
            Assert.Contains("実務", b.Point.Ja, StringComparison.Ordinal);
            Assert.Contains("practice", b.Point.En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ForeignJurisdiction_RestsOnPractice_BecauseTheGuidanceIsSilentOnForumChoice()
    {
        var guidance = Catalogue.ForClause("foreign-jurisdiction", "governed by the laws of the State of New York", "Licence");

        Assert.Contains(guidance.Basis, b => b.Kind == BasisKind.Practice);
        Assert.Contains("practice", guidance.Advice.En, StringComparison.Ordinal);
        Assert.Contains("実務", guidance.Advice.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("license-grant", "Licensor grants Licensee a perpetual, irrevocable licence to use the Know-how.", "perpetual-grant")]
    [InlineData("license-grant", "甲は乙に対し、本技術を永久に実施する権利を許諾する。", "perpetual-grant")]
    [InlineData("license-grant", "Licensee may grant sublicenses to third parties.", "sublicensable-grant")]
    [InlineData("license-grant", "乙は、第三者に再実施許諾することができる。", "sublicensable-grant")]
    [InlineData("license-grant", "Licensee may sublicense its rights to any of its Affiliates.", "sublicense-affiliates-without-consent")]
    [InlineData("license-grant", "乙は、その子会社に対し再実施許諾することができる。", "sublicense-affiliates-without-consent")]
    [InlineData("license-grant", "Licensee may continue to use the Software after the termination of this Agreement.", "use-after-termination")]
    [InlineData("license-grant", "乙は、本契約の終了後も本ソフトウェアを使用することができる。", "use-after-termination")]
    [InlineData("ip-ownership", "Upon the bankruptcy of Company, all Patents shall be transferred to Investor.", "transfer-on-insolvency")]
    [InlineData("ip-ownership", "甲が破産した場合、本特許権は乙に移転する。", "transfer-on-insolvency")]
    [InlineData("data-access", "Provider may use Customer Data after the expiration of this Agreement for product improvement.", "customer-data-after-termination")]
    [InlineData("data-access", "乙は、本契約の終了後も甲のデータを自らのサービス改善に利用できる。", "customer-data-after-termination")]
    [InlineData("know-how-transfer", "甲は乙に対し、炭素繊維の製造技術に関する技術資料を提供する。", "designated-technology")]
    [InlineData("license-grant", "Licensor grants Licensee a licence to the photoresist manufacturing process.", "designated-technology")]
    public void ForClause_ChoosesTheAdviceForWhatWasFound(string label, string clause, string variant)
    {
        var guidance = Catalogue.ForClause(label, clause, "Licence");

        Assert.Equal(variant, guidance.Variant);
        Assert.NotEqual(Catalogue.ForLabel(label).Advice, guidance.Advice);
    }

    [Theory]
    [InlineData("Licensor grants Licensee a non-exclusive, non-sublicensable licence.")]
    [InlineData("乙は、第三者に再実施許諾することはできない。")]
    [InlineData("Licensee may sublicense to its Affiliates with Licensor's prior written consent.")]
    public void ForClause_RestrictedOrConsentedSublicensing_IsNotTheSublicensableVariant(string clause)
    {
        var guidance = Catalogue.ForClause("license-grant", clause, "Licence");

        Assert.NotEqual("sublicense-affiliates-without-consent", guidance.Variant);
        if (!clause.Contains("Affiliates", StringComparison.Ordinal))
        {
            Assert.NotEqual("sublicensable-grant", guidance.Variant);
        }
    }

    [Fact]
    public void ForClause_DataReturnedAtTheEnd_IsNotDataUseAfterTermination()
    {
        var guidance = Catalogue.ForClause("data-access", "After termination, Provider shall return or delete all Customer Data.", "Licence");

        Assert.Null(guidance.Variant);
    }

    [Fact]
    public void DesignatedTechnology_PointsToThePriorReportRoute()
    {
        Assert.Equal("fefta-prior-report", Catalogue.ForLabel("designated-technology").Route.Id);
        Assert.Equal("fefta-prior-report", Catalogue.ForClause("know-how-transfer", "technical documents on solid electrolytes", "Licence").Route.Id);
        Assert.Contains(Catalogue.ForLabel("designated-technology").Basis, b => b.Section!.Ja.Contains("事前報告", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("confidentiality")]
    [InlineData("export-compliance")]
    [InlineData("change-of-control")]
    [InlineData("non-solicit")]
    [InlineData("assignment-restriction")]
    public void ForMissing_GivesAdviceToAddTheClause(string label)
    {
        var missing = Catalogue.ForMissing(label, "Licence");

        Assert.Equal("missing", missing.Variant);
        Assert.NotEqual(Catalogue.ForLabel(label).Advice, missing.Advice);
        Assert.Contains("加える", missing.Advice.Ja, StringComparison.Ordinal);
        Assert.StartsWith("Add", missing.Advice.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_DependsOnTheDocumentTypeWhereTheCatalogueSaysSo()
    {
        Assert.Equal("joint-research", Catalogue.ForClause("ip-ownership", "Results belong to Sponsor.", "JointResearch").Route.Id);
        Assert.Equal("investment", Catalogue.ForClause("ip-ownership", "Results belong to Investor.", "Investment").Route.Id);
    }

    [Fact]
    public void Load_RouteMissingFromTheList_IsRefused()
    {
        var routes = """{"version":"1","routes":[{"id":"procurement","name":{"ja":"調達活動","en":"Procurement"}}]}""";
        var catalogue = """
            {"version":"1","documents":{},"practice":{"ja":"実務","en":"practice"},
             "labels":{"end-use":{"route":"nowhere","basis":[{"kind":"practice"}],"why":{"ja":"a","en":"a"},"advice":{"ja":"a","en":"a"}}}}
            """;

        var error = Assert.Throws<InvalidDataException>(() => GuidanceCatalogue.Load(Stream(routes), Stream(catalogue)));
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GuidanceBasisWithoutADocument_IsRefused()
    {
        var routes = """{"version":"1","routes":[{"id":"procurement","name":{"ja":"調達活動","en":"Procurement"}}]}""";
        var catalogue = """
            {"version":"1","documents":{},"practice":{"ja":"実務","en":"practice"},
             "labels":{"end-use":{"route":"procurement","basis":[{"kind":"guidance","document":"invented"}],"why":{"ja":"a","en":"a"},"advice":{"ja":"a","en":"a"}}}}
            """;

        Assert.Throws<InvalidDataException>(() => GuidanceCatalogue.Load(Stream(routes), Stream(catalogue)));
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
